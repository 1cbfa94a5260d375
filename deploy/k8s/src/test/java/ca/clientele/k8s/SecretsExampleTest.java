package ca.clientele.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * secrets.example.yaml lists every Secret an overlay reads and does not create, with every key it reads: those of the
 * Deployments and those of the operators' resources (database roles, the realm import's placeholders, the backup
 * bucket). Secrets that Strimzi writes (one per KafkaUser, the cluster CA) are not the operator's to create.
 */
class SecretsExampleTest {

    private static final Pattern SECRET_FIELD =
            Pattern.compile("(?i).*secret$|secretKeyRef|accessKeyId|secretAccessKey");

    @Test
    void theExampleListsEverySecretTheOverlaysReadWithItsKeys() {
        Map<String, Set<String>> needed = new TreeMap<>();
        for (String overlay : Repository.OVERLAYS) {
            Rendered rendered = Repository.overlay(overlay);
            Set<String> created = new TreeSet<>();
            rendered.ofKind("Secret").forEach(secret -> created.add(secret.name()));
            rendered.ofKind("KafkaUser").forEach(user -> created.add(user.name()));
            rendered.ofKind("Kafka").forEach(kafka -> created.add(kafka.name() + "-cluster-ca-cert"));
            Map<String, Set<String>> references = new TreeMap<>();
            rendered.objects().forEach(object -> collect(object.tree(), references));
            references.forEach((name, keys) -> {
                if (!created.contains(name)) {
                    needed.computeIfAbsent(name, any -> new TreeSet<>()).addAll(keys);
                }
            });
        }
        Map<String, Set<String>> example = new TreeMap<>();
        for (K8sObject secret : Kustomize.parse(Repository.read(Repository.K8S.resolve("secrets.example.yaml")))) {
            if (secret.kind().equals("Secret")) {
                example.put(
                        secret.name(), new TreeSet<>(secret.map("stringData").keySet()));
            }
        }
        List<String> problems = new ArrayList<>();
        needed.forEach((name, keys) -> {
            if (!example.containsKey(name)) {
                problems.add(name + " (keys " + keys + ") is read but not in secrets.example.yaml");
            } else if (!example.get(name).containsAll(keys)) {
                problems.add(name + ": secrets.example.yaml lacks keys of " + keys);
            }
        });
        example.keySet().stream()
                .filter(name -> !needed.containsKey(name))
                .forEach(name -> problems.add(name + " is in secrets.example.yaml but no overlay reads it"));
        assertThat(problems).isEmpty();
    }

    /** References to Secrets anywhere in an object: {name, key} under a field named like a secret, or a volume. */
    @SuppressWarnings("unchecked")
    private static void collect(Object node, Map<String, Set<String>> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((field, value) -> {
                if (value instanceof Map<?, ?> reference
                        && SECRET_FIELD.matcher(field.toString()).matches()
                        && reference.get("name") instanceof String name) {
                    Set<String> keys = into.computeIfAbsent(name, any -> new TreeSet<>());
                    if (reference.get("key") instanceof String key) {
                        keys.add(key);
                    } else if (field.equals("passwordSecret")) {
                        // CloudNativePG's managed roles read a basic-auth Secret.
                        keys.addAll(List.of("username", "password"));
                    }
                }
                if (field.equals("secret")
                        && value instanceof Map<?, ?> volume
                        && volume.get("secretName") instanceof String name) {
                    into.computeIfAbsent(name, any -> new TreeSet<>());
                }
                if (field.equals("secretRef")
                        && value instanceof Map<?, ?> envFrom
                        && envFrom.get("name") instanceof String name) {
                    into.computeIfAbsent(name, any -> new TreeSet<>());
                }
                collect(value, into);
            });
        } else if (node instanceof List<?> list) {
            ((List<Object>) list).forEach(item -> collect(item, into));
        }
    }
}
