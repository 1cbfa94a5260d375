package ca.clientele.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The defaults every Clientèle process shares, added with the LOWEST precedence so that a
 * service's application.yml, environment variables and tests can override any of them. Local
 * values point at the embedded stack of {@code deploy/local}; Kubernetes overrides them.
 */
class PlatformDefaults implements EnvironmentPostProcessor {

    static final String ISSUER = "http://localhost:8180/realms/clientele";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.threads.virtual.enabled", true);
        defaults.put("spring.mvc.problemdetails.enabled", true);
        defaults.put("spring.messages.basename", "messages,i18n/platform");
        defaults.put("spring.messages.fallback-to-system-locale", false);
        defaults.put("spring.web.locale", "fr_CA");
        defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", true);
        defaults.put("spring.jpa.open-in-view", false);
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("server.shutdown", "graceful");
        // Observability (ADR 0035, docs/observability.md). The scrape endpoint is exposed but, on the application port,
        // needs a token like everything but health; Kubernetes moves actuator to its own port (MANAGEMENT_SERVER_PORT),
        // where ManagementSecurityAutoConfiguration lets Prometheus in without one.
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.metrics.tags.application", "${spring.application.name}");
        // Buckets for the latency SLO (LatencyHigh alert): histogram_quantile over le buckets, aggregatable across
        // pods.
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", true);
        // One trace from the gateway through Kafka to the consumers: observed templates put traceparent in the record.
        defaults.put("spring.kafka.template.observation-enabled", true);
        defaults.put("spring.kafka.listener.observation-enabled", true);
        // Spans are exported only where MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT is set (Boot creates no
        // exporter without an endpoint); trace ids are in every log line and propagated either way.
        defaults.put("management.tracing.sampling.probability", 0.1);
        defaults.put("management.endpoint.health.probes.enabled", true);
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,db");
        defaults.put("logging.structured.format.console", "ecs");
        defaults.put("spring.datasource.username", "postgres");
        defaults.put("spring.datasource.password", "postgres");
        defaults.put("spring.flyway.locations", "classpath:db/platform,classpath:db/migration");
        // A new platform migration (V0_x) reaches databases whose service migrations (V1 and up) already ran.
        defaults.put("spring.flyway.out-of-order", true);
        defaults.put("spring.kafka.bootstrap-servers", "localhost:9092");
        defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put(
                "spring.kafka.producer.value-serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put(
                "spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put(
                "spring.kafka.consumer.value-deserializer",
                "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        defaults.put("spring.modulith.events.kafka.enable-json", false);
        defaults.put("spring.modulith.events.jdbc.schema-initialization.enabled", false);
        // Several replicas share one outbox table: republishing every incomplete publication at start would resend
        // what a live replica is still sending. OutboxResubmission resends only the abandoned ones (ADR 0033).
        defaults.put("spring.modulith.events.republish-outstanding-events-on-restart", false);
        defaults.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER);
        defaults.put(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                "${spring.security.oauth2.resourceserver.jwt.issuer-uri}/protocol/openid-connect/certs");
        environment.getPropertySources().addLast(new MapPropertySource("clienteleDefaults", defaults));
    }
}
