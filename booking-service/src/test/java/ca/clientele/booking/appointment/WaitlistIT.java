package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.booking.CatalogueFixture;
import ca.clientele.platform.testing.ApiClient;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "M'aviser si un créneau plus tôt se libère": a cancellation freeing a time in a waiting client's range offers it to
 * the first in line (waitlist-offered, to that client), who leaves the line; the next one moves up.
 */
class WaitlistIT extends AppointmentTestBase {

    BookingFixture.World world;

    @BeforeEach
    void setUp() {
        world = fixture.world();
    }

    @Test
    void aCancellationOffersTheFreedTimeToTheFirstInLine() {
        BookingFixture.Client booked = fixture.client("Paul", "Rex");
        BookingFixture.Client first = fixture.client("Léa", "Minou");
        BookingFixture.Client second = fixture.client("Zoé", "Pixel");
        BookingFixture.Client elsewhere = fixture.client("Noé", "Filou");
        Instant start = BookingFixture.at(3, "10:00");
        LocalDate day = start.atZone(BookingFixture.MONTREAL).toLocalDate();
        JsonNode appointment = fixture.book(booked, world, start);

        // Someone waiting only for later dates is not offered this day, whoever joined first.
        join(elsewhere, day.plusDays(1), day.plusDays(10));
        JsonNode firstEntry = join(first, day.minusDays(1), day.plusDays(5));
        JsonNode secondEntry = join(second, day, day);
        assertThat(firstEntry.get("position").asLong()).isEqualTo(2);
        assertThat(secondEntry.get("position").asLong()).isEqualTo(3);

        ApiClient.Response cancelled = fixture.api.post(
                "/api/bookings/" + appointment.get("id").asString() + "/cancel", booked.token(), "{\"version\": 0}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        try (BookingEventLog events = new BookingEventLog(broker)) {
            JsonNode offer = events.first(first.id(), "waitlist-offered");
            assertThat(offer.get("entryId").asString())
                    .isEqualTo(firstEntry.get("id").asString());
            assertThat(offer.get("start").asString()).isEqualTo(start.toString());
            assertThat(offer.get("staffId").asString())
                    .isEqualTo(world.staffId().toString());
            assertThat(events.types(second.id())).doesNotContain("waitlist-offered");
            assertThat(events.types(elsewhere.id())).doesNotContain("waitlist-offered");
        }
        JsonNode mine = fixture.api
                .get("/api/bookings/waitlist?clientId=" + first.id(), first.token())
                .json()
                .get(0);
        assertThat(mine.get("status").asString()).isEqualTo("OFFERED");
        assertThat(mine.get("offeredStart").asString()).isEqualTo(start.toString());
        JsonNode next = fixture.api
                .get("/api/bookings/waitlist?clientId=" + second.id(), second.token())
                .json()
                .get(0);
        assertThat(next.get("status").asString()).isEqualTo("WAITING");
        assertThat(next.get("position").asLong()).isEqualTo(2);
    }

    @Test
    void aMoveOffersTheTimeItLeftToTheFirstInLine() {
        BookingFixture.Client moving = fixture.client("Paul", "Rex");
        BookingFixture.Client waiting = fixture.client("Léa", "Minou");
        Instant start = BookingFixture.at(4, "10:00");
        LocalDate day = start.atZone(BookingFixture.MONTREAL).toLocalDate();
        JsonNode appointment = fixture.book(moving, world, start);
        JsonNode entry = join(waiting, day, day);

        Instant later = BookingFixture.at(4, "14:00");
        ApiClient.Response moved = fixture.api.post(
                "/api/bookings/" + appointment.get("id").asString() + "/move",
                moving.token(),
                "{\"start\": \"" + later + "\", \"version\": 0}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        try (BookingEventLog events = new BookingEventLog(broker)) {
            JsonNode offer = events.first(waiting.id(), "waitlist-offered");
            assertThat(offer.get("entryId").asString())
                    .isEqualTo(entry.get("id").asString());
            assertThat(offer.get("start").asString()).isEqualTo(start.toString());
        }
    }

    @Test
    void aClientSeesAndLeavesOnlyTheirOwnPlace() {
        BookingFixture.Client client = fixture.client("Léa", "Minou");
        BookingFixture.Client other = fixture.client("Paul", "Rex");
        LocalDate day =
                BookingFixture.at(3, "10:00").atZone(BookingFixture.MONTREAL).toLocalDate();
        String id = join(client, day, day.plusDays(2)).get("id").asString();

        assertThat(fixture.api
                        .get("/api/bookings/waitlist?clientId=" + client.id(), other.token())
                        .status())
                .isEqualTo(404);
        assertThat(fixture.api
                        .send("DELETE", "/api/bookings/waitlist/" + id, other.token(), null, null)
                        .status())
                .isEqualTo(404);
        assertThat(fixture.api
                        .send("DELETE", "/api/bookings/waitlist/" + id, client.token(), null, null)
                        .status())
                .isEqualTo(204);
        assertThat(fixture.api
                        .get("/api/bookings/waitlist?clientId=" + client.id(), client.token())
                        .json())
                .isEmpty();
    }

    @Test
    void aRangeEndingBeforeItStartsOrAnotherClientsPetIsRefused() {
        BookingFixture.Client client = fixture.client("Léa", "Minou");
        BookingFixture.Client other = fixture.client("Paul", "Rex");
        LocalDate day = LocalDate.of(2027, 1, 20);
        ApiClient.Response backwards = fixture.api.post(
                "/api/bookings/waitlist",
                client.token(),
                body(client.id(), CatalogueFixture.ids(client.petIds()), day, day.minusDays(1)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString())
                .isEqualTo("latest");
        ApiClient.Response notTheirs = fixture.api.post(
                "/api/bookings/waitlist",
                client.token(),
                body(client.id(), CatalogueFixture.ids(other.petIds()), day, day));
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(notTheirs.json().get("errors").get(0).get("field").asString())
                .isEqualTo("petIds");
        assertThat(jdbc.sql("select count(*) from waitlist_entry where client_id = ?")
                        .param(client.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private JsonNode join(BookingFixture.Client client, LocalDate earliest, LocalDate latest) {
        ApiClient.Response joined = fixture.api.post(
                "/api/bookings/waitlist",
                client.token(),
                body(client.id(), CatalogueFixture.ids(client.petIds()), earliest, latest));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        return joined.json();
    }

    private String body(java.util.UUID clientId, String petIds, LocalDate earliest, LocalDate latest) {
        return """
                {"clientId": "%s", "serviceId": "%s", "branchId": "%s", "petIds": %s, "earliest": "%s", "latest": "%s"}""".formatted(clientId, world.serviceId(), world.branchId(), petIds, earliest, latest);
    }
}
