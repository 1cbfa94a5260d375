package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.platform.testing.ApiClient;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;

/**
 * No double booking, ever: the database refuses it. 50 clients racing for one slot: exactly one gets it, the 49 others
 * the "slot taken" problem with the slots still free that day; buffers count as taken time; and a write that bypasses
 * the application is refused too.
 */
class ConcurrentBookingIT extends AppointmentTestBase {

    static final int CLIENTS = 50;

    @BeforeEach
    void setUp() {}

    @Test
    void fiftyClientsRaceForOneSlotAndExactlyOneGetsIt() throws Exception {
        BookingFixture.World world = fixture.world();
        Instant start = BookingFixture.at(2, "10:00");
        List<BookingFixture.Client> clients = new ArrayList<>();
        for (int n = 0; n < CLIENTS; n++) {
            clients.add(fixture.client("Client" + n, "Minou" + n));
        }

        List<ApiClient.Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiClient.Response>> pending = new ArrayList<>();
            for (BookingFixture.Client client : clients) {
                pending.add(pool.submit(() -> {
                    go.await();
                    return fixture.api.post(
                            "/api/bookings", client.token(), BookingFixture.booking(client, world, start, null));
                }));
            }
            go.countDown();
            for (Future<ApiClient.Response> answer : pending) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        List<ApiClient.Response> refused =
                answers.stream().filter(answer -> answer.status() != 201).toList();
        assertThat(refused).hasSize(CLIENTS - 1).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(409);
            assertThat(answer.isProblem()).isTrue();
            JsonNode problem = answer.json();
            assertThat(problem.get("type").asString()).isEqualTo("https://clientele.ca/problems/slot-taken");
            assertThat(problem.get("detail").asString()).isEqualTo("Ce créneau vient d'être pris.");
            assertThat(problem.get("freeSlots")).isNotEmpty();
            assertThat(problem.get("freeSlots")
                            .valueStream()
                            .map(slot -> slot.get("start").asString()))
                    .doesNotContain(start.toString());
        });
        // The first free slot offered is the next one after the taken 20 minutes, with the same staff member.
        JsonNode offered = refused.getFirst().json().get("freeSlots").get(0);
        assertThat(offered.get("start").asString())
                .isEqualTo(start.plusSeconds(20 * 60).toString());
        assertThat(offered.get("staffName").asString()).isEqualTo("Cynthia Lemay");
        assertThat(jdbc.sql("select count(*) from appointment where staff_id = ? and status <> 'CANCELLED'")
                        .param(world.staffId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theBufferAfterAnAppointmentIsTakenTimeToo() {
        BookingFixture.World world = fixture.world("IN_STORE", "PER_PET", 20, 0, 10);
        BookingFixture.Client first = fixture.client("Léa", "Minou");
        BookingFixture.Client second = fixture.client("Paul", "Rex");
        fixture.book(first, world, BookingFixture.at(2, "10:00"));

        // 10:20 is after the trim but inside its 10-minute buffer: the database refuses it.
        ApiClient.Response refused = fixture.api.post(
                "/api/bookings",
                second.token(),
                BookingFixture.booking(second, world, BookingFixture.at(2, "10:20"), null));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(fixture.appointments(second.id())).isZero();

        fixture.book(second, world, BookingFixture.at(2, "10:30"));
    }

    @Test
    void theDatabaseRefusesAnOverlapWrittenAroundTheApplication() {
        BookingFixture.World world = fixture.world();
        BookingFixture.Client client = fixture.client("Léa", "Minou");
        Instant start = BookingFixture.at(3, "11:00");
        fixture.book(client, world, start);

        assertThatThrownBy(() -> insert(world, start.plusSeconds(600), start.plusSeconds(1800), "UNPAID"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(failure -> assertThat(Bookings.isSlotTaken(failure)).isTrue());
        // A cancelled appointment holds no time: the same row cancelled goes in.
        insert(world, start.plusSeconds(600), start.plusSeconds(1800), "CANCELLED");
    }

    private void insert(BookingFixture.World world, Instant start, Instant end, String status) {
        jdbc.sql("insert into appointment (id, number, client_id, pet_ids, service_id, place, branch_id, staff_id,"
                        + " starts_at, ends_at, blocked_from, blocked_until, lines, status, booked_by, booked_by_role,"
                        + " created_at, updated_at, version) values (?, nextval('appointment_number_seq'), ?, ?, ?,"
                        + " 'IN_STORE', ?, ?, ?, ?, ?, ?, '[]'::jsonb, ?, ?, 'STAFF', now(), now(), 0)")
                .params(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        new UUID[] {UUID.randomUUID()},
                        world.serviceId(),
                        world.branchId(),
                        world.staffId(),
                        Timestamp.from(start),
                        Timestamp.from(end),
                        Timestamp.from(start),
                        Timestamp.from(end),
                        status,
                        UUID.randomUUID())
                .update();
    }
}
