package ca.clientele.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository around this module: the overlays, the services' sources and configuration, the docs. */
final class Repository {

    /** deploy/k8s (Maven runs the tests in the module's directory). */
    static final Path K8S = Path.of(System.getProperty("user.dir")).toAbsolutePath();

    static final Path ROOT = K8S.resolve("../..").normalize();

    /** Every overlay an operator may apply; each is rendered and checked. */
    static final List<String> OVERLAYS = List.of("dev", "prod");

    /** The deployables: each is a Maven module of the same name and a Deployment of the same name. */
    static final List<String> DEPLOYABLES = List.of(
            "gateway",
            "web-portal",
            "admin-portal",
            "client-registry-service",
            "ticket-service",
            "booking-service",
            "billing-service",
            "document-service",
            "event-service");

    private Repository() {}

    static Rendered overlay(String name) {
        // The first call renders every overlay at once: each render is a separate kubectl process.
        OVERLAYS.parallelStream()
                .forEach(overlay -> Kustomize.render(K8S.resolve("overlays").resolve(overlay)));
        return Kustomize.render(K8S.resolve("overlays").resolve(name));
    }

    static Path module(String name) {
        return ROOT.resolve(name);
    }

    /** Main Java sources of a module. */
    static List<Path> javaSources(String module) {
        return files(module(module).resolve("src/main/java"), ".java");
    }

    /** Main resources of a module. */
    static List<Path> resources(String module) {
        return files(module(module).resolve("src/main/resources"), "");
    }

    static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
