package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.booking.CatalogueFixture;
import ca.clientele.platform.testing.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Staff change an appointment's service and pets (issue 10): the same slot rules and no-overlap constraint as a
 * booking, optimistic locking, a price change refused once paid, and the appointment-changed event (checked against
 * its schema by {@link BookingEventLog}) with the new priced lines and no names.
 */
class AppointmentChangeIT extends AppointmentTestBase {

    BookingFixture.World world;
    BookingFixture.Client client;
    UUID visitService;

    @BeforeEach
    void setUp() {
        world = fixture.world();
        client = fixture.client("Léa", "Minou");
        client = client.withPet(fixture.pet(client.id()), "Pacha");
        // A second in-store service, 30 minutes per visit, given by the same staff member at the same branch.
        visitService = fixture.catalogue.service(
                "IN_STORE", "PER_VISIT", 30, 0, 0, List.of(world.branchId()), world.staffId());
        fixture.catalogue.staffHours(
                world.staffId(),
                List.of(world.serviceId(), visitService),
                CatalogueFixture.work(world.branchId(), BookingFixture.EVERY_DAY, "08:00-20:00"),
                null);
    }

    @Test
    void staffChangeTheServiceAndPetsAndTheEventCarriesTheNewPriceWithoutNames() {
        Instant start = BookingFixture.at(2, "10:00");
        JsonNode booked = fixture.book(client, world, start);
        String id = booked.get("id").asString();
        UUID minou = client.petIds().get(0);

        ApiClient.Response changed = fixture.api.post(
                "/api/bookings/" + id + "/change", fixture.staff, change(visitService, List.of(minou), "Minou", 0));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode appointment = changed.json();
        assertThat(appointment.get("serviceId").asString()).isEqualTo(visitService.toString());
        assertThat(appointment.get("petNames").valueStream().map(JsonNode::asString))
                .containsExactly("Minou");
        assertThat(appointment.get("start").asString()).isEqualTo(start.toString());
        assertThat(appointment.get("end").asString())
                .isEqualTo(start.plus(Duration.ofMinutes(30)).toString());
        JsonNode line = appointment.get("lines").get(0);
        assertThat(line.get("quantity").asInt()).isEqualTo(1);
        assertThat(line.get("amount").decimalValue()).isEqualByComparingTo("35.00");
        assertThat(appointment.get("version").asLong()).isEqualTo(1);
        assertThat(fixture.api
                        .get("/api/bookings/" + id, client.token())
                        .json()
                        .get("petIds")
                        .size())
                .isOne();

        try (BookingEventLog events = new BookingEventLog(broker)) {
            JsonNode event = events.first(client.id(), "appointment-changed");
            assertThat(event.get("appointmentId").asString()).isEqualTo(id);
            assertThat(event.get("from").get("serviceId").asString())
                    .isEqualTo(world.serviceId().toString());
            assertThat(event.get("from").get("petIds").size()).isEqualTo(2);
            assertThat(event.get("from").get("when").get("end").asString())
                    .isEqualTo(start.plus(Duration.ofMinutes(40)).toString());
            assertThat(event.get("to").get("serviceId").asString()).isEqualTo(visitService.toString());
            assertThat(event.get("to").get("petIds").get(0).asString()).isEqualTo(minou.toString());
            assertThat(event.get("lines").get(0).get("amount").decimalValue()).isEqualByComparingTo("35.00");
            assertThat(event.get("byRole").asString()).isEqualTo("STAFF");
            assertThat(event.toString()).doesNotContain("Minou", "Pacha", "Léa", "Tremblay");
        }
    }

    @Test
    void aChangeMayMoveTheTimeTooAndTheDatabaseStillRefusesAnOverlap() {
        Instant start = BookingFixture.at(3, "10:00");
        String id = fixture.book(client, world, start).get("id").asString();
        BookingFixture.Client other = fixture.client("Paul", "Rex");
        fixture.book(other, world, BookingFixture.at(3, "14:00"));

        // Moved and changed at once, later that day.
        Instant later = BookingFixture.at(3, "11:00");
        ApiClient.Response moved = fixture.api.post(
                "/api/bookings/" + id + "/change",
                fixture.staff,
                change(visitService, client.petIds(), "Minou\", \"Pacha", 0, later));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("start").asString()).isEqualTo(later.toString());
        assertThat(moved.json().get("lines").get(0).get("amount").decimalValue())
                .isEqualByComparingTo("35.00");

        // 13:40 for 30 minutes overlaps the other client's 14:00: the exclusion constraint says no.
        ApiClient.Response taken = byStaff(
                id, change(visitService, client.petIds(), "Minou\", \"Pacha", 1, BookingFixture.at(3, "13:40")), "fr");
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.json().get("detail").asString()).isEqualTo("Ce créneau vient d'être pris.");
        assertThat(taken.json().get("freeSlots")).isNotNull();

        JsonNode unchanged =
                fixture.api.get("/api/bookings/" + id, fixture.staff).json();
        assertThat(unchanged.get("start").asString()).isEqualTo(later.toString());
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aStaleVersionBadInputAndAClientAreRefusedAndNothingChanges() {
        String id = fixture.book(client, world, BookingFixture.at(2, "15:00"))
                .get("id")
                .asString();
        BookingFixture.Client other = fixture.client("Paul", "Rex");
        UUID homeVisit =
                fixture.catalogue.service("HOME", "PER_VISIT", 30, 0, 0, List.of(world.branchId()), world.staffId());
        UUID elsewhere = fixture.catalogue.service(
                "IN_STORE", "PER_VISIT", 30, 0, 0, List.of(fixture.world().branchId()), world.staffId());

        assertThat(status(fixture.staff, id, change(visitService, client.petIds(), "Minou\", \"Pacha", 7)))
                .isEqualTo(409);
        assertThat(status(client.token(), id, change(visitService, client.petIds(), "Minou\", \"Pacha", 0)))
                .isEqualTo(403);

        ApiClient.Response otherPet = byStaff(id, change(visitService, other.petIds(), "Rex", 0), "fr");
        assertThat(otherPet.status()).isEqualTo(400);
        assertThat(CatalogueFixture.errors(otherPet)).containsKey("petIds");

        ApiClient.Response atHome = byStaff(id, change(homeVisit, client.petIds(), "Minou\", \"Pacha", 0), "fr");
        assertThat(atHome.status()).isEqualTo(400);
        assertThat(CatalogueFixture.errors(atHome).get("serviceId")).contains("même endroit");

        ApiClient.Response otherBranch = byStaff(id, change(elsewhere, client.petIds(), "Minou\", \"Pacha", 0), "en");
        assertThat(otherBranch.status()).isEqualTo(400);
        assertThat(CatalogueFixture.errors(otherBranch)).containsKey("serviceId");

        ApiClient.Response namesCount = byStaff(id, change(visitService, client.petIds(), "Minou", 0), "fr");
        assertThat(namesCount.status()).isEqualTo(400);
        assertThat(CatalogueFixture.errors(namesCount)).containsKey("petNames");

        assertThat(status(
                        fixture.staff,
                        UUID.randomUUID().toString(),
                        change(visitService, client.petIds(), "Minou\", \"Pacha", 0)))
                .isEqualTo(404);

        JsonNode unchanged =
                fixture.api.get("/api/bookings/" + id, fixture.staff).json();
        assertThat(unchanged.get("serviceId").asString())
                .isEqualTo(world.serviceId().toString());
        assertThat(unchanged.get("petIds").size()).isEqualTo(2);
        assertThat(unchanged.get("version").asLong()).isZero();
    }

    @Test
    void oncePaidTheSamePriceMayChangeButAnotherPriceIsRefusedWithItsReason() {
        UUID minou = client.petIds().get(0);
        UUID pacha = client.petIds().get(1);
        JsonNode booked = fixture.book(
                client.token(),
                BookingFixture.booking(
                        client.id(),
                        world,
                        world.staffId(),
                        BookingFixture.at(4, "10:00"),
                        List.of(minou),
                        List.of("Minou"),
                        null));
        String id = booked.get("id").asString();
        jdbc.sql("update appointment set status = 'CONFIRMED' where id = ?::uuid")
                .param(id)
                .update();

        ApiClient.Response dearer =
                byStaff(id, change(world.serviceId(), List.of(minou, pacha), "Minou\", \"Pacha", 0), "fr");
        assertThat(dearer.status()).as(dearer.body()).isEqualTo(400);
        assertThat(dearer.json().get("detail").asString()).contains("déjà payé");

        ApiClient.Response otherPet = fixture.api.post(
                "/api/bookings/" + id + "/change",
                fixture.staff,
                change(world.serviceId(), List.of(pacha), "Pacha", 0));
        assertThat(otherPet.status()).as(otherPet.body()).isEqualTo(200);
        assertThat(otherPet.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(otherPet.json().get("petNames").get(0).asString()).isEqualTo("Pacha");
    }

    private ApiClient.Response byStaff(String id, String body, String language) {
        return fixture.api.send("POST", "/api/bookings/" + id + "/change", fixture.staff, body, language);
    }

    private int status(String token, String id, String body) {
        return fixture.api.post("/api/bookings/" + id + "/change", token, body).status();
    }

    private static String change(UUID serviceId, List<UUID> petIds, String names, long version) {
        return change(serviceId, petIds, names, version, null);
    }

    /** {@code names}: the JSON strings' inside, several joined by {@code ", "} with their quotes. */
    private static String change(UUID serviceId, List<UUID> petIds, String names, long version, Instant start) {
        return """
                {"serviceId": "%s", "petIds": %s, "petNames": ["%s"], %s"version": %d}""".formatted(
                        serviceId,
                        CatalogueFixture.ids(petIds),
                        names,
                        start == null ? "" : "\"start\": \"" + start + "\", ",
                        version);
    }
}
