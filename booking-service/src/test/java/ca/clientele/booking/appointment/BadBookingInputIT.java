package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input is a 400 problem naming its fields in the caller's language, with nothing stored and nothing published:
 * an unknown service, a time outside the hours, another client's pet, a missing address for a home visit, names that
 * do not match the pets, a range ending before it starts.
 */
class BadBookingInputIT extends AppointmentTestBase {

    BookingFixture.World world;
    BookingFixture.Client client;

    @BeforeEach
    void setUp() {
        world = fixture.world();
        client = fixture.client("Léa", "Minou");
    }

    @Test
    void anUnknownServiceIsRefusedOnItsField() {
        BookingFixture.World unknown = new BookingFixture.World(world.branchId(), world.staffId(), UUID.randomUUID());
        ApiClient.Response refused = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(client, unknown, BookingFixture.at(2, "10:00"), null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(errors(refused)).containsEntry("serviceId", "Service inconnu ou non offert.");
        assertNothingStored();
    }

    @Test
    void aTimeOutsideTheHoursIsRefusedOnStartInBothLanguages() {
        String body = BookingFixture.booking(client, world, BookingFixture.at(2, "21:00"), null);
        ApiClient.Response fr = fixture.api.post("/api/bookings", client.token(), body);
        assertThat(fr.status()).isEqualTo(400);
        assertThat(errors(fr)).containsKey("start");
        ApiClient.Response en = fixture.api.send("POST", "/api/bookings", client.token(), body, "en");
        assertThat(errors(en).get("start")).isNotEqualTo(errors(fr).get("start"));
        // In the past: too soon.
        ApiClient.Response past = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(client, world, BookingFixture.at(-1, "10:00"), null));
        assertThat(past.status()).isEqualTo(400);
        assertThat(errors(past)).containsKey("start");
        assertNothingStored();
    }

    @Test
    void anotherClientsPetIsRefused() {
        BookingFixture.Client other = fixture.client("Paul", "Rex");
        ApiClient.Response refused = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(
                        client.id(),
                        world,
                        world.staffId(),
                        BookingFixture.at(2, "10:00"),
                        other.petIds(),
                        List.of("Rex"),
                        null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).containsOnlyKeys("petIds");
        // Unknown to booking altogether: the same.
        ApiClient.Response unknown = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(
                        client.id(),
                        world,
                        world.staffId(),
                        BookingFixture.at(2, "10:00"),
                        List.of(UUID.randomUUID()),
                        List.of("Fantôme"),
                        null));
        assertThat(errors(unknown)).containsOnlyKeys("petIds");
        assertNothingStored();
    }

    @Test
    void missingOrInconsistentFieldsAreNamed() {
        ApiClient.Response empty = fixture.api.post("/api/bookings", client.token(), "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(errors(empty))
                .containsKeys("clientId", "serviceId", "branchId", "staffId", "start", "petIds", "petNames");
        ApiClient.Response names = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(
                        client.id(),
                        world,
                        world.staffId(),
                        BookingFixture.at(2, "10:00"),
                        client.petIds(),
                        List.of("Minou", "Pacha"),
                        null));
        assertThat(errors(names)).containsOnlyKeys("petNames");
        ApiClient.Response notes = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(
                        client, world, BookingFixture.at(2, "10:00"), "\"notes\": \"%s\"".formatted("x".repeat(1001))));
        assertThat(errors(notes)).containsOnlyKeys("notes");
        ApiClient.Response garbage = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(client, world, BookingFixture.at(2, "10:00"), null)
                        .replace("\"start\": \"", "\"start\": \"demain "));
        assertThat(garbage.status()).isEqualTo(400);
        assertNothingStored();
    }

    @Test
    void aHomeVisitWithoutAddressIsRefused() {
        BookingFixture.World home = fixture.world("HOME", "PER_VISIT", 30, 0, 0);
        ApiClient.Response refused = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(client, home, BookingFixture.at(2, "10:00"), null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).containsOnlyKeys("location");
        assertNothingStored();
    }

    @Test
    void aListWhoseEndPrecedesItsStartIsRefused() {
        ApiClient.Response refused = fixture.api.get(
                "/api/bookings?clientId=" + client.id() + "&from=2027-02-01&to=2027-01-01", client.token());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).containsOnlyKeys("to");
        ApiClient.Response unreadable =
                fixture.api.get("/api/bookings?clientId=" + client.id() + "&from=hier", client.token());
        assertThat(errors(unreadable)).containsOnlyKeys("from");
    }

    /** No appointment, and nothing in the outbox about the client (what would be published is stored there first). */
    private void assertNothingStored() {
        assertThat(fixture.appointments(client.id())).isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                        .param("%" + client.id() + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static Map<String, String> errors(ApiClient.Response response) {
        return response.json()
                .get("errors")
                .valueStream()
                .collect(Collectors.toMap(
                        node -> node.get("field").asString(),
                        node -> node.get("message").asString(),
                        (a, b) -> a));
    }
}
