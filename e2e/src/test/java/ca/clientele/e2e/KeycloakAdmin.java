package ca.clientele.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the platform did to Keycloak, through Keycloak's own admin REST API and the local
 * bootstrap administrator: the tests check the real accounts, not what our services say of them.
 */
final class KeycloakAdmin implements AutoCloseable {

    private static final String BASE = "http://localhost:8180";
    private static final String USERS = BASE + "/admin/realms/clientele/users";

    /** Keycloak's master realm gives 60 s tokens; a class of tests lasts longer, so a token is renewed after 30 s. */
    private static final Duration TOKEN_USE = Duration.ofSeconds(30);

    private final APIRequestContext http;
    private String token;
    private Instant tokenTakenAt = Instant.MIN;

    KeycloakAdmin(Playwright playwright) {
        http = playwright.request().newContext();
        freshToken();
    }

    private String freshToken() {
        if (Instant.now().isBefore(tokenTakenAt.plus(TOKEN_USE))) {
            return token;
        }
        APIResponse response = http.post(
                BASE + "/realms/master/protocol/openid-connect/token",
                RequestOptions.create()
                        .setForm(FormData.create()
                                .set("grant_type", "password")
                                .set("client_id", "admin-cli")
                                .set("username", "admin")
                                .set("password", Stack.current().keycloakAdminPassword())));
        if (response.status() != 200) {
            throw new IllegalStateException("Keycloak admin sign-in failed: " + response.status());
        }
        tokenTakenAt = Instant.now();
        token = json(response).getAsJsonObject().get("access_token").getAsString();
        return token;
    }

    /** The account, or empty when Keycloak has no user with that id. */
    Optional<JsonObject> user(String id) {
        APIResponse response = http.get(USERS + "/" + id, auth());
        return response.status() == 404
                ? Optional.empty()
                : Optional.of(json(response).getAsJsonObject());
    }

    Optional<JsonObject> userByEmail(String email) {
        JsonArray found =
                json(http.get(USERS + "?exact=true&email=" + email, auth())).getAsJsonArray();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getAsJsonObject());
    }

    boolean enabled(String id) {
        return user(id).orElseThrow().get("enabled").getAsBoolean();
    }

    List<String> requiredActions(String id) {
        List<String> actions = new ArrayList<>();
        user(id).orElseThrow().getAsJsonArray("requiredActions").forEach(a -> actions.add(a.getAsString()));
        return actions;
    }

    /** Credential types the account holds: {@code password}, {@code otp}… */
    List<String> credentialTypes(String id) {
        List<String> types = new ArrayList<>();
        json(http.get(USERS + "/" + id + "/credentials", auth()))
                .getAsJsonArray()
                .forEach(c -> types.add(c.getAsJsonObject().get("type").getAsString()));
        return types;
    }

    private RequestOptions auth() {
        return RequestOptions.create().setHeader("Authorization", "Bearer " + freshToken());
    }

    private static com.google.gson.JsonElement json(APIResponse response) {
        return JsonParser.parseString(response.text());
    }

    @Override
    public void close() {
        http.dispose();
    }
}
