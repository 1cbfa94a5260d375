package ca.clientele.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every overlay, rendered offline, holds objects the Kubernetes API accepts and that fit together: each deployable
 * has its Deployment with probes, limits and a locked-down security context, and its Service, PodDisruptionBudget,
 * HorizontalPodAutoscaler and NetworkPolicy; selectors select; references resolve or are documented.
 */
class ManifestsTest {

    static final List<String> OVERLAYS = Repository.OVERLAYS;

    /** Core kinds and the typed model each is read with. */
    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class));

    /** Custom resources of the operators the platform relies on (docs/operations.md, install order). */
    private static final Set<String> CUSTOM_RESOURCES = Set.of(
            "kafka.strimzi.io/v1beta2/Kafka",
            "kafka.strimzi.io/v1beta2/KafkaNodePool",
            "kafka.strimzi.io/v1beta2/KafkaTopic",
            "kafka.strimzi.io/v1beta2/KafkaUser",
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Database",
            "postgresql.cnpg.io/v1/ScheduledBackup",
            "barmancloud.cnpg.io/v1/ObjectStore",
            "k8s.keycloak.org/v2alpha1/Keycloak",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
            "cert-manager.io/v1/Certificate",
            "external-secrets.io/v1/ExternalSecret",
            "monitoring.coreos.com/v1/ServiceMonitor",
            "monitoring.coreos.com/v1/PodMonitor",
            "monitoring.coreos.com/v1/PrometheusRule");

    private static final Pattern DNS_NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectIsReadByTheKubernetesModelWithoutUnknownFields(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (K8sObject object : rendered.objects()) {
            String type = object.apiVersion() + "/" + object.kind();
            if (!seen.add(type + "/" + object.name())) {
                problems.add(object.id() + " appears twice");
            }
            if (!DNS_NAME.matcher(object.name()).matches() || object.name().length() > 253) {
                problems.add(object.id() + ": name is not a DNS subdomain");
            }
            if (!object.kind().equals("Namespace") && !object.namespace().equals("clientele")) {
                problems.add(object.id() + " is not in the clientele namespace");
            }
            if (!"clientele".equals(object.map("metadata", "labels").get("app.kubernetes.io/part-of"))) {
                problems.add(object.id() + " lacks the label app.kubernetes.io/part-of=clientele");
            }
            Class<?> model = MODELS.get(type);
            if (model != null) {
                problems.addAll(ModelCheck.strictly(object, model));
            } else if (CUSTOM_RESOURCES.contains(type)) {
                problems.addAll(ModelCheck.strictly(object, GenericKubernetesResource.class));
                if (object.map("spec").isEmpty()) {
                    problems.add(object.id() + " has no spec");
                }
            } else {
                problems.add(object.id() + ": " + type + " is neither a core kind nor a custom resource of an operator"
                        + " the platform installs (add it to ManifestsTest deliberately)");
            }
        }
        assertThat(problems).as("objects of overlay %s", overlay).isEmpty();
        assertThat(rendered.ofKind("Deployment"))
                .as("Deployments of overlay %s", overlay)
                .hasSize(9);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasItsServicePdbAutoscalerAndNetworkPolicy(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        List<Service> services = rendered.typed("Service", Service.class);
        List<PodDisruptionBudget> budgets = rendered.typed("PodDisruptionBudget", PodDisruptionBudget.class);
        List<HorizontalPodAutoscaler> autoscalers =
                rendered.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
        List<NetworkPolicy> policies = rendered.typed("NetworkPolicy", NetworkPolicy.class);
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Deployment deployment : rendered.typed("Deployment", Deployment.class)) {
            String name = deployment.getMetadata().getName();
            names.add(name);
            Map<String, String> podLabels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            if (!ModelCheck.selects(deployment.getSpec().getSelector(), podLabels)) {
                problems.add(name + ": the Deployment's selector does not select its own pod template");
            }
            List<Service> matching = services.stream()
                    .filter(service -> service.getSpec().getSelector() != null
                            && !service.getSpec().getSelector().isEmpty()
                            && podLabels
                                    .entrySet()
                                    .containsAll(service.getSpec().getSelector().entrySet()))
                    .toList();
            if (matching.size() != 1) {
                problems.add(name + ": expected exactly one Service selecting its pods, found " + matching.size());
            }
            Set<String> portNames = new HashSet<>();
            deployment
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .forEach(container -> container.getPorts().forEach(port -> portNames.add(port.getName())));
            matching.forEach(service -> service.getSpec().getPorts().forEach(port -> {
                String target = port.getTargetPort() == null
                        ? null
                        : port.getTargetPort().getStrVal();
                if (target == null || !portNames.contains(target)) {
                    problems.add(name + ": Service port " + port.getName() + " targets no named container port");
                }
            }));
            if (budgets.stream()
                    .noneMatch(budget -> ModelCheck.selects(budget.getSpec().getSelector(), podLabels))) {
                problems.add(name + ": no PodDisruptionBudget selects its pods");
            }
            List<HorizontalPodAutoscaler> scalers = autoscalers.stream()
                    .filter(hpa -> hpa.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && hpa.getSpec().getScaleTargetRef().getName().equals(name))
                    .toList();
            if (scalers.size() != 1) {
                problems.add(name + ": expected one HorizontalPodAutoscaler, found " + scalers.size());
            }
            scalers.forEach(hpa -> {
                if (hpa.getSpec().getMinReplicas() > hpa.getSpec().getMaxReplicas()) {
                    problems.add(name + ": HPA minReplicas above maxReplicas");
                }
            });
            if (deployment.getSpec().getReplicas() != null) {
                problems.add(name + ": spec.replicas is set, so every apply would undo what its HPA decided");
            }
            List<NetworkPolicy> selecting = policies.stream()
                    .filter(policy -> ModelCheck.selects(policy.getSpec().getPodSelector(), podLabels))
                    .toList();
            boolean denyAll = selecting.stream()
                    .anyMatch(policy -> policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                            && policy.getSpec().getIngress().isEmpty()
                            && policy.getSpec().getEgress().isEmpty());
            boolean own = selecting.stream()
                    .anyMatch(policy -> policy.getMetadata().getName().equals(name)
                            && !policy.getSpec().getIngress().isEmpty()
                            && !policy.getSpec().getEgress().isEmpty());
            if (!denyAll) {
                problems.add(name + ": no default-deny NetworkPolicy (Ingress and Egress, no rule) selects its pods");
            }
            if (!own) {
                problems.add(name + ": no NetworkPolicy of its own name with its ingress and egress flows");
            }
        }
        budgets.forEach(budget -> {
            if (rendered.typed("Deployment", Deployment.class).stream()
                    .noneMatch(deployment -> ModelCheck.selects(
                            budget.getSpec().getSelector(),
                            deployment.getSpec().getTemplate().getMetadata().getLabels()))) {
                problems.add("PodDisruptionBudget " + budget.getMetadata().getName() + " selects no Deployment");
            }
        });
        autoscalers.forEach(hpa -> {
            if (!names.contains(hpa.getSpec().getScaleTargetRef().getName())) {
                problems.add("HPA " + hpa.getMetadata().getName() + " targets a missing Deployment");
            }
        });
        assertThat(names)
                .as("Deployments of overlay %s", overlay)
                .containsExactlyInAnyOrderElementsOf(Repository.DEPLOYABLES);
        assertThat(problems).as("overlay %s", overlay).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodIsProbedLimitedAndLockedDown(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        Set<String> accounts = new HashSet<>();
        rendered.ofKind("ServiceAccount").forEach(account -> accounts.add(account.name()));
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered.typed("Deployment", Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podSecurity = pod.getSecurityContext();
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(name + ": automountServiceAccountToken must be false (no pod talks to the API)");
            }
            if (pod.getServiceAccountName() == null || !accounts.contains(pod.getServiceAccountName())) {
                problems.add(name + ": its ServiceAccount " + pod.getServiceAccountName() + " is not in the overlay");
            }
            for (Container container : pod.getContainers()) {
                String where = name + "/" + container.getName();
                problems.addAll(probes(where, container));
                problems.addAll(resources(where, container));
                SecurityContext security = container.getSecurityContext();
                boolean nonRoot = (security != null && Boolean.TRUE.equals(security.getRunAsNonRoot()))
                        || (podSecurity != null && Boolean.TRUE.equals(podSecurity.getRunAsNonRoot()));
                boolean seccomp = (security != null
                                && security.getSeccompProfile() != null
                                && "RuntimeDefault"
                                        .equals(security.getSeccompProfile().getType()))
                        || (podSecurity != null
                                && podSecurity.getSeccompProfile() != null
                                && "RuntimeDefault"
                                        .equals(podSecurity.getSeccompProfile().getType()));
                if (!nonRoot) {
                    problems.add(where + ": not runAsNonRoot");
                }
                if (!seccomp) {
                    problems.add(where + ": no RuntimeDefault seccomp profile");
                }
                if (security == null
                        || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())
                        || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())
                        || security.getCapabilities() == null
                        || !List.of("ALL").equals(security.getCapabilities().getDrop())
                        || (security.getCapabilities().getAdd() != null
                                && !security.getCapabilities().getAdd().isEmpty())) {
                    problems.add(where + ": needs readOnlyRootFilesystem, no privilege escalation, capabilities drop"
                            + " [ALL] and none added");
                }
                boolean tmp = container.getVolumeMounts().stream()
                        .anyMatch(mount -> mount.getMountPath().equals("/tmp")
                                && pod.getVolumes().stream()
                                        .anyMatch(volume -> volume.getName().equals(mount.getName())
                                                && volume.getEmptyDir() != null));
                if (!tmp) {
                    problems.add(where + ": /tmp must be an emptyDir (the root filesystem is read-only)");
                }
                String image = container.getImage();
                if (!image.startsWith("ghcr.io/clientele/") && !image.contains("/clientele/")) {
                    problems.add(where + ": image " + image + " is not a Clientèle image");
                }
                if (!image.contains("@sha256:")
                        && (!image.substring(image.lastIndexOf('/')).contains(":") || image.endsWith(":latest"))) {
                    problems.add(where + ": image " + image + " has no pinned tag (set it in the overlay's images:)");
                }
            }
        }
        assertThat(problems).as("overlay %s", overlay).isEmpty();
    }

    private static List<String> probes(String where, Container container) {
        List<String> problems = new ArrayList<>();
        Map<String, Probe> probes = new java.util.LinkedHashMap<>();
        probes.put("startupProbe", container.getStartupProbe());
        probes.put("livenessProbe", container.getLivenessProbe());
        probes.put("readinessProbe", container.getReadinessProbe());
        Set<String> ports = new HashSet<>();
        container.getPorts().forEach(port -> ports.add(port.getName()));
        probes.forEach((kind, probe) -> {
            String group = kind.equals("readinessProbe") ? "readiness" : "liveness";
            if (probe == null || probe.getHttpGet() == null) {
                problems.add(where + ": no HTTP " + kind);
                return;
            }
            if (!probe.getHttpGet().getPath().endsWith("/actuator/health/" + group)) {
                problems.add(where + ": " + kind + " must ask actuator's " + group + " group, not "
                        + probe.getHttpGet().getPath());
            }
            if (!ports.contains(probe.getHttpGet().getPort().getStrVal())) {
                problems.add(where + ": " + kind + " names no container port");
            }
        });
        return problems;
    }

    private static List<String> resources(String where, Container container) {
        List<String> problems = new ArrayList<>();
        var resources = container.getResources();
        if (resources == null) {
            return List.of(where + ": no resources");
        }
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources.getRequests() == null
                    ? null
                    : resources.getRequests().get(resource);
            Quantity limit =
                    resources.getLimits() == null ? null : resources.getLimits().get(resource);
            if (request == null || limit == null) {
                problems.add(where + ": needs both a request and a limit of " + resource);
            } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                problems.add(where + ": " + resource + " request above its limit");
            }
        }
        return problems;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyReferencedConfigMapAndSecretExistsOrIsDocumentedForTheOperator(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        String operations = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered.typed("Deployment", Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() == null) {
                        continue;
                    }
                    var configMapKey = env.getValueFrom().getConfigMapKeyRef();
                    var secretKey = env.getValueFrom().getSecretKeyRef();
                    if (configMapKey != null) {
                        problems.addAll(reference(
                                rendered,
                                operations,
                                name,
                                "ConfigMap",
                                configMapKey.getName(),
                                configMapKey.getKey(),
                                Boolean.TRUE.equals(configMapKey.getOptional())));
                    }
                    if (secretKey != null) {
                        problems.addAll(reference(
                                rendered,
                                operations,
                                name,
                                "Secret",
                                secretKey.getName(),
                                secretKey.getKey(),
                                Boolean.TRUE.equals(secretKey.getOptional())));
                    }
                }
                for (EnvFromSource source : container.getEnvFrom()) {
                    if (source.getConfigMapRef() != null) {
                        problems.addAll(reference(
                                rendered,
                                operations,
                                name,
                                "ConfigMap",
                                source.getConfigMapRef().getName(),
                                null,
                                false));
                    }
                    if (source.getSecretRef() != null) {
                        problems.addAll(reference(
                                rendered,
                                operations,
                                name,
                                "Secret",
                                source.getSecretRef().getName(),
                                null,
                                false));
                    }
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    problems.addAll(reference(
                            rendered,
                            operations,
                            name,
                            "Secret",
                            volume.getSecret().getSecretName(),
                            null,
                            false));
                }
            }
        }
        assertThat(problems).as("overlay %s", overlay).isEmpty();
    }

    /**
     * A reference resolves to an object of the overlay (and then the key must be there), or names an object the
     * operator or an operator creates, which docs/operations.md must then name so that nobody has to guess.
     */
    private static List<String> reference(
            Rendered rendered, String operations, String from, String kind, String name, String key, boolean optional) {
        var object = rendered.find(kind, name);
        if (object.isPresent()) {
            Map<String, Object> data = new java.util.HashMap<>(object.get().map("data"));
            data.putAll(object.get().map("stringData"));
            if (key != null && !optional && !data.containsKey(key)) {
                return List.of(from + ": " + kind + " " + name + " has no key " + key);
            }
            return List.of();
        }
        if (!operations.contains("`" + name + "`")) {
            return List.of(from + ": " + kind + " " + name + " is neither in the overlay nor documented in"
                    + " docs/operations.md (as `" + name + "`) for the operator to create");
        }
        return List.of();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyTheGatewayAndKeycloakArePublicAndBothOverTlsFromCertManager(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        Set<String> services = new HashSet<>();
        rendered.ofKind("Service").forEach(service -> services.add(service.name()));
        // The Keycloak Operator creates <name>-service for a Keycloak resource.
        rendered.ofKind("Keycloak").forEach(keycloak -> services.add(keycloak.name() + "-service"));
        List<String> problems = new ArrayList<>();
        Set<String> backends = new HashSet<>();
        for (Ingress ingress : rendered.typed("Ingress", Ingress.class)) {
            String name = ingress.getMetadata().getName();
            if (ingress.getMetadata().getAnnotations() == null
                    || ingress.getMetadata()
                            .getAnnotations()
                            .getOrDefault("cert-manager.io/cluster-issuer", "")
                            .isBlank()) {
                problems.add(name + ": no cert-manager.io/cluster-issuer annotation");
            }
            Set<String> tlsHosts = new HashSet<>();
            ingress.getSpec().getTls().forEach(tls -> {
                if (tls.getSecretName() == null) {
                    problems.add(name + ": a tls entry without secretName");
                }
                tlsHosts.addAll(tls.getHosts());
            });
            ingress.getSpec().getRules().forEach(rule -> {
                if (!tlsHosts.contains(rule.getHost())) {
                    problems.add(name + ": host " + rule.getHost() + " is served without TLS");
                }
                rule.getHttp().getPaths().forEach(path -> {
                    IngressBackend backend = path.getBackend();
                    String service = backend.getService().getName();
                    backends.add(service);
                    if (!services.contains(service)) {
                        problems.add(name + ": backend " + service + " is not a Service of the overlay");
                    }
                });
            });
        }
        assertThat(problems).as("overlay %s", overlay).isEmpty();
        assertThat(backends)
                .as("what Ingresses expose in %s", overlay)
                .containsExactlyInAnyOrder("gateway", "keycloak-service");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyAddressInTheConfigurationIsAServicePortOrADatabaseOfTheOverlay(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        Map<String, Set<Integer>> ports = new java.util.HashMap<>();
        rendered.typed("Service", Service.class)
                .forEach(service -> ports.put(
                        service.getMetadata().getName(),
                        new HashSet<>(service.getSpec().getPorts().stream()
                                .map(port -> port.getPort())
                                .toList())));
        // Services the operators create for their resources (Strimzi, CloudNativePG, the Keycloak Operator).
        rendered.ofKind("Kafka").forEach(kafka -> ports.put(kafka.name() + "-kafka-bootstrap", Set.of(9092, 9093)));
        rendered.ofKind("Cluster").forEach(cluster -> ports.put(cluster.name() + "-rw", Set.of(5432)));
        rendered.ofKind("Keycloak").forEach(keycloak -> ports.put(keycloak.name() + "-service", Set.of(8080)));
        Set<String> databases = new HashSet<>();
        rendered.ofKind("Database")
                .forEach(database ->
                        databases.add(database.string("spec", "cluster", "name").orElse("") + "-rw/"
                                + database.string("spec", "name").orElse("")));
        Pattern address = Pattern.compile("(?:https?://|jdbc:postgresql://|^)([a-z0-9-]+):([0-9]+)(/[a-z_]+)?");
        List<String> problems = new ArrayList<>();
        for (K8sObject configMap : rendered.ofKind("ConfigMap")) {
            configMap.map("data").forEach((key, value) -> {
                var matcher = address.matcher(String.valueOf(value));
                if (!matcher.find()
                        || String.valueOf(value).contains(".")
                                && !String.valueOf(value).startsWith("jdbc:")) {
                    return;
                }
                String host = matcher.group(1);
                int port = Integer.parseInt(matcher.group(2));
                if (!ports.getOrDefault(host, Set.of()).contains(port)) {
                    problems.add(configMap.name() + " " + key + ": " + host + ":" + port + " is no Service port");
                }
                if (String.valueOf(value).startsWith("jdbc:") && !databases.contains(host + matcher.group(3))) {
                    problems.add(configMap.name() + " " + key + ": no Database " + matcher.group(3) + " in " + host);
                }
            });
        }
        assertThat(problems).as("overlay %s", overlay).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyCallBetweenDeployablesIsAllowedByBothNetworkPolicies(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        Map<String, NetworkPolicy> policies = new java.util.HashMap<>();
        rendered.typed("NetworkPolicy", NetworkPolicy.class)
                .forEach(policy -> policies.put(policy.getMetadata().getName(), policy));
        Map<String, Integer> httpPorts = new java.util.HashMap<>();
        List<Deployment> deployments = rendered.typed("Deployment", Deployment.class);
        deployments.forEach(deployment ->
                deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getPorts().stream()
                        .filter(port -> port.getName().equals("http"))
                        .forEach(port -> httpPorts.put(deployment.getMetadata().getName(), port.getContainerPort())));
        Pattern url = Pattern.compile("^https?://([a-z0-9-]+):[0-9]+");
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : deployments) {
            String caller = deployment.getMetadata().getName();
            Container container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            Set<String> values = new HashSet<>();
            container.getEnvFrom().stream()
                    .filter(source -> source.getConfigMapRef() != null)
                    .forEach(source -> rendered.find(
                                    "ConfigMap", source.getConfigMapRef().getName())
                            .ifPresent(configMap -> configMap
                                    .map("data")
                                    .values()
                                    .forEach(value -> values.add(String.valueOf(value)))));
            Set<String> callees = new java.util.TreeSet<>();
            values.forEach(value -> {
                var matcher = url.matcher(value);
                if (matcher.find() && httpPorts.containsKey(matcher.group(1))) {
                    callees.add(matcher.group(1));
                }
            });
            for (String callee : callees) {
                int port = httpPorts.get(callee);
                boolean egress = policies.get(caller).getSpec().getEgress().stream()
                        .anyMatch(rule -> rule.getTo().stream().anyMatch(peer -> names(peer, callee))
                                && rule.getPorts().stream()
                                        .anyMatch(allowed ->
                                                Objects.equals(allowed.getPort().getIntVal(), port)));
                boolean ingress = policies.get(callee).getSpec().getIngress().stream()
                        .anyMatch(rule -> rule.getFrom().stream().anyMatch(peer -> names(peer, caller)));
                if (!egress) {
                    problems.add(
                            caller + " calls " + callee + " but its NetworkPolicy lets nothing out to it on " + port);
                }
                if (!ingress) {
                    problems.add(caller + " calls " + callee + " but " + callee + "'s NetworkPolicy lets it not in");
                }
            }
        }
        assertThat(problems).as("overlay %s", overlay).isEmpty();
    }

    private static boolean names(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer peer, String app) {
        return peer.getPodSelector() != null
                && peer.getNamespaceSelector() == null
                && peer.getPodSelector().getMatchLabels() != null
                && app.equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyAlertHasItsRunbook(String overlay) {
        String operations = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
        List<String> missing = new ArrayList<>();
        for (K8sObject rule : Repository.overlay(overlay).ofKind("PrometheusRule")) {
            for (Object group : rule.list("spec", "groups")) {
                for (Object entry : (List<?>) ((Map<?, ?>) group).get("rules")) {
                    Object alert = ((Map<?, ?>) entry).get("alert");
                    if (alert != null && !operations.contains("\n### " + alert + "\n")) {
                        missing.add(alert.toString());
                    }
                }
            }
        }
        assertThat(missing)
                .as("alerts without a '### <alert>' runbook in docs/operations.md")
                .isEmpty();
    }

    @Test
    void productionRunsTwoOrMoreOfEverythingAndKeepsOneThroughDisruptions() {
        Rendered prod = Repository.overlay("prod");
        List<String> problems = new ArrayList<>();
        prod.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class).forEach(hpa -> {
            if (hpa.getSpec().getMinReplicas() < 2) {
                problems.add(hpa.getMetadata().getName() + ": minReplicas below 2");
            }
        });
        prod.typed("PodDisruptionBudget", PodDisruptionBudget.class).forEach(budget -> {
            if (budget.getSpec().getMinAvailable() == null
                    || !Objects.equals(budget.getSpec().getMinAvailable().getIntVal(), 1)
                    || budget.getSpec().getMaxUnavailable() != null) {
                problems.add(budget.getMetadata().getName() + ": the PDB must keep minAvailable 1");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(Stream.of("ScheduledBackup", "ObjectStore")
                        .filter(kind -> prod.ofKind(kind).isEmpty()))
                .as("kinds production must have (backups)")
                .isEmpty();
        assertThat(Repository.read(Repository.K8S.resolve("overlays/prod/kustomization.yaml")))
                .as("production includes the observability component (dashboards, alerts)")
                .contains("../../components/observability");
        assertThat(prod.find("Cluster", "clientele-db").orElseThrow().list("spec", "plugins"))
                .as("the PostgreSQL cluster archives its WAL through the barman-cloud plugin")
                .isNotEmpty();
    }

    @Test
    void developmentRunsOneOfEverything() {
        Rendered dev = Repository.overlay("dev");
        dev.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)
                .forEach(hpa -> assertThat(hpa.getSpec().getMaxReplicas())
                        .as(hpa.getMetadata().getName())
                        .isEqualTo(1));
    }
}
