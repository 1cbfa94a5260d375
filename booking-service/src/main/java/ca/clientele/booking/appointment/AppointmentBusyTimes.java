package ca.clientele.booking.appointment;

import ca.clientele.booking.slot.Busy;
import ca.clientele.booking.slot.BusyTimes;
import ca.clientele.platform.crypto.Cell;
import ca.clientele.platform.crypto.FieldEncryptor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slot search's view of a staff member's appointments (the catalogue's {@link BusyTimes} port): the live ones whose
 * blocked range overlaps the window, read through the exclusion constraint's own GiST index. A home visit's
 * coordinates are decrypted for the travel time to and from it; nothing else personal is read.
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
        return jdbc.sql("select id, blocked_from, blocked_until, starts_at, ends_at,"
                        + " case when place = 'HOME' then location end as location"
                        + " from appointment where staff_id = ? and status <> 'CANCELLED'"
                        + " and blocked && tstzrange(?, ?, '[)') order by starts_at")
                .params(staffId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    byte[] sealed = rs.getBytes("location");
                    Location location = sealed == null
                            ? null
                            : Location.fromJson(encryptor.decrypt(sealed, new Cell("appointment", "location", id)));
                    return new Busy(
                            id,
                            rs.getTimestamp("blocked_from").toInstant(),
                            rs.getTimestamp("blocked_until").toInstant(),
                            rs.getTimestamp("starts_at").toInstant(),
                            rs.getTimestamp("ends_at").toInstant(),
                            location == null ? null : location.latitude(),
                            location == null ? null : location.longitude());
                })
                .list();
    }
}
