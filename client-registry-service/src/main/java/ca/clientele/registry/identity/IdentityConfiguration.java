package ca.clientele.registry.identity;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.http.HttpClient;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The Keycloak adapter's wiring: Spring Security's OAuth2 client (the library, without Boot's
 * OAuth2-login auto-configuration, which this resource server does not want) fetches and caches
 * the service account's client-credentials token and renews it before it expires; plain JDK
 * HTTP timeouts keep a slow Keycloak from holding a request (ADR 0008).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakProperties.class)
class IdentityConfiguration {

    static final String REGISTRATION_ID = "keycloak-admin";

    /** The token belongs to this service, never to the person whose request triggered the call. */
    private static final Authentication SERVICE = new AnonymousAuthenticationToken(
            "clientele-registry", "clientele-registry", AuthorityUtils.createAuthorityList("ROLE_SERVICE"));

    @Bean
    IdentityAccounts identityAccounts(
            KeycloakProperties properties, @Value("${clientele.portal-url:http://localhost:8080/}") String portalUrl) {
        return new KeycloakIdentityAccounts(adminClient(properties), properties, portalUrl);
    }

    @Bean
    TwoFactorStates twoFactorStates(IdentityAccounts identity, KeycloakProperties properties) {
        return new TwoFactorStates(identity, properties.twoFactorTtl(), 100_000, Ticker.systemTicker());
    }

    static RestClient adminClient(KeycloakProperties properties) {
        ClientHttpRequestFactory requests = requestFactory(properties);
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(properties.tokenUri())
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        OAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(registrations);

        RestClientClientCredentialsTokenResponseClient tokenClient =
                new RestClientClientCredentialsTokenResponseClient();
        tokenClient.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .messageConverters(
                        List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(credentials -> credentials.accessTokenResponseClient(tokenClient))
                .build());

        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        bearer.setPrincipalResolver(request -> SERVICE);
        // A 401 from the admin API drops the cached token, so the next call fetches a fresh one.
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
        return RestClient.builder()
                .baseUrl(properties.adminBaseUrl())
                .requestFactory(requests)
                .requestInterceptor(bearer)
                .build();
    }

    private static ClientHttpRequestFactory requestFactory(KeycloakProperties properties) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }
}
