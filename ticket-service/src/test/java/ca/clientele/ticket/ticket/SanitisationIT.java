package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every vector of the OWASP XSS filter evasion cheat sheet ({@code xss-vectors.txt}) posted as a message comes back
 * inert: only the editor's tags, none with an attribute, so no script, no event handler and no URL of any scheme.
 */
@TicketIntegrationTest
class SanitisationIT {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ALLOWED = Pattern.compile("</?(p|br|strong|b|em|i|u|ul|ol|li)\\s*/?>");

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Test
    void everyVectorOfTheCheatSheetRendersInert() throws IOException {
        List<String> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(50);
        TicketApi api = new TicketApi(port);
        UUID clientId = UUID.randomUUID();
        String client = jwts.client(clientId, null, "Mallory", "Pirate");
        String ticket =
                api.open(client, clientId, "Essais", "Bonjour").get("id").asString();

        int stored = 0;
        for (String vector : vectors) {
            ApiClient.Response posted = api.http.post(
                    "/api/tickets/" + ticket + "/messages",
                    client,
                    "{\"body\": %s}".formatted(TicketApi.quote(vector)));
            if (posted.status() == 400) {
                // Nothing readable left once sanitised: refused as an empty message, which is inert too.
                assertThat(posted.json().get("errors").get(0).get("field").asString())
                        .isEqualTo("body");
                continue;
            }
            assertThat(posted.status()).as(vector).isEqualTo(201);
            assertInert(vector, posted.json().get("body").asString());
            stored++;
        }
        assertThat(stored)
                .as("vectors with text around the markup keep that text")
                .isPositive();

        JsonNode all = api.http
                .get("/api/tickets/" + ticket + "/messages?size=100", jwts.staff(UUID.randomUUID()))
                .json();
        for (JsonNode message : all.get("content")) {
            assertInert("stored", message.get("body").asString());
        }
    }

    @Test
    void theEditorsMarkupIsKeptAndPlainTextBecomesEscapedParagraphs() {
        TicketApi api = new TicketApi(port);
        UUID clientId = UUID.randomUUID();
        String client = jwts.client(clientId, null, "Anne", "Roy");
        String ticket =
                api.open(client, clientId, "Mise en forme", "Bonjour").get("id").asString();

        String rich =
                "<p><strong>Gras</strong> <em>italique</em> <u>souligné</u></p><ul><li>un</li></ul><ol><li>deux</li></ol>";
        assertThat(api.reply(client, ticket, rich).get("body").asString()).isEqualTo(rich);
        assertThat(api.reply(client, ticket, "1 < 2 & 3 > 2\nligne deux\n\nParagraphe « deux »")
                        .get("body")
                        .asString())
                .isEqualTo("<p>1 &lt; 2 &amp; 3 &gt; 2<br />ligne deux</p><p>Paragraphe « deux »</p>");
        assertThat(api.reply(
                                client,
                                ticket,
                                "<p style=\"color:red\" class=\"x\">Style</p><a href=\"https://x.ca\">lien</a>")
                        .get("body")
                        .asString())
                .isEqualTo("<p>Style</p>lien");
    }

    private static void assertInert(String vector, String body) {
        assertThat(body.toLowerCase()).as(vector).doesNotContain("<script", "<img", "<iframe", "<svg", "<style");
        Matcher tags = TAG.matcher(body);
        while (tags.find()) {
            assertThat(tags.group()).as(vector).matches(ALLOWED);
        }
    }

    private static List<String> vectors() throws IOException {
        try (InputStream in = SanitisationIT.class.getResourceAsStream("/xss-vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }
}
