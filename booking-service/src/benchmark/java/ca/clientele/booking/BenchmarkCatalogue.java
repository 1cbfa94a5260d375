package ca.clientele.booking;

import ca.clientele.platform.crypto.Cell;
import ca.clientele.platform.crypto.FieldEncryptor;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * The benchmark's catalogue, written by JDBC: one branch (America/Montreal, Monday to Saturday 8:00-18:00), a 20-minute
 * in-store service and a 30-minute home visit, {@code staff} members working those hours and giving both, and
 * {@code appointments} spread over the next {@code days} days (drawn from a fixed seed: every run reads the same
 * schedule).
 */
public final class BenchmarkCatalogue {

    public static final ZoneId ZONE = ZoneId.of("America/Montreal");
    public static final UUID BRANCH = UUID.nameUUIDFromBytes("benchmark-branch".getBytes());
    public static final UUID IN_STORE = UUID.nameUUIDFromBytes("benchmark-in-store".getBytes());
    public static final UUID HOME = UUID.nameUUIDFromBytes("benchmark-home".getBytes());
    public static final BigDecimal BASE_LATITUDE = new BigDecimal("45.5262");
    public static final BigDecimal BASE_LONGITUDE = new BigDecimal("-73.5830");
    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(18, 0);

    /** What the requests may ask for: the staff ids, the first date with appointments and how many days. */
    public record Loaded(List<UUID> staff, LocalDate firstDay, int days, List<Appointment> appointments) {}

    /** An existing appointment of a staff member (home visits have a point). */
    public record Appointment(
            UUID id,
            UUID staffId,
            UUID serviceId,
            Instant blockedFrom,
            Instant start,
            Instant end,
            Instant blockedUntil,
            BigDecimal latitude,
            BigDecimal longitude) {}

    // The appointments feature's table (ADR 0019); the location JSON is what its Location record reads.
    private static final String INSERT_APPOINTMENT = "insert into appointment (id, number, client_id, pet_ids,"
            + " service_id, place, branch_id, staff_id, starts_at, ends_at, blocked_from, blocked_until,"
            + " travel_minutes, location, lines, status, booked_by, booked_by_role, created_at, updated_at, version)"
            + " values (?, nextval('appointment_number_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'UNPAID',"
            + " ?, 'CLIENT', now(), now(), 0)";

    private final DataSource dataSource;
    private final FieldEncryptor encryptor;

    BenchmarkCatalogue(DataSource dataSource, FieldEncryptor encryptor) {
        this.dataSource = dataSource;
        this.encryptor = encryptor;
    }

    Loaded load(int staffCount, int appointmentCount, int days, long seed) throws SQLException {
        Random random = new Random(seed);
        LocalDate firstDay = LocalDate.now(ZONE).plusDays(1);
        List<UUID> staff = IntStream.rangeClosed(1, staffCount)
                .mapToObj(n -> UUID.nameUUIDFromBytes(("benchmark-staff-" + n).getBytes()))
                .toList();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("insert into branch (id, code, name, street, city, province, postal_code) values ('"
                        + BRANCH + "', 'BENCH', 'Succursale banc d''essai', '1, rue Saint-Denis', 'Montréal', 'QC',"
                        + " 'H2J 2L3')");
                statement.execute("insert into service (id, code, name_fr, name_en, duration_minutes, price, taxable,"
                        + " place, pricing, buffer_before_minutes, buffer_after_minutes) values ('" + IN_STORE
                        + "', 'BENCH-TRIM', 'Taille des griffes', 'Nail trim', 20, 35.00, true, 'IN_STORE', 'PER_PET',"
                        + " 0, 5), ('" + HOME + "', 'BENCH-HOME', 'Visites à domicile', 'Home visits', 30, 45.00, true,"
                        + " 'HOME', 'PER_VISIT', 0, 10)");
                statement.execute("insert into service_branch (service_id, branch_id) values ('" + IN_STORE + "', '"
                        + BRANCH + "'), ('" + HOME + "', '" + BRANCH + "')");
            }
            try (PreparedStatement hours = connection.prepareStatement(
                            "insert into branch_hours (branch_id, day_of_week, opens, closes) values (?, ?, ?, ?)");
                    PreparedStatement member = connection.prepareStatement(
                            "insert into staff_member (id, name, base_latitude, base_longitude) values (?, ?, ?, ?)");
                    PreparedStatement work = connection.prepareStatement("insert into staff_hours"
                            + " (staff_id, branch_id, day_of_week, starts, ends) values (?, ?, ?, ?, ?)");
                    PreparedStatement gives = connection.prepareStatement(
                            "insert into service_staff (service_id, staff_id) values (?, ?)")) {
                for (int day = DayOfWeek.MONDAY.getValue(); day <= DayOfWeek.SATURDAY.getValue(); day++) {
                    hours.setObject(1, BRANCH);
                    hours.setShort(2, (short) day);
                    hours.setTime(3, Time.valueOf(OPENS));
                    hours.setTime(4, Time.valueOf(CLOSES));
                    hours.addBatch();
                }
                hours.executeBatch();
                int n = 0;
                for (UUID id : staff) {
                    member.setObject(1, id);
                    member.setString(2, "Technicien·ne " + (++n));
                    member.setBigDecimal(3, BASE_LATITUDE);
                    member.setBigDecimal(4, BASE_LONGITUDE);
                    member.addBatch();
                    for (int day = DayOfWeek.MONDAY.getValue(); day <= DayOfWeek.SATURDAY.getValue(); day++) {
                        work.setObject(1, id);
                        work.setObject(2, BRANCH);
                        work.setShort(3, (short) day);
                        work.setTime(4, Time.valueOf(OPENS));
                        work.setTime(5, Time.valueOf(CLOSES));
                        work.addBatch();
                    }
                    for (UUID service : List.of(IN_STORE, HOME)) {
                        gives.setObject(1, service);
                        gives.setObject(2, id);
                        gives.addBatch();
                    }
                }
                member.executeBatch();
                work.executeBatch();
                gives.executeBatch();
            }
            connection.commit();
        }
        List<Appointment> appointments = appointments(staff, firstDay, days, appointmentCount, random);
        insert(appointments, random);
        return new Loaded(staff, firstDay, days, appointments);
    }

    /**
     * Writes the appointments as the appointments feature stores them (a home visit's address encrypted by the
     * service's {@link FieldEncryptor}), then {@code vacuum analyze}. Without that feature's table (the catalogue
     * alone), slot search runs with nobody busy and this says so.
     */
    private void insert(List<Appointment> appointments, Random random) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement();
                    var exists = statement.executeQuery("select to_regclass('appointment') is not null")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    System.out.println("No appointment table: slot search runs on the catalogue alone");
                    return;
                }
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_APPOINTMENT)) {
                int n = 0;
                for (Appointment appointment : appointments) {
                    boolean home = appointment.serviceId().equals(HOME);
                    UUID client = UUID.nameUUIDFromBytes(("benchmark-client-" + random.nextInt(500)).getBytes());
                    int i = 0;
                    insert.setObject(++i, appointment.id());
                    insert.setObject(++i, client);
                    insert.setArray(++i, connection.createArrayOf("uuid", new Object[] {UUID.randomUUID()}));
                    insert.setObject(++i, appointment.serviceId());
                    insert.setString(++i, home ? "HOME" : "IN_STORE");
                    insert.setObject(++i, BRANCH);
                    insert.setObject(++i, appointment.staffId());
                    insert.setTimestamp(++i, Timestamp.from(appointment.start()));
                    insert.setTimestamp(++i, Timestamp.from(appointment.end()));
                    insert.setTimestamp(++i, Timestamp.from(appointment.blockedFrom()));
                    insert.setTimestamp(++i, Timestamp.from(appointment.blockedUntil()));
                    insert.setInt(++i, (int) Duration.between(appointment.blockedFrom(), appointment.start())
                            .toMinutes());
                    insert.setBytes(
                            ++i,
                            home
                                    ? encryptor.encrypt(
                                            "{\"street\":\"1, rue Rachel Est\",\"city\":\"Montréal\","
                                                    + "\"postalCode\":\"H2J 2H1\",\"latitude\":"
                                                    + appointment.latitude() + ",\"longitude\":"
                                                    + appointment.longitude() + "}",
                                            new Cell("appointment", "location", appointment.id()))
                                    : null);
                    insert.setString(
                            ++i,
                            home
                                    ? "[{\"description\":\"Visites à domicile\",\"quantity\":1,\"unitPrice\":45.00,"
                                            + "\"amount\":45.00,\"taxable\":true}]"
                                    : "[{\"description\":\"Taille des griffes\",\"quantity\":1,\"unitPrice\":35.00,"
                                            + "\"amount\":35.00,\"taxable\":true}]");
                    insert.setObject(++i, client);
                    insert.addBatch();
                    if (++n % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("vacuum analyze");
            }
        }
    }

    /**
     * {@code count} appointments spread evenly over the working days and staff members, each day's placed one after
     * the other with random gaps, never overlapping (blocked ranges included): what the exclusion constraint would
     * have let in.
     */
    private static List<Appointment> appointments(
            List<UUID> staff, LocalDate firstDay, int days, int count, Random random) {
        List<LocalDate> workingDays = IntStream.range(0, days)
                .mapToObj(firstDay::plusDays)
                .filter(date -> date.getDayOfWeek() != DayOfWeek.SUNDAY)
                .toList();
        int perStaffDay = (int) Math.ceil((double) count / (staff.size() * workingDays.size()));
        List<Appointment> appointments = new ArrayList<>(count);
        for (LocalDate date : workingDays) {
            for (UUID member : staff) {
                Instant cursor = date.atTime(OPENS).atZone(ZONE).toInstant();
                Instant closes = date.atTime(CLOSES).atZone(ZONE).toInstant();
                for (int n = 0; n < perStaffDay && appointments.size() < count; n++) {
                    boolean home = random.nextInt(3) == 0;
                    int gap = 10 * random.nextInt(6);
                    int travel = home ? 10 + 5 * random.nextInt(4) : 0;
                    Instant blockedFrom = cursor.plusSeconds(60L * gap);
                    Instant start = blockedFrom.plusSeconds(60L * travel);
                    Instant end = start.plusSeconds(60L * (home ? 30 : 20 * (1 + random.nextInt(2))));
                    Instant blockedUntil = end.plusSeconds(60L * (home ? 10 : 5));
                    if (blockedUntil.isAfter(closes)) {
                        break;
                    }
                    appointments.add(new Appointment(
                            UUID.randomUUID(),
                            member,
                            home ? HOME : IN_STORE,
                            blockedFrom,
                            start,
                            end,
                            blockedUntil,
                            home ? BASE_LATITUDE.add(BigDecimal.valueOf(random.nextInt(400) - 200, 4)) : null,
                            home ? BASE_LONGITUDE.add(BigDecimal.valueOf(random.nextInt(400) - 200, 4)) : null));
                    cursor = blockedUntil;
                }
            }
        }
        return appointments;
    }
}
