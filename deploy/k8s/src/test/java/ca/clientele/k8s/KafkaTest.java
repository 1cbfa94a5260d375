package ca.clientele.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Kafka as the code uses it: every topic the code or the event catalogue names exists as a KafkaTopic; each
 * service's KafkaUser may write its own topic and no other, and read exactly what its listeners consume, with their
 * consumer groups; each service authenticates as its own user.
 */
class KafkaTest {

    static final List<String> OVERLAYS = Repository.OVERLAYS;

    private static final Pattern TOPIC = Pattern.compile("clientele\\.[a-z][a-z0-9-]*\\.v[0-9]+(?:[.-][a-z0-9-]+)*");

    /** Every topic name in the services' and the platform's main sources and in docs/events. */
    static Set<String> topicsInCode() {
        List<Path> files = new ArrayList<>();
        for (String module : Repository.DEPLOYABLES) {
            files.addAll(Repository.javaSources(module));
            files.addAll(Repository.resources(module).stream()
                    .filter(file ->
                            file.toString().endsWith(".yml") || file.toString().endsWith(".yaml"))
                    .toList());
        }
        Stream.of("platform/core", "platform/portal")
                .forEach(module -> files.addAll(Repository.files(Repository.ROOT.resolve(module + "/src/main"), "")));
        files.addAll(Repository.files(Repository.ROOT.resolve("docs/events"), ".md"));
        Set<String> topics = new TreeSet<>();
        for (Path file : files) {
            Matcher matcher = TOPIC.matcher(Repository.read(file));
            while (matcher.find()) {
                topics.add(matcher.group());
            }
        }
        return topics;
    }

    @Test
    void theScannerFindsTheTopicsOfTheBrief() {
        assertThat(topicsInCode())
                .contains(
                        "clientele.client.v1",
                        "clientele.ticket.v1",
                        "clientele.booking.v1",
                        "clientele.billing.v1",
                        "clientele.document.v1",
                        "clientele.notification.v1");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicTheCodeUsesIsAKafkaTopicWithThreePartitions(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        Set<String> declared = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (K8sObject topic : rendered.ofKind("KafkaTopic")) {
            String name = topic.string("spec", "topicName").orElse(topic.name());
            declared.add(name);
            // The services declare three partitions (clientele.events.partitions) and key by client id; fewer would
            // cap the consumers, and KafkaAdmin in each service would try to add partitions it may not add.
            if (!"3".equals(topic.string("spec", "partitions").orElse(""))) {
                problems.add(name + ": partitions must be 3");
            }
            if (topic.string("spec", "config", "retention.ms").isEmpty()) {
                problems.add(name + ": no retention.ms");
            }
            if (!"clientele".equals(topic.map("metadata", "labels").get("strimzi.io/cluster"))) {
                problems.add(name + ": no strimzi.io/cluster label (the Topic Operator would ignore it)");
            }
        }
        assertThat(declared).as("KafkaTopics of overlay %s", overlay).containsAll(topicsInCode());
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceWritesItsOwnTopicAndReadsWhatItsListenersConsume(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        List<String> problems = new ArrayList<>();
        for (String module : Repository.DEPLOYABLES) {
            String own = ServiceConfiguration.properties(module).get("clientele.events.topic");
            List<KafkaListeners.Listener> listeners = KafkaListeners.of(module);
            if (own == null && listeners.isEmpty()) {
                if (rendered.find("KafkaUser", module).isPresent()) {
                    problems.add(module + " uses no Kafka but has a KafkaUser");
                }
                continue;
            }
            K8sObject user = rendered.find("KafkaUser", module).orElse(null);
            if (user == null) {
                problems.add(module + " uses Kafka but has no KafkaUser");
                continue;
            }
            Set<String> writes = new TreeSet<>();
            Set<String> reads = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (Object entry : user.list("spec", "authorization", "acls")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> acl = (Map<String, Object>) entry;
                @SuppressWarnings("unchecked")
                Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
                @SuppressWarnings("unchecked")
                List<String> operations = (List<String>) acl.get("operations");
                String type = String.valueOf(resource.get("type"));
                String name = String.valueOf(resource.get("name"));
                if (!"literal".equals(resource.get("patternType")) || name.contains("*")) {
                    problems.add(module + ": ACL on " + type + " " + name + " is not literal");
                }
                for (String operation : operations) {
                    switch (type + "/" + operation) {
                        case "topic/Write" -> writes.add(name);
                        case "topic/Read" -> reads.add(name);
                        case "group/Read" -> groups.add(name);
                        case "topic/Describe" -> {}
                        default -> problems.add(module + ": ACL grants " + operation + " on " + type + " " + name);
                    }
                }
            }
            Set<String> consumed = new TreeSet<>();
            Set<String> consumerGroups = new TreeSet<>();
            listeners.forEach(listener -> {
                consumed.addAll(listener.topics());
                consumerGroups.add(listener.group());
            });
            if (own != null && !writes.equals(Set.of(own))) {
                problems.add(module + ": may write " + writes + ", its own topic is " + own);
            }
            if (!reads.equals(consumed)) {
                problems.add(module + ": may read " + reads + ", its listeners consume " + consumed);
            }
            if (!groups.equals(consumerGroups)) {
                problems.add(module + ": may read groups " + groups + ", its listeners use " + consumerGroups);
            }
            Deployment deployment = rendered.typed("Deployment", Deployment.class).stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(module))
                    .findFirst()
                    .orElseThrow();
            boolean authenticates =
                    deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
                            .filter(env -> env.getName().equals("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"))
                            .map(EnvVar::getValueFrom)
                            .anyMatch(from -> from != null
                                    && from.getSecretKeyRef() != null
                                    && from.getSecretKeyRef().getName().equals(module)
                                    && from.getSecretKeyRef().getKey().equals("sasl.jaas.config"));
            if (!authenticates) {
                problems.add(module + ": does not take sasl.jaas.config from its KafkaUser's Secret " + module);
            }
        }
        assertThat(problems).as("overlay %s", overlay).isEmpty();
    }
}
