package ca.clientele.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KeycloakRealmImport every cluster gets, derived from the realm local runs import
 * ({@code deploy/keycloak/clientele-realm.json}) by a fixed set of rules, so that the two cannot drift:
 *
 * <ul>
 *   <li>the demo users are not in that file (they are in {@code deploy/keycloak/local/}, never imported here); its
 *       users are the service accounts of the confidential clients, which the realm needs;
 *   <li>the local address of the gateway ({@code http://localhost:8080}) becomes the placeholder
 *       {@code ${CLIENTELE_PUBLIC_URL}} in redirect URIs, web origins and logout URIs;
 *   <li>the local SMTP server (GreenMail, no authentication) becomes the production relay with STARTTLS and
 *       authentication, every value a placeholder;
 *   <li>every placeholder (the clients' secrets included, as locally) is filled by the Keycloak Operator from a
 *       Secret named in {@link #PLACEHOLDERS}.
 * </ul>
 */
final class RealmImport {

    static final Path LOCAL_REALM = Repository.ROOT.resolve("deploy/keycloak/clientele-realm.json");
    static final Path CUSTOM_RESOURCE = Repository.K8S.resolve("base/keycloak/realm-import.yaml");
    static final String LOCAL_GATEWAY = "http://localhost:8080";
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    /** Placeholder -> {Secret, key}. */
    static final Map<String, List<String>> PLACEHOLDERS = new LinkedHashMap<>();

    static {
        PLACEHOLDERS.put("CLIENTELE_GATEWAY_CLIENT_SECRET", List.of("clientele-oidc-clients", "gateway"));
        PLACEHOLDERS.put("CLIENTELE_REGISTRY_CLIENT_SECRET", List.of("clientele-oidc-clients", "registry"));
        PLACEHOLDERS.put("CLIENTELE_EVENT_CLIENT_SECRET", List.of("clientele-oidc-clients", "event-service"));
        PLACEHOLDERS.put("CLIENTELE_BILLING_CLIENT_SECRET", List.of("clientele-oidc-clients", "billing-service"));
        PLACEHOLDERS.put("CLIENTELE_PUBLIC_URL", List.of("keycloak-realm-settings", "public-url"));
        PLACEHOLDERS.put("CLIENTELE_SMTP_HOST", List.of("keycloak-realm-settings", "smtp-host"));
        PLACEHOLDERS.put("CLIENTELE_SMTP_PORT", List.of("keycloak-realm-settings", "smtp-port"));
        PLACEHOLDERS.put("CLIENTELE_SMTP_FROM", List.of("keycloak-realm-settings", "smtp-from"));
        PLACEHOLDERS.put("CLIENTELE_SMTP_USER", List.of("keycloak-realm-settings", "smtp-user"));
        PLACEHOLDERS.put("CLIENTELE_SMTP_PASSWORD", List.of("keycloak-realm-settings", "smtp-password"));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealmImport() {}

    /** The realm as the cluster imports it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> expectedRealm() {
        Map<String, Object> realm =
                JSON.readValue(Repository.read(LOCAL_REALM), new TypeReference<LinkedHashMap<String, Object>>() {});
        List<Object> clients = (List<Object>) realm.get("clients");
        realm.put("clients", replaceLocalGateway(clients));
        Map<String, Object> local = (Map<String, Object>) realm.get("smtpServer");
        Map<String, Object> smtp = new LinkedHashMap<>();
        smtp.put("host", "${CLIENTELE_SMTP_HOST}");
        smtp.put("port", "${CLIENTELE_SMTP_PORT}");
        smtp.put("from", "${CLIENTELE_SMTP_FROM}");
        smtp.put("fromDisplayName", local.get("fromDisplayName"));
        smtp.put("auth", "true");
        smtp.put("user", "${CLIENTELE_SMTP_USER}");
        smtp.put("password", "${CLIENTELE_SMTP_PASSWORD}");
        smtp.put("ssl", "false");
        smtp.put("starttls", "true");
        realm.put("smtpServer", smtp);
        return realm;
    }

    @SuppressWarnings("unchecked")
    private static <T> T replaceLocalGateway(T value) {
        if (value instanceof String text) {
            return (T) text.replace(LOCAL_GATEWAY, "${CLIENTELE_PUBLIC_URL}");
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(replaceLocalGateway(item)));
            return (T) copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, replaceLocalGateway(item)));
            return (T) copy;
        }
        return value;
    }

    /** The KeycloakRealmImport resource for {@link #expectedRealm()}. */
    static Map<String, Object> expectedResource() {
        Map<String, Object> realm = expectedRealm();
        Map<String, Object> placeholders = new LinkedHashMap<>();
        for (String name : placeholders(realm)) {
            List<String> source = PLACEHOLDERS.get(name);
            if (source == null) {
                throw new AssertionError("The realm uses ${" + name + "}: say in RealmImport.PLACEHOLDERS which"
                        + " Secret fills it (and document that Secret in docs/operations.md)");
            }
            placeholders.put(name, Map.of("secret", Map.of("name", source.get(0), "key", source.get(1))));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", "keycloak");
        spec.put("placeholders", placeholders);
        spec.put("realm", realm);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.put("metadata", Map.of("name", "clientele-realm"));
        resource.put("spec", spec);
        return resource;
    }

    static TreeSet<String> placeholders(Object tree) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(JSON.writeValueAsString(tree));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
