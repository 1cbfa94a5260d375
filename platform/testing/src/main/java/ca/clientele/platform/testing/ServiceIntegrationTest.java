package ca.clientele.platform.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A service started on a random port against REAL infrastructure: an embedded PostgreSQL 18
 * (zonky binaries, migrated by the service's Flyway scripts) and a KRaft Kafka broker
 * (spring-kafka-test). Call it with {@link TestJwts} tokens, signed by a key the service trusts
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
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(PlatformTestConfiguration.class)
public @interface ServiceIntegrationTest {}
