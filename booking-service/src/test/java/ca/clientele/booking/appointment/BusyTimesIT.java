package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Slot search reads the appointments table through booking's {@code BusyTimes}: a booked time (and its buffer) is
 * gone from the booked staff member's slots only, and comes back once cancelled.
 */
class BusyTimesIT extends AppointmentTestBase {

    @Test
    void aBookedTimeLeavesTheSlotsOfItsStaffMemberUntilCancelled() {
        BookingFixture.World world = fixture.world("IN_STORE", "PER_PET", 20, 0, 10);
        UUID colleague = fixture.colleague(world, "Julien Béliveau");
        BookingFixture.Client client = fixture.client("Léa", "Minou");
        Instant start = BookingFixture.at(2, "10:00");
        JsonNode booked = fixture.book(client, world, start);

        assertThat(starts(world, world.staffId(), start))
                .doesNotContain("10:00", "10:10", "10:20")
                .contains("10:30");
        assertThat(starts(world, colleague, start)).contains("10:00", "10:10", "10:20");

        ApiClient.Response cancelled = fixture.api.post(
                "/api/bookings/" + booked.get("id").asString() + "/cancel", client.token(), "{\"version\": 0}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(starts(world, world.staffId(), start)).contains("10:00", "10:10", "10:20");
    }

    /** The local start times ("10:30") of a staff member's free slots that day, as a client sees them. */
    private List<String> starts(BookingFixture.World world, UUID staffId, Instant day) {
        LocalDate date = day.atZone(BookingFixture.MONTREAL).toLocalDate();
        ApiClient.Response slots = fixture.api.get(
                "/api/slots?serviceId=%s&branchId=%s&from=%s&to=%s&pets=1&staffId=%s"
                        .formatted(world.serviceId(), world.branchId(), date, date, staffId),
                fixture.staff);
        assertThat(slots.status()).as(slots.body()).isEqualTo(200);
        return slots.json()
                .get(0)
                .get("staff")
                .valueStream()
                .flatMap(member -> member.get("starts").valueStream())
                .map(start -> Instant.parse(start.asString())
                        .atZone(BookingFixture.MONTREAL)
                        .toLocalTime()
                        .toString())
                .toList();
    }
}
