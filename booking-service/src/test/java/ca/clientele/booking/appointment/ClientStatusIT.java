package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The registry's client-status-changed events feed booking's own copy of each client's status: a suspended client
 * cannot book (a clear 403, in their language, for staff too); a ban cancels the client's future appointments, by the
 * system, and leaves the past alone. Redelivered events count once.
 */
class ClientStatusIT extends AppointmentTestBase {

    RegistryEvents registry;
    BookingFixture.World world;
    BookingFixture.Client client;

    @BeforeEach
    void setUp() {
        registry = new RegistryEvents(broker);
        world = fixture.world();
        client = fixture.client("Léa", "Minou");
    }

    @Test
    void aSuspendedClientCannotBookUntilReactivated() {
        String eventId = UUID.randomUUID().toString();
        registry.statusChanged(eventId, client.id(), "ACTIVE", "SUSPENDED");
        registry.statusChanged(eventId, client.id(), "ACTIVE", "SUSPENDED"); // redelivered
        awaitStatus("SUSPENDED");

        String body = BookingFixture.booking(client, world, BookingFixture.at(2, "10:00"), null);
        ApiClient.Response fr = fixture.api.post("/api/bookings", client.token(), body);
        assertThat(fr.status()).isEqualTo(403);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).startsWith("Votre compte est suspendu");
        ApiClient.Response en = fixture.api.send("POST", "/api/bookings", client.token(), body, "en");
        assertThat(en.json().get("detail").asString()).startsWith("Your account is suspended");
        ApiClient.Response byStaff = fixture.api.post("/api/bookings", fixture.staff, body);
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byStaff.json().get("detail").asString()).startsWith("Le compte de ce client est suspendu");
        assertThat(fixture.appointments(client.id())).isZero();
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        registry.statusChanged(UUID.randomUUID().toString(), client.id(), "SUSPENDED", "ACTIVE");
        awaitStatus("ACTIVE");
        fixture.book(client.token(), body);
    }

    @Test
    void aBanCancelsTheFutureAppointmentsAndKeepsThePast() {
        JsonNode past = fixture.book(client, world, BookingFixture.at(1, "10:00"));
        JsonNode future = fixture.book(client, world, BookingFixture.at(4, "10:00"));
        JsonNode completed = fixture.book(client, world, BookingFixture.at(5, "10:00"));
        assertThat(fixture.api
                        .post(
                                "/api/bookings/" + completed.get("id").asString() + "/complete",
                                fixture.staff,
                                "{\"version\": 0}")
                        .status())
                .isEqualTo(200);
        clock.set(BookingFixture.at(2, "09:00"));

        registry.statusChanged(UUID.randomUUID().toString(), client.id(), "ACTIVE", "BANNED");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(status(future)));

        assertThat(status(past)).isEqualTo("UNPAID");
        assertThat(status(completed)).isEqualTo("COMPLETED");
        JsonNode seen = fixture.api
                .get("/api/bookings/" + future.get("id").asString(), fixture.staff)
                .json();
        assertThat(seen.get("cancelledByRole").asString()).isEqualTo("SYSTEM");
        try (BookingEventLog events = new BookingEventLog(broker)) {
            JsonNode cancelled = events.first(client.id(), "appointment-cancelled");
            assertThat(cancelled.get("byRole").asString()).isEqualTo("SYSTEM");
            assertThat(cancelled.get("appointmentId").asString())
                    .isEqualTo(future.get("id").asString());
        }
        ApiClient.Response refused = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(client, world, BookingFixture.at(6, "10:00"), null));
        assertThat(refused.json().get("detail").asString()).startsWith("Votre compte est banni");
    }

    private void awaitStatus(String status) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> status.equals(jdbc.sql("select status from client_standing where client_id = ?")
                        .param(client.id())
                        .query(String.class)
                        .optional()
                        .orElse(null)));
    }

    private String status(JsonNode appointment) {
        return jdbc.sql("select status from appointment where id = ?::uuid")
                .param(appointment.get("id").asString())
                .query(String.class)
                .single();
    }
}
