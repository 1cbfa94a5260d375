package ca.clientele.event.notification;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The registry's API with the event-service's own token (contract 1): OAuth2 client credentials, registration
 * {@code registry} ({@code spring.security.oauth2.client.registration.registry.*}), base URL
 * {@code clientele.registry.url}; the ticket-service's the same way ({@code clientele.tickets.url}). The sender runs outside any request, so the authorized-client manager is the
 * service-based one and the principal is the service itself.
 */
@Configuration(proxyBeanMethods = false)
class RegistryClientConfiguration {

    static final String REGISTRATION = "registry";

    @Bean
    AuthorizedClientServiceOAuth2AuthorizedClientManager registryClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientService clients) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        return manager;
    }

    @Bean
    RestClient registryClient(
            AuthorizedClientServiceOAuth2AuthorizedClientManager manager,
            NotificationProperties properties,
            @Value("${clientele.registry.url:http://localhost:8091}") String url) {
        return serviceClient(manager, url, properties.registry().timeout());
    }

    /** The ticket-service's API (a reply's copies), with the same service account as the registry's. */
    @Bean
    RestClient ticketClient(
            AuthorizedClientServiceOAuth2AuthorizedClientManager manager,
            NotificationProperties properties,
            @Value("${clientele.tickets.url:http://localhost:8092}") String url) {
        return serviceClient(manager, url, properties.registry().timeout());
    }

    private static RestClient serviceClient(
            AuthorizedClientServiceOAuth2AuthorizedClientManager manager, String url, Duration timeout) {
        var interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION);
        var self = new AnonymousAuthenticationToken(
                "event-service", "event-service", AuthorityUtils.createAuthorityList("ROLE_service"));
        interceptor.setPrincipalResolver(request -> self);
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        return RestClient.builder()
                .baseUrl(url)
                .requestFactory(factory)
                .requestInterceptor(interceptor)
                .build();
    }
}
