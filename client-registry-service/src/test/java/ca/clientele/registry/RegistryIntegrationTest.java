package ca.clientele.registry;

import ca.clientele.platform.testing.ServiceIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Every registry IT: {@link ServiceIntegrationTest} (real PostgreSQL and Kafka) with Keycloak's
 * admin API and the geocoder stood in for by {@link RegistryTestDoubles}. One configuration for all, so
 * Spring starts one context for the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceIntegrationTest
@Import(RegistryTestDoubles.class)
public @interface RegistryIntegrationTest {}
