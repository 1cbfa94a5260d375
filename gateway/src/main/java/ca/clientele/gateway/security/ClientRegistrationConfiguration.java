package ca.clientele.gateway.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;

/**
 * The Keycloak registration comes from the usual {@code spring.security.oauth2.client.*}
 * properties, with explicit endpoints instead of issuer discovery so the gateway starts while
 * Keycloak is still booting. Discovery would also have given the issuer and the end-session
 * endpoint; both are added here, the first so ID tokens are checked against it, the second
 * because RP-initiated logout silently degrades to a local logout without it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class ClientRegistrationConfiguration {

    @Bean
    InMemoryReactiveClientRegistrationRepository clientRegistrationRepository(
            OAuth2ClientProperties properties, KeycloakProperties keycloak) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties)
                .asClientRegistrations().values().stream()
                        .map(registration -> withKeycloakMetadata(registration, keycloak))
                        .toList();
        return new InMemoryReactiveClientRegistrationRepository(registrations);
    }

    /**
     * Tokens live in the server-side WebSession, never in the browser and never in a map keyed by
     * user name (Boot's default), so ending the session drops them and two sessions of the same
     * person stay apart.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    private static ClientRegistration withKeycloakMetadata(
            ClientRegistration registration, KeycloakProperties keycloak) {
        return ClientRegistration.withClientRegistration(registration)
                .issuerUri(keycloak.issuerUri())
                .providerConfigurationMetadata(
                        Map.of("issuer", keycloak.issuerUri(), "end_session_endpoint", keycloak.endSessionUri()))
                .build();
    }
}
