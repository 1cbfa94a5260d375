package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A client sees, moves and cancels only their own appointments: anyone else's answers 404, as if it did not exist.
 * Completing, marking a no-show and writing report cards are staff's (403 for a client). Staff book for any client,
 * also one with no portal account.
 */
class BookingAccessIT extends AppointmentTestBase {

    BookingFixture.World world;
    BookingFixture.Client owner;
    BookingFixture.Client stranger;
    String id;

    @BeforeEach
    void setUp() {
        world = fixture.world();
        owner = fixture.client("Léa", "Minou");
        stranger = fixture.client("Paul", "Rex");
        id = fixture.book(owner, world, BookingFixture.at(3, "10:00")).get("id").asString();
    }

    @Test
    void anotherClientsAppointmentDoesNotExistForAClient() {
        String token = stranger.token();
        assertThat(fixture.api.get("/api/bookings/" + id, token).status()).isEqualTo(404);
        assertThat(fixture.api
                        .get("/api/bookings?clientId=" + owner.id(), token)
                        .status())
                .isEqualTo(404);
        assertThat(fixture.api.get("/api/bookings", token).status()).isEqualTo(404);
        assertThat(fixture.api
                        .post("/api/bookings/" + id + "/cancel", token, "{\"version\": 0}")
                        .status())
                .isEqualTo(404);
        assertThat(fixture.api
                        .post(
                                "/api/bookings/" + id + "/move",
                                token,
                                "{\"start\": \"%s\", \"version\": 0}".formatted(BookingFixture.at(3, "12:00")))
                        .status())
                .isEqualTo(404);
        assertThat(fixture.api
                        .get("/api/bookings/report-cards?clientId=" + owner.id(), token)
                        .status())
                .isEqualTo(404);
        // Booking for someone else is not theirs to do either.
        ApiClient.Response forOwner = fixture.api.post(
                "/api/bookings", token, BookingFixture.booking(owner, world, BookingFixture.at(3, "12:00"), null));
        assertThat(forOwner.status()).isEqualTo(404);
        assertThat(fixture.appointments(owner.id())).isEqualTo(1);

        assertThat(fixture.api.get("/api/bookings/" + id, owner.token()).status())
                .isEqualTo(200);
        assertThat(fixture.api.get("/api/bookings/" + id, fixture.staff).status())
                .isEqualTo(200);
        assertThat(fixture.api
                        .get("/api/bookings?clientId=" + owner.id(), fixture.staff)
                        .json()
                        .get("content"))
                .hasSize(1);
    }

    @Test
    void staffOnlyActionsAreForbiddenToTheClient() {
        String token = owner.token();
        for (String action : new String[] {"complete", "no-show"}) {
            ApiClient.Response refused =
                    fixture.api.post("/api/bookings/" + id + "/" + action, token, "{\"version\": 0}");
            assertThat(refused.status()).as(action).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(fixture.api
                        .put(
                                "/api/bookings/" + id + "/report-cards/"
                                        + owner.petIds().getFirst(),
                                token,
                                "{\"shared\": true}")
                        .status())
                .isEqualTo(403);
        assertThat(fixture.api.post("/api/bookings", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void staffBookForAPhoneClientNamingThem() {
        java.util.UUID phoneClient = java.util.UUID.randomUUID();
        java.util.UUID pet = fixture.pet(phoneClient);
        JsonNode booked = fixture.book(
                fixture.staff,
                BookingFixture.booking(
                        phoneClient,
                        world,
                        world.staffId(),
                        BookingFixture.at(3, "11:00"),
                        java.util.List.of(pet),
                        java.util.List.of("Filou"),
                        "\"clientName\": \"Gaston Côté\""));
        assertThat(booked.get("clientName").asString()).isEqualTo("Gaston Côté");
        // The next staff booking without a name keeps the one given before.
        JsonNode again = fixture.book(
                fixture.staff,
                BookingFixture.booking(
                        phoneClient,
                        world,
                        world.staffId(),
                        BookingFixture.at(4, "11:00"),
                        java.util.List.of(pet),
                        java.util.List.of("Filou"),
                        null));
        assertThat(again.get("clientName").asString()).isEqualTo("Gaston Côté");
    }
}
