package ca.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Branches, services and staff made through the API as an administrator would, for the catalogue and slot tests. */
public final class CatalogueFixture {

    public static final List<DayOfWeek> WEEKDAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final ApiClient api;
    private final String admin;

    public CatalogueFixture(ApiClient api, TestJwts jwts) {
        this.api = api;
        this.admin = jwts.admin(UUID.randomUUID());
    }

    public String admin() {
        return admin;
    }

    /** A branch in this zone with these opening hours ({@link #ranges}). */
    public UUID branch(String timezone, String hours) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ApiClient.Response created = api.post("/api/branches", admin, """
                {"code": "%s", "name": "Succursale %s", "timezone": "%s",
                 "address": {"street": "1, rue Saint-Denis", "city": "Montréal", "province": "QC", "postalCode": "H2J 2L3"}}""".formatted(code, code, timezone));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        ApiClient.Response changed =
                api.put("/api/branches/" + id + "/hours", admin, "{\"hours\": " + hours + ", \"version\": 0}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        return UUID.fromString(id);
    }

    /** Opening hours: the same range on each of these days, as JSON. */
    public static String ranges(List<DayOfWeek> days, String opens, String closes) {
        return days.stream()
                .map(day ->
                        "{\"dayOfWeek\": \"%s\", \"opens\": \"%s\", \"closes\": \"%s\"}".formatted(day, opens, closes))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** JSON arrays joined into one. */
    public static String joined(String... arrays) {
        return Arrays.stream(arrays)
                .map(array -> array.substring(1, array.length() - 1))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Working hours at a branch: the same ranges ("09:00-12:00") on each of these days, as JSON items. */
    public static String work(UUID branchId, List<DayOfWeek> days, String... ranges) {
        List<String> items = new ArrayList<>();
        for (DayOfWeek day : days) {
            for (String range : ranges) {
                String[] times = range.split("-");
                items.add("{\"branchId\": \"%s\", \"dayOfWeek\": \"%s\", \"starts\": \"%s\", \"ends\": \"%s\"}"
                        .formatted(branchId, day, times[0], times[1]));
            }
        }
        return String.join(",", items);
    }

    /** A staff member (a new Keycloak id) with no hours yet. */
    public UUID staffMember(String name) {
        UUID id = UUID.randomUUID();
        ApiClient.Response created = api.post("/api/staff", admin, """
                {"id": "%s", "name": "%s", "email": "tech@clientele.test"}""".formatted(id, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return id;
    }

    /** Gives the staff member these hours ({@link #work} items joined), services and home area (JSON or null). */
    public void staffHours(UUID staffId, List<UUID> serviceIds, String hours, String homeArea) {
        long version =
                api.get("/api/staff/" + staffId, admin).json().get("version").asLong();
        ApiClient.Response changed = api.put("/api/staff/" + staffId, admin, """
                {"name": "%s", "active": true, "serviceIds": %s, "hours": [%s], "homeArea": %s, "version": %d}""".formatted(
                api.get("/api/staff/" + staffId, admin).json().get("name").asString(),
                ids(serviceIds),
                hours,
                homeArea == null ? "null" : homeArea,
                version));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** A service at these branches given by these staff members. */
    public UUID service(
            String place, String pricing, int minutes, int before, int after, List<UUID> branchIds, UUID... staff) {
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ApiClient.Response created = api.post("/api/services", admin, """
                {"code": "%s", "nameFr": "Taille des griffes", "nameEn": "Nail trim", "durationMinutes": %d,
                 "price": 35.00, "taxable": true, "place": "%s", "pricing": "%s",
                 "bufferBeforeMinutes": %d, "bufferAfterMinutes": %d, "branchIds": %s, "staffIds": %s}""".formatted(
                        code, minutes, place, pricing, before, after, ids(branchIds), ids(Arrays.asList(staff))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    /** The field errors of a 400 problem: field → message (the first one when a field has several). */
    public static Map<String, String> errors(ApiClient.Response response) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .collect(Collectors.toMap(
                        node -> node.get("field").asString(),
                        node -> node.get("message").asString(),
                        (first, second) -> first,
                        LinkedHashMap::new));
    }

    public static String ids(List<UUID> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
