package ca.clientele.platform.observability;

import ca.clientele.platform.security.ResourceServerSecurityAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * When actuator runs on its own port ({@code management.server.port}, set in Kubernetes, where a NetworkPolicy lets
 * only Prometheus and the kubelet reach it), that port serves health, info and the Prometheus scrape without a token
 * and nothing else. The application port keeps the platform rule: only health without a token, so {@code
 * /actuator/prometheus} there needs a JWT (and is not even served once the ports differ). Runs after the
 * resource-server and portal chains so that their "is there a chain already?" checks are not fooled by this one.
 */
@AutoConfiguration(after = ResourceServerSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
public class ManagementSecurityAutoConfiguration {

    static final String[] OPEN_ON_MANAGEMENT_PORT = {
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"
    };

    @Bean
    ManagementPort managementPort() {
        return new ManagementPort();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPortSecurity(HttpSecurity http, ManagementPort managementPort) throws Exception {
        return http.securityMatcher(managementPort)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.requestMatchers(OPEN_ON_MANAGEMENT_PORT)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
