package ca.clientele.platform.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A service started on a random port against REAL infrastructure: a PostgreSQL 18 (migrated by the
 * service's Flyway scripts) and a KRaft Kafka broker, embedded by default (zonky binaries, spring-kafka-test) or
 * containers with {@code -Pcontainers} ({@link TestInfrastructure}); the broker is the {@code EmbeddedKafkaBroker}
 * bean either way. Call it with {@link TestJwts} tokens, signed by a key the service trusts
 * for the test only. Contexts are cached across test classes with the same configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "clientele.crypto.ephemeral-keys=true",
            "spring.kafka.consumer.auto-offset-reset=earliest",
            "logging.structured.format.console="
        })
@ContextCustomizerFactories(InfrastructureCustomizerFactory.class)
@Import(PlatformTestConfiguration.class)
public @interface ServiceIntegrationTest {}
