package ca.clientele.registry;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal values never reach the database readable: after a client and their pet are written
 * through the API, a raw read of EVERY table of the registry finds none of the values, neither as
 * text nor as the bytes of a bytea column.
 */
@ServiceIntegrationTest
class EncryptionAtRestIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noTableHoldsAKnownPersonalValue() {
        ApiClient api = new ApiClient(port);
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        UUID id = UUID.randomUUID();
        String email = "clandestin." + tag + "@exemple.ca";
        String token = jwts.client(id, email, "Prénomsecret" + tag, "Nomsecret" + tag);
        assertThat(api.post("/api/clients/me", token, null).status()).isEqualTo(201);
        int line = ThreadLocalRandom.current().nextInt(100, 1000);
        String mobile = "(514) 555-0" + line;
        String vetPhone = "450 555-0" + line;
        assertThat(api.put("/api/clients/" + id + "/profile", token, """
                        {"firstName":"Prénomsecret%1$s","lastName":"Nomsecret%1$s","displayName":"Affichagesecret%1$s",
                         "mobilePhone":"%2$s","bio":"Biosecrète%1$s","version":0}
                        """.formatted(tag, mobile))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/clients/" + id + "/pets", token, """
                        {"name":"Petsecret%1$s","species":"DOG","breed":"Racesecrète%1$s",
                         "veterinarianName":"Vetsecret%1$s","veterinarianPhone":"%2$s",
                         "behaviourNotes":"Comportementsecret%1$s","medicalNotes":"Allergiesecrète%1$s",
                         "photoReference":"Photosecrète%1$s"}
                        """.formatted(tag, vetPhone))
                        .status())
                .isEqualTo(201);

        List<String> secrets = List.of(
                "Prénomsecret" + tag,
                "Nomsecret" + tag,
                "Affichagesecret" + tag,
                email,
                "5145550" + line,
                vetPhone,
                "Biosecrète" + tag,
                "Petsecret" + tag,
                "Racesecrète" + tag,
                "Vetsecret" + tag,
                "Comportementsecret" + tag,
                "Allergiesecrète" + tag,
                "Photosecrète" + tag);

        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                .query(String.class)
                .list();
        assertThat(tables).contains("client", "client_search_token", "pet", "pet_search_token", "event_publication");
        for (String table : tables) {
            List<String> rows = jdbc.sql("select t::text from \"" + table + "\" t")
                    .query(String.class)
                    .list();
            String dump = String.join("\n", rows).toLowerCase(Locale.ROOT);
            for (String secret : secrets) {
                String lower = secret.toLowerCase(Locale.ROOT);
                assertThat(dump).as(table).doesNotContain(lower);
                assertThat(dump)
                        .as(table + " (as bytea)")
                        .doesNotContain(HexFormat.of().formatHex(lower.getBytes(StandardCharsets.UTF_8)))
                        .doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
            }
        }
        // The values are there, encrypted: the API reads them back.
        assertThat(api.get("/api/clients/" + id + "/pets", token).body()).contains("Allergiesecrète" + tag);
    }
}
