package ca.clientele.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.booking.CatalogueFixture;
import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A small world for appointment tests, made through the catalogue API as an administrator would: a branch in
 * Montreal open every day 08:00-20:00, a staff member working those hours there, a 20-minute per-pet nail trim; and
 * clients with pets in booking's pet copy. Each test makes its own, so tests never share a staff member's time.
 */
final class BookingFixture {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());
    /** A Monday, 09:00 in Montreal: what the tests' clock says unless a test moves it. */
    static final Instant NOW = Instant.parse("2027-01-11T14:00:00Z");

    final ApiClient api;
    final TestJwts jwts;
    final JdbcClient jdbc;
    final CatalogueFixture catalogue;
    final String staff;

    BookingFixture(ApiClient api, TestJwts jwts, JdbcClient jdbc) {
        this.api = api;
        this.jwts = jwts;
        this.jdbc = jdbc;
        this.catalogue = new CatalogueFixture(api, jwts);
        this.staff = jwts.staff(UUID.randomUUID());
    }

    /** Where and with whom a test books. */
    record World(UUID branchId, UUID staffId, UUID serviceId) {}

    /** A nail trim (20 min per pet, no buffer) with one staff member at a new branch. */
    World world() {
        return world("IN_STORE", "PER_PET", 20, 0, 0);
    }

    World world(String place, String pricing, int minutes, int bufferBefore, int bufferAfter) {
        UUID branch = catalogue.branch("America/Montreal", CatalogueFixture.ranges(EVERY_DAY, "08:00", "20:00"));
        UUID member = catalogue.staffMember("Cynthia Lemay");
        UUID service = catalogue.service(place, pricing, minutes, bufferBefore, bufferAfter, List.of(branch), member);
        catalogue.staffHours(member, List.of(service), CatalogueFixture.work(branch, EVERY_DAY, "08:00-20:00"), null);
        return new World(branch, member, service);
    }

    /** A second staff member giving the world's service at its branch. */
    UUID colleague(World world, String name) {
        UUID member = catalogue.staffMember(name);
        catalogue.staffHours(
                member,
                List.of(world.serviceId()),
                CatalogueFixture.work(world.branchId(), EVERY_DAY, "08:00-20:00"),
                null);
        return member;
    }

    /** A client with one pet booking knows of (as if the registry had announced it). */
    Client client(String givenName, String petName) {
        UUID id = UUID.randomUUID();
        Client client = new Client(id, jwts.client(id, null, givenName, "Tremblay"), List.of(), List.of());
        return client.withPet(pet(id), petName);
    }

    /** A pet in booking's copy, as pet-added would record it. */
    UUID pet(UUID clientId) {
        UUID petId = UUID.randomUUID();
        jdbc.sql("insert into pet (id, client_id, archived, changed_at) values (?, ?, false, now())")
                .params(petId, clientId)
                .update();
        return petId;
    }

    record Client(UUID id, String token, List<UUID> petIds, List<String> petNames) {

        Client withPet(UUID petId, String name) {
            return new Client(
                    id,
                    token,
                    java.util.stream.Stream.concat(petIds.stream(), java.util.stream.Stream.of(petId))
                            .toList(),
                    java.util.stream.Stream.concat(petNames.stream(), java.util.stream.Stream.of(name))
                            .toList());
        }
    }

    /** {@code days} after the clock's date ({@link #NOW}), at this local time in Montreal. */
    static Instant at(int days, String localTime) {
        LocalDate date = NOW.atZone(MONTREAL).toLocalDate().plusDays(days);
        return date.atTime(LocalTime.parse(localTime)).atZone(MONTREAL).toInstant();
    }

    static String booking(Client client, World world, Instant start, String extra) {
        return booking(client.id(), world, world.staffId(), start, client.petIds(), client.petNames(), extra);
    }

    static String booking(
            UUID clientId,
            World world,
            UUID staffId,
            Instant start,
            List<UUID> petIds,
            List<String> petNames,
            String extra) {
        return """
                {"clientId": "%s", "serviceId": "%s", "branchId": "%s", "staffId": "%s", "start": "%s",
                 "petIds": %s, "petNames": %s%s}""".formatted(
                        clientId,
                        world.serviceId(),
                        world.branchId(),
                        staffId,
                        start,
                        CatalogueFixture.ids(petIds),
                        petNames.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(",", "[", "]")),
                        extra == null ? "" : ", " + extra);
    }

    /** Books and expects it to work: the new appointment. */
    JsonNode book(String token, String body) {
        ApiClient.Response booked = api.post("/api/bookings", token, body);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json();
    }

    JsonNode book(Client client, World world, Instant start) {
        return book(client.token(), booking(client, world, start, null));
    }

    long appointments(UUID clientId) {
        return jdbc.sql("select count(*) from appointment where client_id = ?")
                .param(clientId)
                .query(Long.class)
                .single();
    }
}
