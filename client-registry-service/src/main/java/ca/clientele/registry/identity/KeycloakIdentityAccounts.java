package ca.clientele.registry.identity;

import java.net.URI;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link IdentityAccounts} on the Keycloak admin REST API ({@code /admin/realms/{realm}/users/...}),
 * called as the realm's {@code clientele-registry} service account. The {@link RestClient} given
 * carries the bearer token and the timeouts (see {@link IdentityConfiguration}).
 *
 * <p>Keycloak 24+ refuses partial user updates (a missing attribute is cleared), so every change
 * of a user reads the whole representation, changes what it must and sends it all back, unknown
 * fields included. Nothing personal is logged: operation names and HTTP statuses only.
 */
class KeycloakIdentityAccounts implements IdentityAccounts {

    static final String CONFIGURE_TOTP = "CONFIGURE_TOTP";
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    static final String VERIFY_EMAIL = "VERIFY_EMAIL";

    /** Realm roles whose members are staff: admin is a composite of staff, but Keycloak lists direct members only. */
    static final List<String> STAFF_ROLES = List.of("staff", "admin");

    /** Page size of a role's members; a business has far fewer staff, the loop only guards against truncation. */
    static final int PAGE = 100;

    private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityAccounts.class);

    private final RestClient http;
    private final KeycloakProperties properties;
    private final String portalUrl;

    KeycloakIdentityAccounts(RestClient http, KeycloakProperties properties, String portalUrl) {
        this.http = http;
        this.properties = properties;
        this.portalUrl = portalUrl;
    }

    @Override
    public UUID createAccount(NewAccount account) {
        Map<String, Object> user = Map.of(
                "username", account.email(),
                "email", account.email(),
                "emailVerified", false,
                "enabled", true,
                "firstName", account.firstName(),
                "lastName", account.lastName(),
                "attributes", Map.of("locale", List.of(account.locale())));
        URI location = call(
                        "create-account",
                        true,
                        () -> http.post().uri("/users").body(user).retrieve().toBodilessEntity())
                .getHeaders()
                .getLocation();
        if (location == null) {
            throw new IdentityUnavailableException("create-account", null);
        }
        String path = location.getPath();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    @Override
    public void deleteAccount(UUID accountId) {
        call(
                "delete-account",
                false,
                () -> http.delete().uri("/users/{id}", accountId).retrieve().toBodilessEntity());
    }

    @Override
    public void sendInvitation(UUID accountId) {
        executeActionsEmail("send-invitation", accountId, List.of(UPDATE_PASSWORD, VERIFY_EMAIL));
    }

    @Override
    public void disable(UUID accountId) {
        updateUser("disable", accountId, user -> user.put("enabled", false));
        // Disabling stops new sign-ins; the sessions already open are ended here.
        call(
                "logout",
                false,
                () -> http.post()
                        .uri("/users/{id}/logout", accountId)
                        .retrieve()
                        .toBodilessEntity());
    }

    @Override
    public void enable(UUID accountId) {
        updateUser("enable", accountId, user -> user.put("enabled", true));
    }

    @Override
    public void requireTwoFactor(UUID accountId) {
        updateUser("require-two-factor", accountId, user -> {
            ArrayNode actions = requiredActions(user);
            if (!contains(actions, CONFIGURE_TOTP)) {
                actions.add(CONFIGURE_TOTP);
            }
        });
    }

    @Override
    public void removeTwoFactor(UUID accountId) {
        for (JsonNode credential : credentials("remove-two-factor", accountId)) {
            if ("otp".equals(credential.path("type").asString(""))) {
                String credentialId = credential.path("id").asString();
                call(
                        "remove-two-factor",
                        false,
                        () -> http.delete()
                                .uri("/users/{id}/credentials/{credentialId}", accountId, credentialId)
                                .retrieve()
                                .toBodilessEntity());
            }
        }
        updateUser("remove-two-factor", accountId, user -> {
            ArrayNode actions = requiredActions(user);
            for (int i = actions.size() - 1; i >= 0; i--) {
                if (CONFIGURE_TOTP.equals(actions.get(i).asString(""))) {
                    actions.remove(i);
                }
            }
        });
    }

    @Override
    public TwoFactorState twoFactorState(UUID accountId) {
        try {
            for (JsonNode credential : credentials("two-factor-state", accountId)) {
                if ("otp".equals(credential.path("type").asString(""))) {
                    return TwoFactorState.ON;
                }
            }
            return contains(requiredActions(user("two-factor-state", accountId)), CONFIGURE_TOTP)
                    ? TwoFactorState.PENDING
                    : TwoFactorState.OFF;
        } catch (IdentityUnavailableException unknown) {
            return TwoFactorState.UNKNOWN;
        }
    }

    @Override
    public void changeEmail(UUID accountId, String email) {
        updateUser("change-email", accountId, user -> {
            // With "e-mail as username" the username follows the e-mail; otherwise it stays.
            if (user.path("username")
                    .asString("")
                    .equalsIgnoreCase(user.path("email").asString(""))) {
                user.put("username", email);
            }
            user.put("email", email);
            user.put("emailVerified", false);
        });
        executeActionsEmail("verify-email", accountId, List.of(VERIFY_EMAIL));
    }

    @Override
    public List<StaffAccount> staffAccounts() {
        Map<UUID, StaffAccount> accounts = new LinkedHashMap<>();
        for (String role : STAFF_ROLES) {
            for (int first = 0; ; first += PAGE) {
                int from = first;
                JsonNode page = call(
                        "staff-accounts",
                        false,
                        () -> http.get()
                                .uri(uri -> uri.path("/roles/{role}/users")
                                        .queryParam("first", from)
                                        .queryParam("max", PAGE)
                                        .queryParam("briefRepresentation", true)
                                        .build(role))
                                .retrieve()
                                .body(JsonNode.class));
                if (page == null || !page.isArray()) {
                    throw new IdentityUnavailableException("staff-accounts", null);
                }
                for (JsonNode user : page) {
                    StaffAccount account = staffAccount(user);
                    accounts.putIfAbsent(account.userId(), account);
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
        return accounts.values().stream()
                .sorted(Comparator.comparing(StaffAccount::name, collator))
                .toList();
    }

    private static StaffAccount staffAccount(JsonNode user) {
        String name = (user.path("firstName").asString("") + " "
                        + user.path("lastName").asString(""))
                .strip();
        String email = user.path("email").asString("");
        return new StaffAccount(
                UUID.fromString(user.path("id").asString()),
                name.isEmpty() ? user.path("username").asString("") : name,
                email.isEmpty() ? null : email);
    }

    private void executeActionsEmail(String operation, UUID accountId, List<String> actions) {
        call(
                operation,
                false,
                () -> http.put()
                        .uri(uri -> uri.path("/users/{id}/execute-actions-email")
                                .queryParam("client_id", properties.invitationClientId())
                                .queryParam("redirect_uri", portalUrl)
                                .queryParam(
                                        "lifespan",
                                        properties.invitationLifespan().toSeconds())
                                .build(accountId))
                        .body(actions)
                        .retrieve()
                        .toBodilessEntity());
    }

    private void updateUser(String operation, UUID accountId, Consumer<ObjectNode> change) {
        ObjectNode user = user(operation, accountId);
        change.accept(user);
        call(
                operation,
                true,
                () -> http.put()
                        .uri("/users/{id}", accountId)
                        .body(user)
                        .retrieve()
                        .toBodilessEntity());
    }

    private ObjectNode user(String operation, UUID accountId) {
        ObjectNode user = call(
                operation,
                false,
                () -> http.get().uri("/users/{id}", accountId).retrieve().body(ObjectNode.class));
        if (user == null) {
            throw new IdentityUnavailableException(operation, null);
        }
        return user;
    }

    private JsonNode credentials(String operation, UUID accountId) {
        JsonNode credentials = call(
                operation,
                false,
                () -> http.get()
                        .uri("/users/{id}/credentials", accountId)
                        .retrieve()
                        .body(JsonNode.class));
        if (credentials == null) {
            throw new IdentityUnavailableException(operation, null);
        }
        return credentials;
    }

    private static ArrayNode requiredActions(ObjectNode user) {
        return user.has("requiredActions") && user.get("requiredActions").isArray()
                ? (ArrayNode) user.get("requiredActions")
                : user.putArray("requiredActions");
    }

    private static boolean contains(ArrayNode actions, String action) {
        for (JsonNode existing : actions) {
            if (action.equals(existing.asString(""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One admin API request. A 409 where an e-mail is being set means another account has it;
     * any other failure (unreachable, timeout, token refused, unexpected status) makes the
     * identity provider unavailable for this request.
     */
    private <T> T call(String operation, boolean conflictMeansEmailTaken, Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpStatusCodeException e) {
            HttpStatusCode status = e.getStatusCode();
            if (conflictMeansEmailTaken && status.value() == 409) {
                throw new EmailTakenException();
            }
            log.warn("Keycloak admin API {} answered {}", operation, status.value());
            throw new IdentityUnavailableException(operation, e);
        } catch (EmailTakenException | IdentityUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Keycloak admin API {} failed: {}", operation, e.getClass().getSimpleName());
            throw new IdentityUnavailableException(operation, e);
        }
    }
}
