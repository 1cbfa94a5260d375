package ca.clientele.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a deployable's configuration needs from its environment, read from its {@code application.yml} (documents
 * without a profile: the demo, local and test profiles never run in a cluster) and from the platform's defaults
 * ({@code PlatformDefaults}):
 *
 * <ul>
 *   <li>a placeholder without default, unless it names a property defined in that configuration;
 *   <li>a placeholder with an empty default (keysets, client secrets, the business identity), unless optional below;
 *   <li>any value, literal or default, that points at {@code localhost} (the local stack's address of a database,
 *       broker, Keycloak, SMTP server or service);
 *   <li>a default that is a demo value (the invoices' business identity, ADR 0021) or the local superuser.
 * </ul>
 */
final class ServiceConfiguration {

    /** One key the environment must provide: any of {@code names} (relaxed binding), and why. */
    record Need(Set<String> names, String why) {

        boolean metBy(Set<String> provided) {
            return names.stream().map(ServiceConfiguration::relaxed).anyMatch(provided::contains);
        }
    }

    /** Placeholders whose empty default is a supported mode, not a missing secret. */
    static final Map<String, String> OPTIONAL = Map.of(
            "STRIPE_SECRET_KEY", "without Stripe keys card payment says it is unavailable (ADR 0022)",
            "STRIPE_PUBLISHABLE_KEY", "idem",
            "STRIPE_WEBHOOK_SECRET", "idem",
            "CLIENTELE_NOTIFICATIONS_SMS_TWILIO_ACCOUNT_SID", "SMS are only logged unless the provider is twilio",
            "CLIENTELE_NOTIFICATIONS_SMS_TWILIO_AUTH_TOKEN", "idem",
            "CLIENTELE_NOTIFICATIONS_SMS_TWILIO_FROM", "idem");

    /** Defaults only the local stack may run with. */
    static final Map<String, String> LOCAL_ONLY_DEFAULTS = Map.of(
            "CLIENTELE_BILLING_GST_NUMBER", "the demo registration numbers are refused outside the demo profile",
            "CLIENTELE_BILLING_QST_NUMBER", "idem",
            "CLIENTELE_BILLING_LEGAL_NAME", "the demo business's name (ADR 0021)",
            "CLIENTELE_BILLING_ADDRESS", "the demo business's address (ADR 0021)",
            "spring.datasource.username", "the local stack's superuser",
            "spring.datasource.password", "the local stack's superuser's password");

    private static final Pattern PLATFORM_DEFAULT =
            Pattern.compile("defaults\\.put\\(\\s*\"([^\"]+)\"\\s*,\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^)]*))\\)");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ServiceConfiguration() {}

    static List<Need> needs(String module) {
        Map<String, String> own = properties(module);
        Map<String, String> platform = platformDefaults();
        boolean database = own.containsKey("spring.datasource.url");
        boolean kafka = own.containsKey("clientele.events.topic")
                || Repository.javaSources(module).stream()
                        .anyMatch(source -> Repository.read(source).contains("@KafkaListener"));
        // The gateway is the OAuth2 client: it validates no bearer token, so the resource-server defaults do not
        // concern it.
        boolean resourceServer = !module.equals("gateway");
        Map<String, String> all = new LinkedHashMap<>();
        platform.forEach((key, value) -> {
            boolean relevant = (!key.startsWith("spring.datasource.") || database)
                    && (!key.startsWith("spring.kafka.") || kafka)
                    && (!key.startsWith("spring.security.oauth2.resourceserver.") || resourceServer);
            if (relevant) {
                all.put(key, value);
            }
        });
        all.putAll(own);
        List<Need> needs = new ArrayList<>();
        all.forEach((key, value) -> needs.addAll(needsOf(key, value, all)));
        return needs;
    }

    static List<Need> needsOf(String key, String value, Map<String, String> all) {
        List<Need> needs = new ArrayList<>();
        if (LOCAL_ONLY_DEFAULTS.containsKey(key)) {
            needs.add(new Need(Set.of(key), key + ": " + LOCAL_ONLY_DEFAULTS.get(key)));
        }
        StringBuilder literal = new StringBuilder();
        int index = 0;
        while (index < value.length()) {
            int start = value.indexOf("${", index);
            if (start < 0) {
                literal.append(value.substring(index));
                break;
            }
            literal.append(value, index, start);
            int end = closing(value, start);
            String inner = value.substring(start + 2, end);
            int colon = inner.indexOf(':');
            String name = colon < 0 ? inner : inner.substring(0, colon);
            String fallback = colon < 0 ? null : inner.substring(colon + 1);
            Set<String> names = new LinkedHashSet<>(List.of(name, key));
            if (fallback == null) {
                if (!all.containsKey(name)) {
                    needs.add(new Need(Set.of(name), key + ": ${" + name + "} has no default"));
                }
            } else if (fallback.contains("${")) {
                // ${A:${B:}}: A, or else what B needs.
                for (Need nested : needsOf(key, fallback, all)) {
                    Set<String> either = new LinkedHashSet<>(nested.names());
                    either.add(name);
                    needs.add(new Need(either, nested.why()));
                }
            } else if (fallback.isEmpty()) {
                if (!OPTIONAL.containsKey(name)) {
                    needs.add(new Need(names, key + ": ${" + name + ":} is empty by default"));
                }
            } else if (local(fallback)) {
                needs.add(new Need(names, key + ": defaults to the local " + fallback));
            } else if (LOCAL_ONLY_DEFAULTS.containsKey(name)) {
                needs.add(new Need(names, key + ": " + LOCAL_ONLY_DEFAULTS.get(name)));
            }
            index = end + 1;
        }
        if (local(literal.toString())) {
            needs.add(new Need(Set.of(key), key + ": is the local " + value));
        }
        return needs;
    }

    private static boolean local(String value) {
        return value.contains("localhost") || value.contains("127.0.0.1");
    }

    private static int closing(String value, int start) {
        int depth = 0;
        for (int i = start; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unclosed placeholder in " + value);
    }

    /** The module's own properties: application.yml documents that no profile activates, flattened. */
    static Map<String, String> properties(String module) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Path file : Repository.resources(module)) {
            String name = file.getFileName().toString();
            if (!name.equals("application.yml") && !name.equals("application.yaml")) {
                continue;
            }
            List<Map<String, Object>> documents = YAML.readerFor(new TypeReference<Map<String, Object>>() {})
                    .<Map<String, Object>>readValues(Repository.read(file))
                    .readAll();
            for (Map<String, Object> document : documents) {
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", document, flat);
                if (flat.keySet().stream().noneMatch(key -> key.startsWith("spring.config.activate."))) {
                    properties.putAll(flat);
                }
            }
        }
        return properties;
    }

    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, item, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else if (value != null) {
            into.put(prefix, value.toString());
        }
    }

    /** The defaults PlatformDefaults adds to every process (read from its source, so a new one is seen). */
    static Map<String, String> platformDefaults() {
        String source = Repository.read(Repository.ROOT.resolve(
                "platform/core/src/main/java/ca/clientele/platform/config/PlatformDefaults.java"));
        Map<String, String> defaults = new LinkedHashMap<>();
        Matcher matcher = PLATFORM_DEFAULT.matcher(source);
        while (matcher.find()) {
            String value = matcher.group(2) != null
                    ? matcher.group(2)
                    : matcher.group(3).strip();
            if (value.equals("ISSUER")) {
                Matcher issuer = Pattern.compile("ISSUER\\s*=\\s*\"([^\"]+)\"").matcher(source);
                value = issuer.find() ? issuer.group(1) : value;
            }
            defaults.put(matcher.group(1), value);
        }
        if (defaults.isEmpty()) {
            throw new AssertionError("No default read from PlatformDefaults.java: has its form changed?");
        }
        return defaults;
    }

    /** Relaxed binding, as Spring Boot applies it to environment variables: case, dots, dashes, underscores. */
    static String relaxed(String name) {
        return name.replaceAll("[._\\-\\[\\]]", "").toUpperCase(Locale.ROOT);
    }
}
