package ca.clientele.booking.appointment;

import ca.clientele.booking.slot.Busy;
import ca.clientele.booking.slot.BusyTimes;
import ca.clientele.platform.crypto.Cell;
import ca.clientele.platform.crypto.FieldEncryptor;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slot search's view of staff members' appointments (the catalogue's {@link BusyTimes} port): the live ones whose
 * blocked range overlaps the window, read through the exclusion constraint's own GiST index, for all the staff
 * members a search asks about in one query. A home visit's coordinates are decrypted for the travel time to and from
 * it; nothing else personal is read.
 */
@Component
class AppointmentBusyTimes implements BusyTimes {

    private final JdbcClient jdbc;
    private final FieldEncryptor encryptor;

    AppointmentBusyTimes(JdbcClient jdbc, FieldEncryptor encryptor) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
    }

    @Override
    public List<Busy> busy(UUID staffId, Instant from, Instant to) {
        return busy(List.of(staffId), from, to, true).getOrDefault(staffId, List.of());
    }

    @Override
    public Map<UUID, List<Busy>> busy(Collection<UUID> staffIds, Instant from, Instant to, boolean places) {
        Map<UUID, List<Busy>> busy = new HashMap<>();
        staffIds.forEach(staffId -> busy.put(staffId, List.of()));
        if (staffIds.isEmpty()) {
            return busy;
        }
        record Row(UUID staffId, Busy busy) {}
        List<Row> rows = jdbc.sql("select id, staff_id, blocked_from, blocked_until, starts_at, ends_at,"
                        + " case when ? and place = 'HOME' then location end as location"
                        + " from appointment where staff_id = any(?) and status <> 'CANCELLED'"
                        + " and blocked && tstzrange(?, ?, '[)') order by starts_at")
                .params(places, staffIds.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(to))
                // By column number and as OffsetDateTime: a month of every staff member's appointments is read per
                // search, and by name through java.sql.Timestamp (a Calendar per value) it cost more than the query.
                .query((rs, row) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    byte[] sealed = rs.getBytes(7);
                    Location location = sealed == null
                            ? null
                            : Location.fromJson(encryptor.decrypt(sealed, new Cell("appointment", "location", id)));
                    return new Row(
                            rs.getObject(2, UUID.class),
                            new Busy(
                                    id,
                                    rs.getObject(3, OffsetDateTime.class).toInstant(),
                                    rs.getObject(4, OffsetDateTime.class).toInstant(),
                                    rs.getObject(5, OffsetDateTime.class).toInstant(),
                                    rs.getObject(6, OffsetDateTime.class).toInstant(),
                                    location == null ? null : location.latitude(),
                                    location == null ? null : location.longitude()));
                })
                .list();
        busy.putAll(rows.stream()
                .collect(Collectors.groupingBy(Row::staffId, Collectors.mapping(Row::busy, Collectors.toList()))));
        return busy;
    }
}
