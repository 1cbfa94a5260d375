package ca.clientele.registry;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;

/**
 * Unknown JSON fields are refused (400), as docs/platform.md promises. The platform sets
 * {@code spring.jackson.deserialization.fail-on-unknown-properties=true}, but in a service that
 * publishes events the JsonMapper is created before configuration properties are bound (Spring
 * Modulith's event listener factory needs it while the context is still being prepared), so no
 * {@code spring.jackson.*} property reaches it. A customizer bean is applied all the same.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer failOnUnknownProperties() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
