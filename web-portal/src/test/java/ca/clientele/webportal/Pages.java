package ca.clientele.webportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import ca.clientele.webportal.RegistryStub.Received;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test callers (as the gateway relays them) and parsed pages. */
final class Pages {

    static final UUID FRANCIS_ID = UUID.fromString("7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10");
    static final String CLIENT_TOKEN = "client-access-token-123";

    /** Francis's record as the registry returns it, with fields this portal does not know. */
    static final String FRANCIS = """
            {"id":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","firstName":"Francis","lastName":"Marceau",
             "displayName":"Francis Marceau","email":"francis.marceau@exemple.ca","status":"ACTIVE",
             "createdAt":"2026-11-22T19:05:00Z","version":0,"preferredBranch":null,"pets":[]}
            """;

    static final String NOT_FOUND = """
            {"type":"about:blank","title":"Introuvable","status":404,"detail":"La ressource demandée est introuvable."}
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Pages() {}

    /**
     * A client whose TOKEN names differ from the registry record: the page must show the record.
     */
    static RequestPostProcessor client() {
        return jwt().jwt(token -> token.tokenValue(CLIENT_TOKEN)
                        .subject(FRANCIS_ID.toString())
                        .claim("given_name", "Jeton")
                        .claim("family_name", "Différent")
                        .claim("email", "jeton@exemple.ca"))
                .authorities(new SimpleGrantedAuthority("ROLE_client"));
    }

    static RequestPostProcessor staff() {
        return jwt().jwt(token -> token.tokenValue("staff-token")
                        .subject(UUID.randomUUID().toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_staff"));
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static Element testId(Element page, String id) {
        Element element = page.selectFirst("[data-testid=" + id + "]");
        assertThat(element).as("element with data-testid=%s", id).isNotNull();
        return element;
    }

    /** The JSON body of the last {@code method path} the portal sent to the stub. */
    static JsonNode sent(String method, String path) {
        Received call = RegistryStub.INSTANCE.received().reversed().stream()
                .filter(received ->
                        received.method().equals(method) && received.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " was sent"));
        return json(call.body());
    }

    /** The portal sent exactly this JSON (the contract's body) with its last {@code method path}. */
    static void assertSent(String method, String path, String expectedJson) {
        assertThat(sent(method, path)).as("%s %s body", method, path).isEqualTo(json(expectedJson));
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
