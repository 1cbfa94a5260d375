package ca.clientele.local;

import java.nio.file.Path;
import java.util.List;

/**
 * One Spring Boot service of the platform, as the launcher runs it.
 *
 * @param optimizingCompiler whether the service keeps the JIT's optimizing compiler (C2). The others stop at C1
 *     (faster start, less memory), which leaves AES-GCM and SHA-256 without their intrinsics: the document service,
 *     which encrypts and digests every file it streams, ran 100 MB uploads at ~20 MB/s that way (docs/benchmarks.md).
 */
record ServiceSpec(String name, String module, int port, String readinessPath, boolean optimizingCompiler) {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    ServiceSpec(String name, String module, int port, String readinessPath) {
        this(name, module, port, readinessPath, false);
    }

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("registry", "client-registry-service", 8091, "/actuator/health/readiness"),
            new ServiceSpec("tickets", "ticket-service", 8092, "/actuator/health/readiness"),
            new ServiceSpec("booking", "booking-service", 8093, "/actuator/health/readiness"),
            new ServiceSpec("billing", "billing-service", 8094, "/actuator/health/readiness"),
            new ServiceSpec("documents", "document-service", 8095, "/actuator/health/readiness", true),
            new ServiceSpec("events", "event-service", 8096, "/actuator/health/readiness"),
            new ServiceSpec("web", "web-portal", 8081, "/actuator/health/readiness"),
            new ServiceSpec("admin", "admin-portal", 8082, "/admin/actuator/health/readiness"),
            new ServiceSpec("gateway", "gateway", 8080, "/actuator/health/readiness"));

    /** The jar, relative to the repository root, e.g. {@code gateway/target/gateway.jar}. */
    Path jar() {
        return Path.of(module, "target", module + ".jar");
    }

    /** The JVM flags the service runs (and its start-up archive is trained) with. */
    List<String> jvmFlags() {
        return optimizingCompiler
                ? LocalStack.SERVICE_JVM_FLAGS.stream()
                        .filter(flag -> !flag.equals(C1_ONLY))
                        .toList()
                : LocalStack.SERVICE_JVM_FLAGS;
    }

    String readinessUrl() {
        return "http://localhost:" + port + readinessPath;
    }
}
