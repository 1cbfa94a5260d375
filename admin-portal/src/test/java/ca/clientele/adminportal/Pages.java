package ca.clientele.adminportal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test callers (as the gateway relays them), requests under /admin, and parsed pages. */
final class Pages {

    static final String STAFF_TOKEN = "staff-access-token-456";
    static final UUID FRANCIS_ID = UUID.fromString("7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10");
    static final UUID ELISE_ID = UUID.fromString("0c2d6f0e-8d0b-4d7f-b3e2-5a1f9d8c7b6a");
    static final String EVENT_ID = "5e0f7a1c-3b2d-4c9e-8f6a-2d1b0c9e8f7a";

    static final String FRANCIS = """
            {"id":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","firstName":"Francis","lastName":"Marceau",
             "displayName":"Francis Marceau","email":"francis.marceau@exemple.ca","status":"ACTIVE",
             "createdAt":"2026-11-22T19:05:00Z","version":3,"creditBalance":"0.00"}
            """;

    static final String TWO_CLIENTS = """
            {"content":[
              {"id":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","displayName":"Francis Marceau","firstName":"Francis",
               "lastName":"Marceau","email":"francis.marceau@exemple.ca","status":"ACTIVE","createdAt":"2026-11-22T19:05:00Z"},
              {"id":"0c2d6f0e-8d0b-4d7f-b3e2-5a1f9d8c7b6a","displayName":"Élise Béliveau","firstName":"Élise",
               "lastName":"Béliveau","email":"elise@exemple.ca","status":"SUSPENDED","createdAt":"2026-07-01T16:30:00Z"}],
             "page":{"number":0,"size":20,"totalElements":2,"totalPages":1}}
            """;

    /** The entry the registry's first-visit event becomes, title localized by the event service. */
    static final String TIMELINE = """
            {"content":[{"id":"5e0f7a1c-3b2d-4c9e-8f6a-2d1b0c9e8f7a","type":"ca.clientele.client.client-registered",
               "source":"/clientele/client-registry-service","occurredAt":"2026-11-22T19:05:00Z",
               "title":"Fiche client créée","subject":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10",
               "data":{"clientId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","channel":"SELF_REGISTRATION","pets":["Moka"]}}],
             "page":{"number":0,"size":20,"totalElements":1,"totalPages":1}}
            """;

    static final String NOT_FOUND = """
            {"type":"about:blank","title":"Introuvable","status":404,"detail":"La ressource demandée est introuvable."}
            """;

    private Pages() {}

    /** A GET under the portal's context path, as the gateway forwards it. */
    static MockHttpServletRequestBuilder get(String path) {
        return MockMvcRequestBuilders.get("/admin" + path).contextPath("/admin");
    }

    static RequestPostProcessor staff() {
        return jwt().jwt(token -> token.tokenValue(STAFF_TOKEN)
                        .subject(UUID.randomUUID().toString())
                        .claim("given_name", "Cynthia")
                        .claim("family_name", "Lemay"))
                .authorities(new SimpleGrantedAuthority("ROLE_staff"));
    }

    static RequestPostProcessor client() {
        return jwt().jwt(token -> token.tokenValue("client-token").subject(FRANCIS_ID.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_client"));
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
