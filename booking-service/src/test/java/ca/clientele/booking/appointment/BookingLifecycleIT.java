package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An appointment's life: booked "Non payé" with its priced lines, listed, moved, cancelled by the client up to the
 * notice and only by staff after it, completed or marked a no-show by staff, each step an event matching its schema.
 * Names, notes and addresses are stored encrypted and travel in no event.
 */
class BookingLifecycleIT extends AppointmentTestBase {

    BookingFixture.World world;
    BookingFixture.Client client;

    @BeforeEach
    void setUp() {
        world = fixture.world();
        client = fixture.client("Léa", "Minou");
        client = client.withPet(fixture.pet(client.id()), "Pacha");
    }

    @Test
    void aClientBooksTwoPetsAndSeesItUnpaidWithItsPriceAndNamesInBothLanguages() {
        Instant start = BookingFixture.at(2, "16:30");
        ApiClient.Response booked = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(client, world, start, "\"notes\": \"Minou mord un peu.\""));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonNode appointment = booked.json();
        assertThat(appointment.get("status").asString()).isEqualTo("UNPAID");
        assertThat(appointment.get("statusLabel").asString()).isEqualTo("Non payé");
        assertThat(appointment.get("start").asString()).isEqualTo(start.toString());
        // 20 minutes per pet: two pets, 40 minutes, 2 × 35.00.
        assertThat(appointment.get("end").asString())
                .isEqualTo(start.plus(Duration.ofMinutes(40)).toString());
        JsonNode line = appointment.get("lines").get(0);
        assertThat(line.get("quantity").asInt()).isEqualTo(2);
        assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo("35.00");
        assertThat(line.get("amount").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(line.get("taxable").asBoolean()).isTrue();
        assertThat(appointment.get("clientName").asString()).isEqualTo("Léa Tremblay");
        assertThat(appointment.get("petNames").valueStream().map(JsonNode::asString))
                .containsExactly("Minou", "Pacha");
        assertThat(appointment.get("staffName").asString()).isEqualTo("Cynthia Lemay");
        assertThat(appointment.get("serviceName").asString()).isEqualTo("Taille des griffes");
        assertThat(appointment.get("number").asInt()).isPositive();
        assertThat(appointment.get("canCancel").asBoolean()).isTrue();
        assertThat(appointment.get("canMove").asBoolean()).isTrue();

        String id = appointment.get("id").asString();
        JsonNode english =
                fixture.api.get("/api/bookings/" + id, client.token(), "en").json();
        assertThat(english.get("statusLabel").asString()).isEqualTo("Unpaid");
        assertThat(english.get("serviceName").asString()).isEqualTo("Nail trim");

        // Personal copies are ciphertext in the table.
        byte[] stored = jdbc.sql("select notes from appointment where id = ?::uuid")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Minou");

        try (BookingEventLog events = new BookingEventLog(broker)) {
            JsonNode event = events.first(client.id(), "appointment-booked");
            assertThat(event.get("appointmentId").asString()).isEqualTo(id);
            assertThat(event.get("byRole").asString()).isEqualTo("CLIENT");
            assertThat(event.get("currency").asString()).isEqualTo("CAD");
            assertThat(event.get("lines").get(0).get("amount").decimalValue()).isEqualByComparingTo("70.00");
            assertThat(event.toString()).doesNotContain("Minou", "Léa", "Tremblay");
        }
    }

    @Test
    void upcomingAreSoonestFirstAndPastNewestFirst() {
        String first = fixture.book(client, world, BookingFixture.at(1, "10:00"))
                .get("id")
                .asString();
        String second = fixture.book(client, world, BookingFixture.at(3, "10:00"))
                .get("id")
                .asString();
        String third = fixture.book(client, world, BookingFixture.at(5, "10:00"))
                .get("id")
                .asString();
        clock.set(BookingFixture.at(4, "09:00"));

        JsonNode upcoming = list("clientId=" + client.id() + "&when=upcoming");
        assertThat(ids(upcoming)).containsExactly(third);
        JsonNode past = list("clientId=" + client.id() + "&when=past");
        assertThat(ids(past)).containsExactly(second, first);
        assertThat(past.get("page").get("totalElements").asLong()).isEqualTo(2);

        JsonNode paged = list("clientId=" + client.id() + "&size=2&page=1");
        assertThat(ids(paged)).containsExactly(third);
        assertThat(paged.get("page").get("totalPages").asInt()).isEqualTo(2);

        // The timesheet's day: by staff member and dates (Montreal's days).
        String day = BookingFixture.at(3, "00:00")
                .atZone(BookingFixture.MONTREAL)
                .toLocalDate()
                .toString();
        JsonNode timesheet = fixture.api
                .get("/api/bookings?staffId=" + world.staffId() + "&from=" + day + "&to=" + day, fixture.staff)
                .json();
        assertThat(ids(timesheet)).containsExactly(second);
    }

    @Test
    void aClientCancelsUpToTheNoticeAndOnlyStaffAfter() {
        Instant start = BookingFixture.at(3, "10:00");
        JsonNode early = fixture.book(client, world, start);
        JsonNode late = fixture.book(client, world, start.plus(Duration.ofHours(1)));

        // Exactly 24 hours before: still the client's to cancel.
        clock.set(start.minus(Duration.ofHours(24)));
        ApiClient.Response cancelled = cancel(early, client.token(), "Empêchement");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelledByRole").asString()).isEqualTo("CLIENT");
        assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("Empêchement");

        // One minute less than 24 hours before the second: too late online.
        clock.set(start.plus(Duration.ofHours(1)).minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
        JsonNode seen = fixture.api
                .get("/api/bookings/" + late.get("id").asString(), client.token())
                .json();
        assertThat(seen.get("canCancel").asBoolean()).isFalse();
        assertThat(seen.get("canMove").asBoolean()).isFalse();
        ApiClient.Response tooLate = cancel(late, client.token(), null);
        assertThat(tooLate.status()).isEqualTo(403);
        assertThat(tooLate.json().get("detail").asString()).startsWith("Trop tard pour annuler");
        ApiClient.Response tooLateMove = fixture.api.post(
                "/api/bookings/" + late.get("id").asString() + "/move",
                client.token(),
                "{\"start\": \"%s\", \"version\": 0}".formatted(start.plus(Duration.ofHours(3))));
        assertThat(tooLateMove.status()).isEqualTo(403);

        ApiClient.Response byStaff = cancel(late, fixture.staff, null);
        assertThat(byStaff.status()).isEqualTo(200);
        assertThat(byStaff.json().get("cancelledByRole").asString()).isEqualTo("STAFF");
        // Cancelled twice: a conflict, not a second cancellation.
        assertThat(cancel(byStaff.json(), fixture.staff, null).status()).isEqualTo(409);

        try (BookingEventLog events = new BookingEventLog(broker)) {
            var cancellations = events.await(client.id(), "appointment-cancelled", 2);
            assertThat(cancellations.get(0).get("noticeMinutes").asLong()).isEqualTo(24 * 60);
            assertThat(cancellations.get(0).get("byRole").asString()).isEqualTo("CLIENT");
            assertThat(cancellations.get(0).get("reasonGiven").asBoolean()).isTrue();
            assertThat(cancellations.get(1).get("noticeMinutes").asLong()).isEqualTo(24 * 60 - 1);
            assertThat(cancellations.get(1).get("byRole").asString()).isEqualTo("STAFF");
            assertThat(cancellations.toString()).doesNotContain("Empêchement");
        }
        // The freed time is bookable again.
        fixture.book(fixture.client("Paul", "Rex"), world, start);
    }

    @Test
    void aClientMovesTheirAppointmentAndAStaleOrTakenMoveIsAConflict() {
        Instant start = BookingFixture.at(2, "10:00");
        JsonNode appointment = fixture.book(client, world, start);
        String id = appointment.get("id").asString();
        BookingFixture.Client other = fixture.client("Paul", "Rex");
        fixture.book(other, world, BookingFixture.at(2, "14:00"));

        // Twenty minutes later: the new time overlaps the old one, which is the same appointment's.
        ApiClient.Response moved = fixture.api.post(
                "/api/bookings/" + id + "/move",
                client.token(),
                "{\"start\": \"%s\", \"version\": 0}".formatted(start.plus(Duration.ofMinutes(20))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("start").asString())
                .isEqualTo(start.plus(Duration.ofMinutes(20)).toString());
        assertThat(moved.json().get("version").asLong()).isEqualTo(1);

        ApiClient.Response stale = fixture.api.post(
                "/api/bookings/" + id + "/move",
                client.token(),
                "{\"start\": \"%s\", \"version\": 0}".formatted(BookingFixture.at(2, "11:00")));
        assertThat(stale.status()).isEqualTo(409);

        ApiClient.Response taken = fixture.api.send(
                "POST",
                "/api/bookings/" + id + "/move",
                client.token(),
                "{\"start\": \"%s\", \"version\": 1}".formatted(BookingFixture.at(2, "14:10")),
                "en");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asString()).isEqualTo("This slot was just taken.");

        // Staff move it to a colleague.
        UUID colleague = fixture.colleague(world, "Julien Béliveau");
        ApiClient.Response toColleague = fixture.api.post(
                "/api/bookings/" + id + "/move",
                fixture.staff,
                "{\"start\": \"%s\", \"staffId\": \"%s\", \"version\": 1}"
                        .formatted(BookingFixture.at(2, "14:00"), colleague));
        assertThat(toColleague.status()).as(toColleague.body()).isEqualTo(200);
        assertThat(toColleague.json().get("staffName").asString()).isEqualTo("Julien Béliveau");

        try (BookingEventLog events = new BookingEventLog(broker)) {
            // Both moves happened at the tests' fixed "now": told apart by who moved.
            var moves = events.await(client.id(), "appointment-rescheduled", 2);
            JsonNode byClient = moves.stream()
                    .filter(move -> move.get("byRole").asString().equals("CLIENT"))
                    .findFirst()
                    .orElseThrow();
            assertThat(byClient.get("from").get("start").asString()).isEqualTo(start.toString());
            JsonNode byStaff = moves.stream()
                    .filter(move -> move.get("byRole").asString().equals("STAFF"))
                    .findFirst()
                    .orElseThrow();
            assertThat(byStaff.get("to").get("staffId").asString()).isEqualTo(colleague.toString());
        }
    }

    @Test
    void staffCompleteWithReportCardsTheClientSeesOnceShared() {
        JsonNode appointment = fixture.book(client, world, BookingFixture.at(1, "10:00"));
        String id = appointment.get("id").asString();
        UUID minou = client.petIds().get(0);
        UUID pacha = client.petIds().get(1);
        UUID photo = UUID.randomUUID();

        ApiClient.Response complete =
                fixture.api.post("/api/bookings/" + id + "/complete", fixture.staff, "{\"version\": 0}");
        assertThat(complete.status()).as(complete.body()).isEqualTo(200);
        assertThat(complete.json().get("statusLabel").asString()).isEqualTo("Terminé");
        assertThat(complete.json().get("canCancel").asBoolean()).isFalse();

        ApiClient.Response shared =
                fixture.api.put("/api/bookings/" + id + "/report-cards/" + minou, fixture.staff, """
                {"done": "Griffes taillées et limées", "nails": "SHORT", "behaviour": "Calme",
                 "notesForNextTime": "Prévoir une friandise", "photoDocumentIds": ["%s"], "shared": true}""".formatted(photo));
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().get("petName").asString()).isEqualTo("Minou");
        ApiClient.Response draft =
                fixture.api.put("/api/bookings/" + id + "/report-cards/" + pacha, fixture.staff, """
                {"done": "Brouillon", "shared": false}""");
        assertThat(draft.status()).isEqualTo(200);

        JsonNode seenByClient =
                fixture.api.get("/api/bookings/" + id, client.token()).json();
        assertThat(seenByClient.get("reportCards")).hasSize(1);
        JsonNode card = seenByClient.get("reportCards").get(0);
        assertThat(card.get("done").asString()).isEqualTo("Griffes taillées et limées");
        assertThat(card.get("photoDocumentIds").get(0).asString()).isEqualTo(photo.toString());
        assertThat(fixture.api.get("/api/bookings/" + id, fixture.staff).json().get("reportCards"))
                .hasSize(2);
        assertThat(fixture.api
                        .get("/api/bookings/report-cards?clientId=" + client.id() + "&petId=" + minou, client.token())
                        .json())
                .hasSize(1);

        // A card on someone else's pet, a client writing one: refused.
        assertThat(fixture.api
                        .put(
                                "/api/bookings/" + id + "/report-cards/" + UUID.randomUUID(),
                                fixture.staff,
                                "{\"shared\": true}")
                        .status())
                .isEqualTo(404);
        assertThat(fixture.api
                        .put("/api/bookings/" + id + "/report-cards/" + minou, client.token(), "{\"shared\": true}")
                        .status())
                .isEqualTo(403);

        try (BookingEventLog events = new BookingEventLog(broker)) {
            assertThat(events.first(client.id(), "appointment-completed")
                            .get("appointmentId")
                            .asString())
                    .isEqualTo(id);
            JsonNode sharedEvent = events.first(client.id(), "report-card-shared");
            assertThat(sharedEvent.get("petId").asString()).isEqualTo(minou.toString());
            assertThat(events.types(client.id())).containsOnlyOnce("report-card-shared");
        }
    }

    @Test
    void aNoShowIsMarkedByStaffOnTheCurrentVersion() {
        JsonNode appointment = fixture.book(client, world, BookingFixture.at(1, "11:00"));
        String id = appointment.get("id").asString();
        assertThat(fixture.api
                        .post("/api/bookings/" + id + "/no-show", fixture.staff, "{\"version\": 3}")
                        .status())
                .isEqualTo(409);
        ApiClient.Response noShow =
                fixture.api.post("/api/bookings/" + id + "/no-show", fixture.staff, "{\"version\": 0}");
        assertThat(noShow.status()).isEqualTo(200);
        assertThat(noShow.json().get("statusLabel").asString()).isEqualTo("Absent");
        try (BookingEventLog events = new BookingEventLog(broker)) {
            assertThat(events.first(client.id(), "appointment-no-show")
                            .get("markedBy")
                            .asString())
                    .isNotBlank();
        }
    }

    private ApiClient.Response cancel(JsonNode appointment, String token, String reason) {
        return fixture.api.post(
                "/api/bookings/" + appointment.get("id").asString() + "/cancel",
                token,
                reason == null
                        ? "{\"version\": %d}"
                                .formatted(appointment.get("version").asLong())
                        : "{\"reason\": \"%s\", \"version\": %d}"
                                .formatted(reason, appointment.get("version").asLong()));
    }

    private JsonNode list(String query) {
        ApiClient.Response list = fixture.api.get("/api/bookings?" + query, client.token());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json();
    }

    private static java.util.List<String> ids(JsonNode page) {
        return page.get("content")
                .valueStream()
                .map(node -> node.get("id").asString())
                .toList();
    }
}
