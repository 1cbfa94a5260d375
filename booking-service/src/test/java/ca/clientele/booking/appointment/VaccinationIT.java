package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.booking.CatalogueFixture;
import ca.clientele.platform.testing.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A home visit requires a current rabies vaccination: booking's pet copy learns pets and their vaccinations from the
 * registry's events; a pet without one current on the appointment's day is refused with a message naming the pet and
 * the vaccine, nothing stored.
 */
class VaccinationIT extends AppointmentTestBase {

    static final String ADDRESS = """
            "location": {"street": "4500, rue Saint-Denis", "city": "Montréal", "postalCode": "H2J 2L3",
                         "latitude": 45.5262, "longitude": -73.5830}""";

    RegistryEvents registry;
    BookingFixture.World visits;

    @BeforeEach
    void setUp() {
        registry = new RegistryEvents(broker);
        visits = homeVisitsRequiringRabies();
    }

    @Test
    void aPetWithoutACurrentRabiesVaccinationIsRefusedByName() {
        UUID clientId = UUID.randomUUID();
        String client = jwts.client(clientId, null, "Léa", "Tremblay");
        UUID minou = UUID.randomUUID();
        UUID pacha = UUID.randomUUID();
        registry.petAdded(clientId, minou);
        registry.petAdded(clientId, pacha);
        Instant start = BookingFixture.at(10, "10:00");
        // Pacha's rabies vaccination is valid until the day before the visit; Minou has none.
        registry.vaccinationsChanged(clientId, pacha, """
                [{"vaccine": "RABIES", "validUntil": "%s", "verified": true}]""".formatted(
                        start.atZone(BookingFixture.MONTREAL).toLocalDate().minusDays(1)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> vaccinations(pacha) == 1);

        String body = BookingFixture.booking(
                clientId, visits, visits.staffId(), start, List.of(minou, pacha), List.of("Minou", "Pacha"), ADDRESS);
        ApiClient.Response fr = fixture.api.post("/api/bookings", client, body);
        assertThat(fr.status()).as(fr.body()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString())
                .isEqualTo("Minou : vaccin contre la rage manquant. "
                        + "Pacha : vaccin contre la rage expiré (valide jusqu'au 20 janvier 2027).");
        assertThat(fr.json().get("errors").get(0).get("field").asString()).isEqualTo("petIds");
        ApiClient.Response en = fixture.api.send("POST", "/api/bookings", client, body, "en");
        assertThat(en.json().get("detail").asString())
                .isEqualTo(
                        "Minou: rabies vaccine missing. Pacha: rabies vaccine expired (valid until January 20, 2027).");
        assertThat(fixture.appointments(clientId)).isZero();

        // The registry says both are now vaccinated (the event lists each pet's current records).
        String current = """
                [{"vaccine": "RABIES", "validUntil": "2028-01-01", "verified": false}]""";
        registry.vaccinationsChanged(clientId, minou, current);
        registry.vaccinationsChanged(clientId, pacha, current);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> vaccinations(minou) == 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("select count(*) from pet_vaccination where pet_id = ? and valid_until = '2028-01-01'")
                                        .param(pacha)
                                        .query(Long.class)
                                        .single()
                                == 1);
        JsonNode booked = fixture.book(client, body);
        assertThat(booked.get("place").asString()).isEqualTo("HOME");
        assertThat(booked.get("location").get("city").asString()).isEqualTo("Montréal");
    }

    @Test
    void anArchivedPetIsNoLongerTheClientsToBook() {
        UUID clientId = UUID.randomUUID();
        String client = jwts.client(clientId, null, "Léa", "Tremblay");
        UUID minou = UUID.randomUUID();
        registry.petAdded(clientId, minou);
        registry.vaccinationsChanged(
                clientId, minou, "[{\"vaccine\": \"RABIES\", \"validUntil\": \"2028-01-01\", \"verified\": true}]");
        registry.petArchived(clientId, minou);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from pet where id = ? and archived")
                                .param(minou)
                                .query(Long.class)
                                .single()
                        == 1);

        ApiClient.Response refused = fixture.api.post(
                "/api/bookings",
                client,
                BookingFixture.booking(
                        clientId,
                        visits,
                        visits.staffId(),
                        BookingFixture.at(5, "10:00"),
                        List.of(minou),
                        List.of("Minou"),
                        ADDRESS));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("petIds");
    }

    private long vaccinations(UUID petId) {
        return jdbc.sql("select count(*) from pet_vaccination where pet_id = ?")
                .param(petId)
                .query(Long.class)
                .single();
    }

    /** Home visits (30 min per visit, 10 min after) requiring rabies, by a staff member who goes anywhere. */
    private BookingFixture.World homeVisitsRequiringRabies() {
        CatalogueFixture catalogue = fixture.catalogue;
        UUID branch = catalogue.branch(
                "America/Montreal", CatalogueFixture.ranges(BookingFixture.EVERY_DAY, "08:00", "20:00"));
        UUID member = catalogue.staffMember("Cynthia Lemay");
        ApiClient.Response service = fixture.api.post("/api/services", catalogue.admin(), """
                {"code": "V-%s", "nameFr": "Visites à domicile", "nameEn": "Home visits", "durationMinutes": 30,
                 "price": 45.00, "taxable": true, "place": "HOME", "pricing": "PER_VISIT",
                 "bufferBeforeMinutes": 0, "bufferAfterMinutes": 10, "branchIds": ["%s"], "staffIds": ["%s"],
                 "requiredVaccines": ["RABIES"]}""".formatted(
                        UUID.randomUUID().toString().substring(0, 8).toUpperCase(), branch, member));
        assertThat(service.status()).as(service.body()).isEqualTo(201);
        UUID serviceId = UUID.fromString(service.json().get("id").asString());
        catalogue.staffHours(
                member,
                List.of(serviceId),
                CatalogueFixture.work(branch, BookingFixture.EVERY_DAY, "08:00-20:00"),
                null);
        return new BookingFixture.World(branch, member, serviceId);
    }
}
