package ca.clientele.registry;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;

/**
 * Request bodies with a field the API does not take are refused (400), so that a client cannot
 * slip "notes" or "archived" into a form and a typo is not silently ignored. The platform default
 * {@code spring.jackson.deserialization.fail-on-unknown-properties=true} does not reach Boot 4's
 * {@code JsonMapper} here (its bound {@code JacksonProperties} come out empty), hence this
 * customizer; it can go once the platform sets the feature itself.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer failOnUnknownProperties() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
