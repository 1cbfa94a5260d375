package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.registry.RecordingIdentityAccounts;
import ca.clientele.registry.RegistryTestDoubles.KnownPlaces;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The record's sections (addresses, general, status, options, e-mail) as clients and staff change them. */
class ClientRecordIT extends RegistryApiSupport {

    @Test
    void addressesAreNormalisedGeocodedWhenFoundAndAnnouncedByNameOnly() {
        Someone client = client("Hélène", "Brassard");
        String path = "/api/clients/" + client.id() + "/addresses";

        ApiClient.Response billing = put(path, client.token(), """
                {"billingAddress":{"line1":" 123 rue Saint-Denis ","line2":"","city":"Montréal","province":"qc",
                                   "postalCode":"h2x1k4","country":"CA"},
                 "shippingAddress":null,"version":0}""");
        assertThat(billing.status()).isEqualTo(200);
        JsonNode address = billing.json().get("billingAddress");
        assertThat(address.get("line1").asString()).isEqualTo("123 rue Saint-Denis");
        assertThat(address.get("line2").isNull()).isTrue();
        assertThat(address.get("province").asString()).isEqualTo("QC");
        assertThat(address.get("postalCode").asString()).isEqualTo("H2X 1K4");
        assertThat(address.get("country").asString()).isEqualTo("CA");
        assertThat(billing.json().get("shippingAddress").isNull()).isTrue();
        // Asked, not found (as with the default manual-entry geocoder): no coordinates invented.
        assertThat(places.asked()).anySatisfy(asked -> assertThat(asked.line1()).isEqualTo("123 rue Saint-Denis"));
        assertThat(billing.json().get("latitude").isNull()).isTrue();
        assertThat(billing.json().get("version").asLong()).isEqualTo(1);

        ApiClient.Response shipping = put(path, client.token(), """
                {"billingAddress":{"line1":"123 rue Saint-Denis","city":"Montréal","province":"QC","postalCode":"H2X 1K4"},
                 "shippingAddress":{"line1":"1 chemin du Pôle","line2":"App. 2","city":"Montréal","province":"QC",
                                    "postalCode":"%s","country":"ca"},
                 "version":1}""".formatted(KnownPlaces.KNOWN));
        assertThat(shipping.status()).isEqualTo(200);
        JsonNode located = shipping.json();
        assertThat(located.get("shippingAddress").get("line2").asString()).isEqualTo("App. 2");
        assertThat(located.get("latitude").decimalValue()).isEqualByComparingTo(KnownPlaces.FOUND.latitude());
        assertThat(located.get("longitude").decimalValue()).isEqualByComparingTo(KnownPlaces.FOUND.longitude());

        List<String> updates = events.await(client.id(), "client-updated", 2);
        assertThat(changedFields(updates.get(0))).containsExactly("billingAddress");
        assertThat(changedFields(updates.get(1))).containsExactly("shippingAddress", "latitude", "longitude");
        for (String raw : updates) {
            EventSchemas.assertValid("client-updated", raw);
            assertThat(raw).doesNotContain("Saint-Denis", "H2X", "Pôle", "45.50");
        }

        ApiClient.Response same = put(path, client.token(), """
                {"billingAddress":{"line1":"123 rue Saint-Denis","city":"Montréal","province":"QC","postalCode":"H2X 1K4"},
                 "shippingAddress":{"line1":"1 chemin du Pôle","line2":"App. 2","city":"Montréal","province":"QC",
                                    "postalCode":"%s"},
                 "version":2}""".formatted(KnownPlaces.KNOWN));
        assertThat(same.json().get("version").asLong()).as("nothing changed").isEqualTo(2);
    }

    @Test
    void staffSetTheGeneralSectionAndItsNotesNeverReachTheClient() {
        Someone client = client("Olivier", "Gauthier");
        UUID branch = UUID.randomUUID();
        LocalDate endsOn = LocalDate.now(ZoneId.of("America/Montreal")).plusDays(30);
        String note = "Chien nerveux, sonner deux fois";

        ApiClient.Response general =
                put("/api/clients/" + client.id() + "/general", staff(), """
                {"latitude":45.5101,"longitude":-73.5673,"preferredBranchId":"%s","discountPercent":10,
                 "discountEndsOn":"%s","notes":"%s","version":0}""".formatted(branch, endsOn, note));
        assertThat(general.status()).isEqualTo(200);
        JsonNode staffView = general.json();
        assertThat(staffView.get("notes").asString()).isEqualTo(note);
        assertThat(staffView.get("latitude").decimalValue()).isEqualByComparingTo("45.5101");
        assertThat(staffView.get("longitude").decimalValue()).isEqualByComparingTo("-73.5673");
        assertThat(staffView.get("preferredBranchId").asString()).isEqualTo(branch.toString());
        assertThat(staffView.get("discount").get("percent").decimalValue()).isEqualByComparingTo("10");
        assertThat(staffView.get("discount").get("endsOn").asString()).isEqualTo(endsOn.toString());

        String changed = events.first(client.id(), "client-updated");
        EventSchemas.assertValid("client-updated", changed);
        assertThat(changedFields(changed))
                .containsExactly(
                        "latitude", "longitude", "preferredBranchId", "discountPercent", "discountEndsOn", "notes");
        assertThat(changed).doesNotContain("nerveux", "45.51");
        // Billing's copy of the discount: values only.
        String billing = events.first(client.id(), "client-billing-changed");
        EventSchemas.assertValid("client-billing-changed", billing);
        JsonNode terms = ClientEvents.data(billing);
        assertThat(terms.get("discountPercent").decimalValue()).isEqualByComparingTo("10");
        assertThat(terms.get("discountEndsOn").asString()).isEqualTo(endsOn.toString());
        assertThat(terms.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(terms.get("preferredLanguage").asString()).isEqualTo("fr");
        assertThat(billing).doesNotContain("nerveux", "45.51");

        // Everything a client can call answers the record without the notes, not even as null.
        String path = "/api/clients/" + client.id();
        List<ApiClient.Response> clientResponses = List.of(
                api.get("/api/clients/me", client.token()),
                api.get(path, client.token()),
                put(path + "/profile", client.token(), """
                        {"firstName":"Olivier","lastName":"Gauthier","bio":"Deux chats.","version":1}"""),
                put(path + "/addresses", client.token(), """
                        {"billingAddress":{"line1":"9 rue Ontario","city":"Montréal","province":"QC",
                                           "postalCode":"H2L 1N8"},"shippingAddress":null,"version":2}"""),
                put(path + "/options", client.token(), """
                        {"newsletter":true,"sms":false,"version":3}"""),
                put(path + "/email", client.token(), """
                        {"email":"olivier.%s@exemple.ca","version":4}""".formatted(UUID.randomUUID())));
        for (ApiClient.Response response : clientResponses) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().has("notes")).isFalse();
            assertThat(response.body()).doesNotContain("\"notes\"", "nerveux");
            assertThat(response.json().get("discount").get("percent").decimalValue())
                    .isEqualByComparingTo("10");
        }
        assertThat(stored(client.id()).get("notes").asString()).isEqualTo(note);

        ApiClient.Response noDiscount = put(path + "/general", staff(), """
                {"latitude":null,"longitude":null,"discountPercent":0,"notes":"  ","version":5}""");
        assertThat(noDiscount.status()).isEqualTo(200);
        assertThat(noDiscount.json().get("discount").isNull()).isTrue();
        assertThat(noDiscount.json().get("latitude").isNull()).isTrue();
        assertThat(noDiscount.json().get("notes").isNull()).isTrue();
        assertThat(noDiscount.json().get("preferredBranchId").isNull()).isTrue();
    }

    @Test
    void aStatusChangeRecordsWhoWhenAndWhyAndABanLocksTheAccount() {
        Someone client = client("Kevin", "Lapointe");
        String path = "/api/clients/" + client.id() + "/status";

        ApiClient.Response noReason = put(path, staff(), "{\"status\":\"BANNED\",\"reason\":\" \",\"version\":0}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(Problems.errors(noReason))
                .containsExactly(Map.entry("reason", "Indiquez une raison pour suspendre ou bannir un client."));

        Instant before = Instant.now();
        ApiClient.Response banned = put(path, staff(), """
                {"status":"BANNED","reason":"Propos agressifs envers une technicienne","version":0}""");
        assertThat(banned.status()).isEqualTo(200);
        JsonNode record = banned.json();
        assertThat(record.get("status").asString()).isEqualTo("BANNED");
        assertThat(record.get("statusReason").asString()).isEqualTo("Propos agressifs envers une technicienne");
        assertThat(record.get("statusChangedBy").asString()).isEqualTo(STAFF.toString());
        assertThat(record.get("statusChangedByName").asString()).isEqualTo("Cynthia Lemay");
        assertThat(Instant.parse(record.get("statusChangedAt").asString()))
                .isCloseTo(before, within(Duration.ofMinutes(1)));
        assertThat(identity.operationsFor(client.id())).containsExactly("disable-and-logout");
        assertThat(identity.isEnabled(client.id())).isFalse();

        String statusChanged = events.first(client.id(), "client-status-changed");
        EventSchemas.assertValid("client-status-changed", statusChanged);
        JsonNode data = ClientEvents.data(statusChanged);
        assertThat(data.get("from").asString()).isEqualTo("ACTIVE");
        assertThat(data.get("to").asString()).isEqualTo("BANNED");
        assertThat(data.get("changedBy").asString()).isEqualTo(STAFF.toString());
        assertThat(statusChanged).doesNotContain("agressifs", "Cynthia");
        String billingTerms = events.first(client.id(), "client-billing-changed");
        EventSchemas.assertValid("client-billing-changed", billingTerms);
        assertThat(ClientEvents.data(billingTerms).get("status").asString()).isEqualTo("BANNED");
        assertThat(billingTerms).doesNotContain("agressifs", "Cynthia");

        assertThat(put(path, staff(), "{\"status\":\"ACTIVE\",\"reason\":null,\"version\":1}")
                        .json()
                        .get("statusReason")
                        .isNull())
                .isTrue();
        assertThat(identity.operationsFor(client.id())).containsExactly("disable-and-logout", "enable");
        assertThat(identity.isEnabled(client.id())).isTrue();
        assertThat(put(path, staff(), "{\"status\":\"INACTIVE\",\"version\":2}").status())
                .isEqualTo(200);
        assertThat(identity.operationsFor(client.id()))
                .as("only bans touch the account")
                .hasSize(2);

        // Keycloak down: the ban is refused with a 503 and the record stays as it was.
        JsonNode inactive = stored(client.id());
        long outboxBefore = outboxEvents(client.id());
        identity.breakFor(client.id());
        try {
            ApiClient.Response unavailable =
                    put(path, staff(), "{\"status\":\"BANNED\",\"reason\":\"Fraude\",\"version\":3}");
            assertThat(unavailable.status()).isEqualTo(503);
            assertThat(unavailable.isProblem()).isTrue();
            assertThat(unavailable.json().get("detail").asString()).startsWith("Le service de connexion");
        } finally {
            identity.repair(client.id());
        }
        JsonNode after = stored(client.id());
        assertThat(after.get("status").asString()).isEqualTo("INACTIVE");
        assertThat(after).isEqualTo(inactive);
        assertThat(outboxEvents(client.id())).isEqualTo(outboxBefore);
    }

    @Test
    void optionsKeepAConsentRecordOfEachChangeAndTwoFactorFollowsKeycloak() {
        Someone client = client("Maude", "Pelletier");
        String path = "/api/clients/" + client.id() + "/options";

        JsonNode fresh = api.get("/api/clients/me", client.token()).json().get("options");
        assertThat(fresh.toString())
                .isEqualTo("{\"newsletter\":false,\"sms\":false,\"twoFactor\":false,\"twoFactorState\":\"OFF\"}");

        JsonNode byClient = put(path, client.token(), "{\"newsletter\":true,\"sms\":false,\"version\":0}")
                .json()
                .get("options");
        assertThat(byClient.get("newsletter").asBoolean()).isTrue();
        assertThat(identity.operationsFor(client.id())).isEmpty();

        JsonNode byStaff = put(path, staff(), "{\"newsletter\":true,\"sms\":true,\"twoFactor\":true,\"version\":1}")
                .json()
                .get("options");
        assertThat(byStaff.get("sms").asBoolean()).isTrue();
        assertThat(byStaff.get("twoFactor").asBoolean()).isTrue();
        assertThat(byStaff.get("twoFactorState").asString()).isEqualTo("PENDING");
        assertThat(identity.operationsFor(client.id())).containsExactly("require-two-factor");

        identity.enrolTwoFactor(client.id()); // the client enrols at their next sign-in
        // A record shows the state read at most clientele.keycloak.two-factor-ttl ago (ADR 0010)...
        assertThat(api.get("/api/clients/me", client.token())
                        .json()
                        .get("options")
                        .get("twoFactorState")
                        .asString())
                .isEqualTo("PENDING");
        assertThat(identity.operationsFor(client.id())).containsExactly("require-two-factor");

        // ...but a change is decided on what Keycloak says now: enrolled, so turning it off removes it.
        JsonNode off = put(
                        path, client.token(), "{\"newsletter\":false,\"sms\":true,\"twoFactor\":false,\"version\":2}")
                .json()
                .get("options");
        assertThat(off.get("twoFactorState").asString()).isEqualTo("OFF");
        assertThat(identity.operationsFor(client.id())).containsExactly("require-two-factor", "remove-two-factor");

        ApiClient.Response consents = api.get("/api/clients/" + client.id() + "/consents", client.token());
        assertThat(consents.status()).isEqualTo(200);
        List<JsonNode> history =
                StreamSupport.stream(consents.json().spliterator(), false).toList();
        assertThat(history).hasSize(5);
        assertThat(history.subList(0, 2))
                .extracting(c -> c.get("option").asString() + "="
                        + c.get("granted").asBoolean() + " " + c.get("channel").asString() + " "
                        + c.get("changedBy").asString())
                .containsExactlyInAnyOrder(
                        "NEWSLETTER=false PORTAL " + client.id(), "TWO_FACTOR=false PORTAL " + client.id());
        assertThat(history.subList(2, 4))
                .extracting(c -> c.get("option").asString() + "="
                        + c.get("granted").asBoolean() + " " + c.get("channel").asString() + " "
                        + c.get("changedBy").asString())
                .containsExactlyInAnyOrder("SMS=true ADMIN " + STAFF, "TWO_FACTOR=true ADMIN " + STAFF);
        assertThat(history.get(4).get("option").asString()).isEqualTo("NEWSLETTER");
        assertThat(history.get(4).get("channel").asString()).isEqualTo("PORTAL");
        assertThat(Instant.parse(history.get(0).get("changedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(history.get(4).get("changedAt").asString()));
        assertThat(api.get("/api/clients/" + client.id() + "/consents", staff()).json())
                .isEqualTo(consents.json());

        List<String> changed = events.await(client.id(), "options-changed", 3);
        changed.forEach(raw -> EventSchemas.assertValid("options-changed", raw));
        JsonNode staffChange = ClientEvents.data(changed.get(1));
        assertThat(staffChange.get("changedOptions").toString()).isEqualTo("[\"SMS\",\"TWO_FACTOR\"]");
        assertThat(staffChange.get("channel").asString()).isEqualTo("ADMIN");
        assertThat(staffChange.get("changedBy").asString()).isEqualTo(STAFF.toString());

        // Keycloak down: the record is still served (with the state last read), a two-factor change is refused.
        identity.breakFor(client.id());
        try {
            assertThat(api.get("/api/clients/me", client.token())
                            .json()
                            .get("options")
                            .get("twoFactorState")
                            .asString())
                    .isEqualTo("OFF");
            ApiClient.Response refused =
                    put(path, client.token(), "{\"newsletter\":true,\"sms\":true,\"twoFactor\":true,\"version\":3}");
            assertThat(refused.status()).isEqualTo(503);
        } finally {
            identity.repair(client.id());
        }
        assertThat(stored(client.id()).get("version").asLong()).isEqualTo(3);
        assertThat(api.get("/api/clients/" + client.id() + "/consents", client.token())
                        .json()
                        .size())
                .isEqualTo(5);
    }

    @Test
    void anEmailChangeGoesToKeycloakAndAnEmailInUseIsAConflict() {
        Someone alice = client("Alice", "Gagnon");
        Someone bob = client("Bob", "Roy");
        String path = "/api/clients/" + alice.id() + "/email";

        ApiClient.Response taken = put(
                path,
                alice.token(),
                "{\"email\":\"%s\",\"version\":0}".formatted(bob.email().toUpperCase()));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.isProblem()).isTrue();
        assertThat(taken.json().get("detail").asString())
                .isEqualTo("Cette adresse courriel est déjà utilisée par un autre client.");
        assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("email");

        String newEmail = "alice.nouvelle." + alice.id() + "@exemple.ca";
        ApiClient.Response changed =
                put(path, alice.token(), "{\"email\":\"%s\",\"version\":0}".formatted(newEmail.toUpperCase()));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("email").asString()).isEqualTo(newEmail);
        assertThat(identity.callsFor(alice.id()))
                .containsExactly(new RecordingIdentityAccounts.Call("change-email-and-verify", alice.id(), newEmail));
        String updated = events.first(alice.id(), "client-updated");
        EventSchemas.assertValid("client-updated", updated);
        assertThat(changedFields(updated)).containsExactly("email");
        assertThat(updated).doesNotContain("nouvelle");
        assertThat(api.get("/api/clients?q=" + newEmail, staff())
                        .json()
                        .get("content")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(alice.id().toString());

        // Keycloak knows the address (an account without a record yet): 409, and nothing stored.
        String keycloakOnly = "deja." + UUID.randomUUID() + "@exemple.ca";
        identity.existingAccount(UUID.randomUUID(), keycloakOnly);
        ApiClient.Response refused =
                put(path, alice.token(), "{\"email\":\"%s\",\"version\":1}".formatted(keycloakOnly));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(stored(alice.id()).get("email").asString()).isEqualTo(newEmail);
        assertThat(stored(alice.id()).get("version").asLong()).isEqualTo(1);
    }

    private static List<String> changedFields(String rawEvent) {
        return StreamSupport.stream(
                        ClientEvents.data(rawEvent).get("changedFields").spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }

    /** The client's events in the outbox, without the audit trail's (each staff read adds one, issue 12). */
    private long outboxEvents(UUID clientId) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?"
                        + " and serialized_event not like '%client-record-accessed%'")
                .param("%" + clientId + "%")
                .query(Long.class)
                .single();
    }
}
