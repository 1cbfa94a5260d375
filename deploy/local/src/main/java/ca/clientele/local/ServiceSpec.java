package ca.clientele.local;

import java.nio.file.Path;
import java.util.List;

/** One Spring Boot service of the platform, as the launcher runs it. */
record ServiceSpec(String name, String module, int port, String readinessPath) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("registry", "client-registry-service", 8091, "/actuator/health/readiness"),
            new ServiceSpec("tickets", "ticket-service", 8092, "/actuator/health/readiness"),
            new ServiceSpec("booking", "booking-service", 8093, "/actuator/health/readiness"),
            new ServiceSpec("billing", "billing-service", 8094, "/actuator/health/readiness"),
            new ServiceSpec("documents", "document-service", 8095, "/actuator/health/readiness"),
            new ServiceSpec("events", "event-service", 8096, "/actuator/health/readiness"),
            new ServiceSpec("web", "web-portal", 8081, "/actuator/health/readiness"),
            new ServiceSpec("admin", "admin-portal", 8082, "/admin/actuator/health/readiness"),
            new ServiceSpec("gateway", "gateway", 8080, "/actuator/health/readiness"));

    /** The jar, relative to the repository root, e.g. {@code gateway/target/gateway.jar}. */
    Path jar() {
        return Path.of(module, "target", module + ".jar");
    }

    String readinessUrl() {
        return "http://localhost:" + port + readinessPath;
    }
}
