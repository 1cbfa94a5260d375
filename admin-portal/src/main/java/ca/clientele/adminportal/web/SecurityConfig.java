package ca.clientele.adminportal.web;

import ca.clientele.platform.security.ResourceServerSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The platform's resource-server chain (stateless, JWT relayed by the gateway, CSRF enforced at
 * the gateway) plus browser hardening for server-rendered pages. The staff role is checked in
 * MVC by {@link RequiredRoleInterceptor}, so that a refused user gets the localized 403 PAGE.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Everything is served from this origin; htmx's inline indicator styles are turned off. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        return ResourceServerSecurityAutoConfiguration.applyDefaults(http)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(ResourceServerSecurityAutoConfiguration.PUBLIC_PATHS)
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
