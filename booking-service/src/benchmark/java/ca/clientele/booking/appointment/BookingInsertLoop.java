package ca.clientele.booking.appointment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The floor under the HTTP numbers: plain JDBC INSERTs, one per transaction (autocommit, as each booking is), into
 * the same {@code appointment} table with the same exclusion constraint, from one connection. A row refused by the
 * constraint (23P01) counts as refused, like a 409 over HTTP. Times in milliseconds per INSERT.
 */
final class BookingInsertLoop {

    private static final String INSERT = "insert into appointment (id, number, client_id, pet_ids, service_id, place,"
            + " branch_id, staff_id, starts_at, ends_at, blocked_from, blocked_until, lines, status, booked_by,"
            + " booked_by_role, created_at, updated_at, version) values (?, nextval('appointment_number_seq'), ?, ?,"
            + " ?, 'IN_STORE', ?, ?, ?, ?, ?, ?, '[]'::jsonb, 'UNPAID', ?, 'CLIENT', now(), now(), 0)";

    /** What a run measured. */
    record Result(String name, int attempts, int inserted, int refused, List<Double> millis, double seconds) {

        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
        }

        String row() {
            return "| %s | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.0f |".formatted(
                    name,
                    attempts,
                    inserted,
                    refused,
                    percentile(0.50),
                    percentile(0.95),
                    percentile(0.99),
                    millis.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    attempts / seconds);
        }

        static String header() {
            return "| JDBC loop | Attempts | Inserted | Refused (23P01) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | per s |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---:|";
        }
    }

    private final DataSource dataSource;
    private final BookingBenchmarkWorld world;

    BookingInsertLoop(DataSource dataSource, BookingBenchmarkWorld world) {
        this.dataSource = dataSource;
        this.world = world;
    }

    /**
     * {@code attempts} INSERTs for {@code slots} slots of the staff members from {@code firstStaff} on (each slot its
     * n-th of a staff member starting at slot {@code firstSlot}), round-robin: with fewer slots than attempts, the
     * later rows for a slot are refused by the constraint.
     */
    Result run(String name, int attempts, int slots, int firstStaff, int staffMembers, int firstSlot)
            throws SQLException {
        List<Double> millis = new ArrayList<>(attempts);
        int inserted = 0;
        int refused = 0;
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(true);
            for (int n = 0; n < attempts; n++) {
                int slot = n % slots;
                UUID staffId = world.staff.get(firstStaff + slot % staffMembers);
                Instant start = world.slot(firstSlot + slot / staffMembers);
                Timestamp from = Timestamp.from(start);
                Timestamp until = Timestamp.from(start.plusSeconds(20 * 60));
                int i = 0;
                insert.setObject(++i, UUID.randomUUID());
                insert.setObject(++i, UUID.randomUUID());
                insert.setObject(++i, new UUID[] {UUID.randomUUID()});
                insert.setObject(++i, world.serviceId);
                insert.setObject(++i, world.branchId);
                insert.setObject(++i, staffId);
                insert.setTimestamp(++i, from);
                insert.setTimestamp(++i, until);
                insert.setTimestamp(++i, from);
                insert.setTimestamp(++i, until);
                insert.setObject(++i, UUID.randomUUID());
                long one = System.nanoTime();
                try {
                    insert.executeUpdate();
                    inserted++;
                } catch (SQLException e) {
                    if (!Bookings.EXCLUSION_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    refused++;
                }
                millis.add((System.nanoTime() - one) / 1_000_000.0);
            }
        }
        return new Result(name, attempts, inserted, refused, millis, (System.nanoTime() - started) / 1e9);
    }
}
