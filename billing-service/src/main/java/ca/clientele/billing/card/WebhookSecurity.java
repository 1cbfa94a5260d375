package ca.clientele.billing.card;

import ca.clientele.platform.security.ResourceServerSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform's resource-server chain with ONE more public path: Stripe's webhook, which carries no JWT but a
 * signature checked on the raw body ({@link StripeWebhooks}). Everything else still needs a valid token.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecurity {

    @Bean
    SecurityFilterChain billingSecurity(HttpSecurity http) throws Exception {
        return ResourceServerSecurityAutoConfiguration.applyDefaults(http)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(ResourceServerSecurityAutoConfiguration.PUBLIC_PATHS)
                                .permitAll()
                                .requestMatchers(HttpMethod.POST, StripeWebhookController.PATH)
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .build();
    }
}
