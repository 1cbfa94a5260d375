package ca.clientele.booking.appointment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * What the booking benchmark books into, written by JDBC into the catalogue's tables (the catalogue's API is not what
 * is measured): one branch in Montreal open every day 08:00-20:00, a 20-minute per-pet nail trim with no buffer, and
 * staff members working those hours who all give it. Slots are the 20-minute steps of those hours, from a week ahead
 * (past the minimum notice, within the maximum advance); each client owns one pet in booking's pet copy.
 */
final class BookingBenchmarkWorld {

    static final ZoneId ZONE = ZoneId.of("America/Montreal");
    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final int SLOTS_PER_DAY = 36; // 08:00 to 20:00 in 20-minute steps

    final UUID branchId = UUID.randomUUID();
    final UUID serviceId = UUID.randomUUID();
    final List<UUID> staff;
    final LocalDate firstDay = LocalDate.now(ZONE).plusDays(7);

    private BookingBenchmarkWorld(int staffMembers) {
        staff = IntStream.range(0, staffMembers).mapToObj(n -> UUID.randomUUID()).toList();
    }

    static BookingBenchmarkWorld create(DataSource dataSource, int staffMembers) throws SQLException {
        BookingBenchmarkWorld world = new BookingBenchmarkWorld(staffMembers);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            world.write(connection);
            connection.commit();
        }
        return world;
    }

    /** The n-th slot of a staff member: day after day, 20 minutes apart within the opening hours. */
    Instant slot(int n) {
        LocalDate day = firstDay.plusDays(n / SLOTS_PER_DAY);
        return day.atTime(OPENS.plusMinutes(20L * (n % SLOTS_PER_DAY))).atZone(ZONE).toInstant();
    }

    /** Clients, each with one pet booking knows of. */
    List<UUID[]> clients(DataSource dataSource, int count) throws SQLException {
        List<UUID[]> clients = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement pet = connection.prepareStatement(
                        "insert into pet (id, client_id, archived, changed_at) values (?, ?, false, now())")) {
            for (int n = 0; n < count; n++) {
                UUID clientId = UUID.randomUUID();
                UUID petId = UUID.randomUUID();
                pet.setObject(1, petId);
                pet.setObject(2, clientId);
                pet.addBatch();
                clients.add(new UUID[] {clientId, petId});
            }
            pet.executeBatch();
        }
        return clients;
    }

    private void write(Connection connection) throws SQLException {
        String code = "BENCH-" + branchId.toString().substring(0, 6).toUpperCase();
        try (PreparedStatement branch = connection.prepareStatement(
                "insert into branch (id, code, name, street, city, province, postal_code, timezone)"
                        + " values (?, ?, 'Succursale banc d''essai', '1, rue Saint-Denis', 'Montréal', 'QC', 'H2J 2L3', ?)")) {
            branch.setObject(1, branchId);
            branch.setString(2, code);
            branch.setString(3, ZONE.getId());
            branch.executeUpdate();
        }
        try (PreparedStatement hours = connection.prepareStatement(
                "insert into branch_hours (branch_id, day_of_week, opens, closes) values (?, ?, ?, ?)")) {
            for (int day = 1; day <= 7; day++) {
                hours.setObject(1, branchId);
                hours.setInt(2, day);
                hours.setTime(3, Time.valueOf(OPENS));
                hours.setTime(4, Time.valueOf(LocalTime.of(20, 0)));
                hours.addBatch();
            }
            hours.executeBatch();
        }
        try (PreparedStatement service = connection.prepareStatement(
                "insert into service (id, code, name_fr, name_en, duration_minutes, price, taxable, place, pricing)"
                        + " values (?, ?, 'Taille des griffes', 'Nail trim', 20, 35.00, true, 'IN_STORE', 'PER_PET')")) {
            service.setObject(1, serviceId);
            service.setString(2, "BENCH-" + serviceId.toString().substring(0, 6).toUpperCase());
            service.executeUpdate();
        }
        try (PreparedStatement at = connection.prepareStatement(
                "insert into service_branch (service_id, branch_id) values (?, ?)")) {
            at.setObject(1, serviceId);
            at.setObject(2, branchId);
            at.executeUpdate();
        }
        try (PreparedStatement member = connection.prepareStatement(
                        "insert into staff_member (id, name) values (?, ?)");
                PreparedStatement hours = connection.prepareStatement(
                        "insert into staff_hours (staff_id, branch_id, day_of_week, starts, ends) values (?, ?, ?, ?, ?)");
                PreparedStatement gives = connection.prepareStatement(
                        "insert into service_staff (service_id, staff_id) values (?, ?)")) {
            int n = 0;
            for (UUID id : staff) {
                member.setObject(1, id);
                member.setString(2, "Technicienne " + ++n);
                member.addBatch();
                for (int day = 1; day <= 7; day++) {
                    hours.setObject(1, id);
                    hours.setObject(2, branchId);
                    hours.setInt(3, day);
                    hours.setTime(4, Time.valueOf(OPENS));
                    hours.setTime(5, Time.valueOf(LocalTime.of(20, 0)));
                    hours.addBatch();
                }
                gives.setObject(1, serviceId);
                gives.setObject(2, id);
                gives.addBatch();
            }
            member.executeBatch();
            hours.executeBatch();
            gives.executeBatch();
        }
    }
}
