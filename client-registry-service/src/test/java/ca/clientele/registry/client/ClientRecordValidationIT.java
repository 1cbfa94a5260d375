package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bad input on every write: a 400 problem whose field errors follow the caller's language, unknown
 * fields and wrong types refused, a stale version a 409 — and the stored record is unchanged.
 */
class ClientRecordValidationIT extends RegistryApiSupport {

    @Test
    void badAddressesAreFieldErrorsInFrenchAndEnglishAndChangeNothing() {
        Someone client = client("Annie", "Bouchard");
        String path = "/api/clients/" + client.id() + "/addresses";
        assertThat(put(path, client.token(), """
                        {"billingAddress":{"line1":"5 rue Rachel","city":"Montréal","province":"QC",
                                           "postalCode":"H2J 2H1"},"shippingAddress":null,"version":0}""").status()).isEqualTo(200);
        JsonNode before = stored(client.id());
        String bad = """
                {"billingAddress":{"line1":"","city":"Montréal","province":"XX","postalCode":"D1A 1A1","country":"US"},
                 "shippingAddress":{"line1":"1 rue A","city":"Laval","province":"QC","postalCode":"W1A 1A1"},
                 "version":1}""";

        ApiClient.Response fr = put(path, client.token(), bad, "fr-CA");
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(Problems.errors(fr))
                .containsEntry("billingAddress.line1", "ne doit pas être vide")
                .containsEntry(
                        "billingAddress.province",
                        "Choisissez un code de province ou de territoire (AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT).")
                .containsEntry("billingAddress.postalCode", "Entrez un code postal canadien comme H2X 1K4.")
                .containsEntry("billingAddress.country", "Seules les adresses canadiennes (CA) sont acceptées.")
                .containsEntry("shippingAddress.postalCode", "Entrez un code postal canadien comme H2X 1K4.")
                .hasSize(5);
        ApiClient.Response en = put(path, client.token(), bad, "en");
        assertThat(Problems.errors(en))
                .containsEntry("billingAddress.line1", "must not be blank")
                .containsEntry("billingAddress.postalCode", "Enter a Canadian postal code such as H2X 1K4.");

        String tenMegabytes = "a".repeat(10 * 1024 * 1024);
        ApiClient.Response huge = put(path, client.token(), """
                {"billingAddress":{"line1":"%s","city":"Montréal","province":"QC","postalCode":"H2J 2H1"},
                 "version":1}""".formatted(tenMegabytes));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(Problems.errors(huge)).containsOnlyKeys("billingAddress.line1");
        assertThat(huge.body()).doesNotContain("Exception", "at ca.");

        assertThat(stored(client.id())).isEqualTo(before);
    }

    @Test
    void aBadGeneralSectionIsRefusedFieldByField() {
        Someone client = client("Bruno", "Lavoie");
        String path = "/api/clients/" + client.id() + "/general";
        JsonNode before = stored(client.id());
        LocalDate today = LocalDate.now(ZoneId.of("America/Montreal"));

        ApiClient.Response outOfRange = put(path, staff(), """
                {"latitude":91,"longitude":-180.5,"discountPercent":150,"notes":"%s","version":0}""".formatted("n".repeat(4001)), "fr-CA");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(Problems.errors(outOfRange))
                .containsEntry("latitude", "La latitude est comprise entre -90 et 90.")
                .containsEntry("longitude", "La longitude est comprise entre -180 et 180.")
                .containsEntry("discountPercent", "Un rabais est compris entre 0 et 100 %.")
                .containsKey("notes");

        ApiClient.Response rules = put(path, staff(), """
                {"latitude":45.5,"discountPercent":10.125,"discountEndsOn":"%s","version":0}""".formatted(today.minusDays(1)), "en");
        assertThat(Problems.errors(rules))
                .containsEntry("longitude", "Enter both latitude and longitude, or neither.")
                .containsEntry("discountPercent", "At most 2 decimals.")
                .containsEntry("discountEndsOn", "The end date cannot be in the past.");
        ApiClient.Response endWithoutDiscount =
                put(path, staff(), "{\"discountEndsOn\":\"%s\",\"version\":0}".formatted(today.plusDays(3)), "en");
        assertThat(Problems.errors(endWithoutDiscount))
                .containsExactly(Map.entry("discountEndsOn", "An end date needs a discount percentage."));

        assertThat(stored(client.id())).isEqualTo(before);
    }

    @Test
    void unknownFieldsWrongTypesAndMissingVersionsAreRefusedOnEveryWrite() {
        Someone client = client("Chloé", "Bergeron");
        String record = "/api/clients/" + client.id();
        JsonNode before = stored(client.id());
        String address = "{\"line1\":\"1 rue A\",\"city\":\"Laval\",\"province\":\"QC\",\"postalCode\":\"H7A 1A1\"";
        List<Write> writes = List.of(
                new Write(
                        record + "/addresses",
                        client.token(),
                        "{\"billingAddress\":null,\"version\":0,\"pays\":\"CA\"}"),
                new Write(
                        record + "/addresses",
                        client.token(),
                        "{\"billingAddress\":" + address + ",\"appartement\":\"3\"},\"version\":0}"),
                new Write(record + "/addresses", client.token(), "{\"billingAddress\":\"1 rue A\",\"version\":0}"),
                new Write(
                        record + "/profile",
                        client.token(),
                        "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"x@y.ca\",\"version\":0}"),
                new Write(record + "/general", staff(), "{\"secret\":1,\"version\":0}"),
                new Write(record + "/general", staff(), "{\"latitude\":\"nord\",\"version\":0}"),
                new Write(record + "/status", staff(), "{\"status\":\"ACTIVE\",\"motif\":\"x\",\"version\":0}"),
                new Write(record + "/status", staff(), "{\"status\":\"PARTI\",\"version\":0}"),
                new Write(
                        record + "/options",
                        client.token(),
                        "{\"newsletter\":true,\"sms\":true,\"fax\":true,\"version\":0}"),
                new Write(
                        record + "/options",
                        client.token(),
                        "{\"newsletter\":\"peut-être\",\"sms\":true,\"version\":0}"),
                new Write(
                        record + "/options",
                        client.token(),
                        "{\"newsletter\":true,\"sms\":true,\"version\":\"trois\"}"),
                new Write(
                        record + "/email",
                        client.token(),
                        "{\"email\":\"c@exemple.ca\",\"verified\":true,\"version\":0}"),
                new Write(record + "/email", client.token(), "{\"email\":[\"c@exemple.ca\"],\"version\":0}"));
        for (Write write : writes) {
            ApiClient.Response response = put(write.path(), write.token(), write.body());
            assertThat(response.status()).as(write.body()).isEqualTo(400);
            assertThat(response.isProblem()).as(write.body()).isTrue();
            assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "at ca.");
        }
        ApiClient.Response unknownOnCreate = api.post("/api/clients", staff(), """
                {"firstName":"A","lastName":"B","email":"a.%s@exemple.ca","password":"secret"}""".formatted(client.id()));
        assertThat(unknownOnCreate.status()).isEqualTo(400);

        ApiClient.Response noVersion = put(record + "/options", client.token(), "{\"newsletter\":true,\"sms\":true}");
        assertThat(Problems.errors(noVersion)).containsOnlyKeys("version");
        ApiClient.Response badEmail =
                put(record + "/email", client.token(), "{\"email\":\"pas-un-courriel\",\"version\":0}", "en");
        assertThat(Problems.errors(badEmail))
                .containsExactly(Map.entry("email", "Enter an e-mail address such as name@example.com."));

        assertThat(stored(client.id())).isEqualTo(before);
        assertThat(identity.operationsFor(client.id())).isEmpty();
    }

    @Test
    void aNewClientNeedsNamesAValidEmailAndPhone() {
        ApiClient.Response fr = api.send("POST", "/api/clients", staff(), """
                {"firstName":" ","email":"pas-un-courriel","mobilePhone":"12345","preferredLanguage":"de"}""", "fr-CA");
        assertThat(fr.status()).isEqualTo(400);
        assertThat(Problems.errors(fr))
                .containsEntry("firstName", "ne doit pas être vide")
                .containsEntry("lastName", "ne doit pas être vide")
                .containsEntry("email", "Entrez une adresse courriel comme nom@exemple.ca.")
                .containsKeys("mobilePhone", "preferredLanguage");
    }

    @Test
    void aStaleVersionIsAConflictOnEveryWriteAndOverwritesNothing() {
        Someone client = client("Denis", "Poirier");
        String record = "/api/clients/" + client.id();
        assertThat(put(record + "/options", client.token(), "{\"newsletter\":true,\"sms\":false,\"version\":0}")
                        .status())
                .isEqualTo(200);
        JsonNode before = stored(client.id());
        List<Write> stale = List.of(
                new Write(
                        record + "/addresses",
                        client.token(),
                        "{\"billingAddress\":null,\"shippingAddress\":null," + "\"version\":0}"),
                new Write(
                        record + "/options",
                        client.token(),
                        "{\"newsletter\":false,\"sms\":true,\"twoFactor\":true," + "\"version\":0}"),
                new Write(
                        record + "/email",
                        client.token(),
                        "{\"email\":\"d.%s@exemple.ca\",\"version\":0}".formatted(client.id())),
                new Write(record + "/general", staff(), "{\"notes\":\"Écrasée?\",\"version\":0}"),
                new Write(record + "/status", staff(), "{\"status\":\"BANNED\",\"reason\":\"x\",\"version\":0}"));
        for (Write write : stale) {
            ApiClient.Response conflict = put(write.path(), write.token(), write.body());
            assertThat(conflict.status()).as(write.path()).isEqualTo(409);
            assertThat(conflict.json().get("detail").asString())
                    .isEqualTo("Quelqu'un d'autre a modifié cette fiche entre-temps. Rechargez-la et refaites votre"
                            + " modification.");
        }
        assertThat(stored(client.id())).isEqualTo(before);
        assertThat(identity.operationsFor(client.id()))
                .as("a stale write never reaches Keycloak")
                .isEmpty();
    }

    record Write(String path, String token, String body) {}
}
