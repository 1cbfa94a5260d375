package ca.clientele.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the committed OpenAPI documents live: {@code docs/api/<service>.openapi.json} under the
 * repository root, found by walking up from the module a test runs in (Maven runs tests with the
 * module directory as working directory), so every module finds the same file.
 */
final class ApiDocuments {

    private ApiDocuments() {}

    /** The document of {@code service} ({@code client-registry}, {@code booking}…), existing or not. */
    static Path of(String service) {
        return repositoryRoot().resolve(relativePath(service));
    }

    static String relativePath(String service) {
        return "docs/api/" + service + ".openapi.json";
    }

    /** The nearest directory up from here holding {@code .mvn}: the root of the Maven build. */
    static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No .mvn directory above " + start + ": not inside the Clientèle build");
    }
}
