package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Recurring appointments: each occurrence its own appointment of one series, at the same local time across a
 * daylight-saving change; an occurrence that cannot be booked is reported with why, never silently skipped; a first
 * occurrence that cannot be booked books nothing.
 */
class RecurringBookingIT extends AppointmentTestBase {

    BookingFixture.World world;
    BookingFixture.Client client;

    @BeforeEach
    void setUp() {
        world = fixture.world();
        client = fixture.client("Léa", "Minou");
    }

    @Test
    void everyTwoWeeksFourTimesWithTheThirdTakenBooksThreeAndReportsOne() {
        Instant first = BookingFixture.at(1, "16:30");
        Instant third = first.plus(Duration.ofDays(28));
        fixture.book(fixture.client("Paul", "Rex"), world, third.plus(Duration.ofMinutes(10)));

        ApiClient.Response series = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(client, world, first, "\"recurrence\": {\"everyWeeks\": 2, \"count\": 4}"));
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        JsonNode body = series.json();
        assertThat(body.get("booked")).hasSize(3);
        assertThat(body.get("booked")
                        .valueStream()
                        .map(node -> node.get("start").asString()))
                .containsExactly(
                        first.toString(),
                        first.plus(Duration.ofDays(14)).toString(),
                        first.plus(Duration.ofDays(42)).toString());
        assertThat(body.get("booked")
                        .valueStream()
                        .map(node -> node.get("seriesId").asString()))
                .containsOnly(body.get("seriesId").asString());
        assertThat(body.get("conflicts")).hasSize(1);
        JsonNode conflict = body.get("conflicts").get(0);
        assertThat(conflict.get("start").asString()).isEqualTo(third.toString());
        assertThat(conflict.get("reason").asString()).isEqualTo("SLOT_TAKEN");
        assertThat(conflict.get("message").asString()).isEqualTo("Ce créneau vient d'être pris.");
        assertThat(fixture.appointments(client.id())).isEqualTo(3);
    }

    @Test
    void theSameLocalTimeAcrossTheSpringForwardChange() {
        // Weekly from Monday March 1st, 2027, 10:00 in Montreal: clocks spring forward on Sunday March 14.
        clock.set(Instant.parse("2027-02-22T14:00:00Z"));
        Instant first = ZonedDateTime.parse("2027-03-01T10:00:00-05:00[America/Montreal]")
                .toInstant();
        ApiClient.Response series = fixture.api.post(
                "/api/bookings",
                fixture.staff,
                BookingFixture.booking(
                        client, world, first, "\"recurrence\": {\"everyWeeks\": 1, \"until\": \"2027-03-22\"}"));
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        assertThat(series.json()
                        .get("booked")
                        .valueStream()
                        .map(node -> node.get("start").asString()))
                .containsExactly(
                        "2027-03-01T15:00:00Z", "2027-03-08T15:00:00Z", "2027-03-15T14:00:00Z", "2027-03-22T14:00:00Z");
        assertThat(series.json().get("conflicts")).isEmpty();
    }

    @Test
    void occurrencesBeyondTheClientsMaximumAdvanceAreReported() {
        // A client may not book beyond the maximum advance (90 days): those occurrences are reported, not dropped.
        Instant later = BookingFixture.at(80, "10:00");
        ApiClient.Response limited = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(client, world, later, "\"recurrence\": {\"everyWeeks\": 1, \"count\": 3}"));
        assertThat(limited.status()).as(limited.body()).isEqualTo(201);
        assertThat(limited.json().get("booked")).hasSize(2);
        assertThat(limited.json().get("conflicts").get(0).get("reason").asString())
                .isEqualTo("TOO_FAR");
    }

    @Test
    void whenTheFirstOccurrenceIsTakenNothingIsBooked() {
        Instant first = BookingFixture.at(2, "09:00");
        fixture.book(fixture.client("Paul", "Rex"), world, first);

        ApiClient.Response refused = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(client, world, first, "\"recurrence\": {\"everyWeeks\": 1, \"count\": 5}"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/slot-taken");
        assertThat(fixture.appointments(client.id())).isZero();
    }

    @Test
    void aRecurrenceSaysEitherUntilOrCount() {
        ApiClient.Response both = fixture.api.post(
                "/api/bookings",
                client.token(),
                BookingFixture.booking(
                        client,
                        world,
                        BookingFixture.at(1, "10:00"),
                        "\"recurrence\": {\"everyWeeks\": 1, \"count\": 3, \"until\": \"2027-03-01\"}"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").get(0).get("field").asString()).isEqualTo("recurrence.count");
        assertThat(fixture.appointments(client.id())).isZero();
    }
}
