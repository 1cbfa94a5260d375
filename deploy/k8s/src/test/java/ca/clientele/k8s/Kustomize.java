package ca.clientele.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders a kustomization offline with {@code kubectl kustomize} (no cluster, no network): what {@code kubectl apply
 * -k} would send. kubectl is required, never skipped: a check that silently does not run checks nothing.
 */
final class Kustomize {

    private static final Map<Path, Rendered> CACHE = new ConcurrentHashMap<>();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private Kustomize() {}

    /** The objects of the kustomization in {@code dir}, rendered once per test run. */
    static Rendered render(Path dir) {
        return CACHE.computeIfAbsent(dir.toAbsolutePath().normalize(), Kustomize::run);
    }

    private static Rendered run(Path dir) {
        Path kubectl = kubectl();
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + dir + " did not finish within 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError(
                            "kubectl kustomize " + dir + " failed:\n" + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new Rendered(dir, parse(Files.readString(out, StandardCharsets.UTF_8)));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("Could not run " + kubectl + " kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while rendering " + dir, e);
        }
    }

    static List<K8sObject> parse(String yaml) {
        List<Map<String, Object>> documents = YAML.readerFor(new TypeReference<Map<String, Object>>() {})
                .<Map<String, Object>>readValues(yaml)
                .readAll();
        return documents.stream()
                .filter(document -> document != null && !document.isEmpty())
                .map(K8sObject::new)
                .toList();
    }

    /** {@code $KUBECTL}, else {@code kubectl} on the PATH. */
    static Path kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (Files.isExecutable(path)) {
                return path;
            }
            throw new AssertionError("KUBECTL=" + configured + " is not an executable file");
        }
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        return Stream.of(pathVariable.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("kubectl is required to check the Kubernetes manifests (it renders"
                                + " them offline with its built-in kustomize; v1.32 with kustomize v5.5 is what CI uses):"
                                + " install it (https://kubernetes.io/docs/tasks/tools/) or set KUBECTL to its path."
                                + " This check is never skipped."));
    }
}
