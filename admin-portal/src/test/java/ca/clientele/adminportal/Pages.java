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

    // Ids in the fixtures below: booking-service's branches, Francis's pets, the staff member who banned him.
    static final String MONTREAL_BRANCH = "b1000000-0000-4000-8000-000000000001";
    static final String QUEBEC_BRANCH = "b2000000-0000-4000-8000-000000000002";
    static final String MOKA_ID = "a1000000-0000-4000-8000-0000000000aa";
    static final String STAFF_ID = "5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";

    /**
     * A whole record as the registry gives it to staff (docs/api/client-registry.md + addendum).
     * {@code creditBalance} is not in the contract: the portal must ignore it, not show it.
     */
    static final String FRANCIS = """
            {"id":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","firstName":"Francis","lastName":"Marceau",
             "displayName":"Francis Marceau","email":"francis.marceau@exemple.ca",
             "mobilePhone":"+15145550100","homePhone":null,"preferredLanguage":"fr",
             "bio":"Deux chats, Moka et Biscuit.",
             "status":"ACTIVE","statusReason":null,"statusChangedAt":null,"statusChangedBy":null,
             "statusChangedByName":null,
             "billingAddress":{"line1":"123 rue Saint-Denis","line2":null,"city":"Montréal","province":"QC",
                               "postalCode":"H2X 1K4","country":"CA"},
             "shippingAddress":null,"latitude":45.5101,"longitude":-73.5673,
             "preferredBranchId":"b1000000-0000-4000-8000-000000000001",
             "discount":{"percent":10.0,"endsOn":"2027-01-31"},
             "options":{"newsletter":true,"sms":false,"twoFactor":false,"twoFactorState":"OFF"},
             "notes":"Préfère être appelé le matin.",
             "createdAt":"2026-11-22T19:05:00Z","version":3,"creditBalance":"0.00"}
            """;

    /** Francis, banned by Cynthia Lemay on 1 July (daylight saving time: 12:30 in Montreal). */
    static final String BANNED = francis(
            7,
            "\"status\":\"ACTIVE\",\"statusReason\":null,\"statusChangedAt\":null,\"statusChangedBy\":null",
            "\"status\":\"BANNED\",\"statusReason\":\"Menaces envers une technicienne\","
                    + "\"statusChangedAt\":\"2026-07-01T16:30:00Z\",\"statusChangedBy\":\"" + STAFF_ID + "\"",
            "\"statusChangedByName\":null",
            "\"statusChangedByName\":\"Cynthia Lemay\"");

    /** booking-service's GET /api/branches?includeInactive=true: two open, one closed. */
    static final String BRANCHES = """
            [{"id":"b1000000-0000-4000-8000-000000000001","code":"MTL","name":"Montréal — Plateau",
              "address":{"line1":"1 rue Rachel","city":"Montréal","province":"QC","postalCode":"H2J 2J1"},
              "timezone":"America/Toronto","active":true,"version":0},
             {"id":"b2000000-0000-4000-8000-000000000002","code":"QC","name":"Québec — Limoilou",
              "timezone":"America/Toronto","active":true,"version":1},
             {"id":"b3000000-0000-4000-8000-000000000003","code":"LVL","name":"Laval",
              "timezone":"America/Toronto","active":false,"version":2}]
            """;

    /** Moka's vaccinations: rabies verified with its proof, an older kennel-cough dose expired and unverified. */
    static final String MOKA_VACCINATIONS = """
            [{"id":"7a000000-0000-4000-8000-0000000000a1","vaccine":"RABIES","vaccineLabel":"Rage","otherName":null,
              "givenOn":"2026-03-12","validUntil":"2029-03-12","clinic":"Clinique du Plateau",
              "proofDocumentId":"d0000000-0000-4000-8000-0000000000d1","verified":true,
              "verifiedBy":"5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b","verifiedAt":"2026-03-13T15:00:00Z",
              "current":true,"version":3},
             {"id":"7a000000-0000-4000-8000-0000000000b2","vaccine":"BORDETELLA",
              "vaccineLabel":"Bordetella (toux de chenil)","otherName":null,"givenOn":"2024-02-14",
              "validUntil":"2025-02-14","clinic":null,"proofDocumentId":null,"verified":false,"verifiedBy":null,
              "verifiedAt":null,"current":false,"version":0}]
            """;

    static final String PETS = """
            [{"id":"a1000000-0000-4000-8000-0000000000aa","name":"Moka","species":"CAT","breed":"Siamois",
              "sex":"FEMALE","birthDate":"2021-04-02","weightKg":4.2,"neutered":true,
              "veterinarianName":"Dre Tremblay","veterinarianPhone":"+15145550199",
              "behaviourNotes":"Craint le séchoir.","medicalNotes":"Allergie au poulet.",
              "photoReference":"doc-123","archived":false,"version":2},
             {"id":"a2000000-0000-4000-8000-0000000000bb","name":"Biscuit","species":"DOG","breed":null,
              "sex":"MALE","birthDate":null,"weightKg":null,"neutered":null,"veterinarianName":null,
              "veterinarianPhone":null,"behaviourNotes":null,"medicalNotes":null,"photoReference":null,
              "archived":true,"version":5}]
            """;

    /** Newest first: the client's own change in the portal, then a staff member's. */
    static final String CONSENTS = """
            [{"option":"NEWSLETTER","granted":true,"changedAt":"2026-11-23T14:00:00Z",
              "changedBy":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","channel":"PORTAL"},
             {"option":"SMS","granted":false,"changedAt":"2026-07-01T16:30:00Z",
              "changedBy":"5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b","channel":"ADMIN"}]
            """;

    static final String TWO_CLIENTS = """
            {"content":[
              {"id":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","displayName":"Francis Marceau","firstName":"Francis",
               "lastName":"Marceau","email":"francis.marceau@exemple.ca","mobilePhone":"+15145550100","status":"ACTIVE",
               "preferredBranchId":"b1000000-0000-4000-8000-000000000001","createdAt":"2026-11-22T19:05:00Z"},
              {"id":"0c2d6f0e-8d0b-4d7f-b3e2-5a1f9d8c7b6a","displayName":"Élise Béliveau","firstName":"Élise",
               "lastName":"Béliveau","email":"elise@exemple.ca","mobilePhone":null,"status":"SUSPENDED",
               "preferredBranchId":null,"createdAt":"2026-07-01T16:30:00Z"}],
             "page":{"number":0,"size":20,"totalElements":2,"totalPages":1}}
            """;

    /** The entry the registry's first-visit event becomes, title localized by the event service. */
    static final String TIMELINE = """
            {"content":[{"id":"5e0f7a1c-3b2d-4c9e-8f6a-2d1b0c9e8f7a","type":"ca.clientele.client.client-registered",
               "source":"/clientele/client-registry-service","occurredAt":"2026-11-22T19:05:00Z",
               "clientId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","title":"Fiche client créée","summary":"Fiche client créée",
               "category":"client","actorKind":"CLIENT","actorId":"7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10",
               "link":"/clients/7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10","raw":null,"chainPosition":1,
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

    /** A form post under the portal's context path. */
    static MockHttpServletRequestBuilder post(String path) {
        return MockMvcRequestBuilders.post("/admin" + path).contextPath("/admin");
    }

    /** A form post as htmx sends it: the answer is a fragment. */
    static MockHttpServletRequestBuilder htmxPost(String path) {
        return post(path).header("HX-Request", "true").with(staff());
    }

    /** The record as the registry answers a save: same record, next version, some fields changed. */
    static String francis(int version, String... replacements) {
        String record = FRANCIS.replace("\"version\":3", "\"version\":" + version);
        for (int i = 0; i < replacements.length; i += 2) {
            record = record.replace(replacements[i], replacements[i + 1]);
        }
        return record;
    }

    /** A 400 problem with one field message, as the registry words it. */
    static String invalid(String field, String message) {
        return """
                {"type":"about:blank","title":"Données invalides","status":400,"detail":"Certains champs sont invalides.",
                 "errors":[{"field":"%s","message":"%s"}]}
                """.formatted(field, message);
    }

    /** The registry's answer when Keycloak cannot be reached during a write (nothing stored). */
    static final String IDENTITY_DOWN = """
            {"title":"Service d'identité indisponible","status":503}
            """;

    static final String CONFLICT = """
            {"type":"about:blank","title":"Modification concurrente","status":409,
             "detail":"Quelqu'un d'autre a modifié cette fiche entre-temps. Rechargez-la et refaites votre modification."}
            """;

    static RequestPostProcessor staff() {
        return jwt().jwt(token -> token.tokenValue(STAFF_TOKEN)
                        .subject(UUID.randomUUID().toString())
                        .claim("given_name", "Cynthia")
                        .claim("family_name", "Lemay"))
                .authorities(new SimpleGrantedAuthority("ROLE_staff"));
    }

    /** An administrator (the admin role implies staff): the incident register is theirs. */
    static RequestPostProcessor admin() {
        return jwt().jwt(token -> token.tokenValue(STAFF_TOKEN)
                        .subject(UUID.randomUUID().toString())
                        .claim("given_name", "Julien")
                        .claim("family_name", "Béliveau"))
                .authorities(new SimpleGrantedAuthority("ROLE_staff"), new SimpleGrantedAuthority("ROLE_admin"));
    }

    static RequestPostProcessor client() {
        return jwt().jwt(token -> token.tokenValue("client-token").subject(FRANCIS_ID.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_client"));
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
