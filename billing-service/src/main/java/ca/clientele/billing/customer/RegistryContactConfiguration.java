package ca.clientele.billing.customer;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Billing's client of the registry (contract 1): the OAuth2 client-credentials registration {@code registry}
 * (application.yml: client {@code billing-service}, secret {@code CLIENTELE_BILLING_CLIENT_SECRET}), whose token the
 * interceptor fetches, caches and renews; short JDK timeouts; a Resilience4j retry of 3 attempts on anything but a 4xx answer
 * (5xx, I/O, token) for the event-driven refreshes.
 */
@Configuration(proxyBeanMethods = false)
class RegistryContactConfiguration {

    static final String REGISTRATION_ID = "registry";

    /** The token belongs to billing itself, never to the person whose request led to the call. */
    private static final Authentication SERVICE = new AnonymousAuthenticationToken(
            "billing-service", "billing-service", AuthorityUtils.createAuthorityList("ROLE_SERVICE"));

    @Bean
    RegistryContacts registryContacts(
            ClientRegistrationRepository registrations,
            @Value("${clientele.registry.url:http://localhost:8091}") String registryUrl,
            @Value("${clientele.registry.connect-timeout:PT2S}") Duration connectTimeout,
            @Value("${clientele.registry.read-timeout:PT3S}") Duration readTimeout,
            @Value("${clientele.registry.retry.attempts:3}") int attempts,
            @Value("${clientele.registry.retry.wait:PT0.5S}") Duration wait) {
        return new RegistryContacts(
                client(registrations, registryUrl, connectTimeout, readTimeout), retry(attempts, wait));
    }

    static RestClient client(
            ClientRegistrationRepository registrations, String baseUrl, Duration connect, Duration read) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connect).build());
        requests.setReadTimeout(read);

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
        // A 401 or 403 from the registry drops the cached token, so the next call fetches a fresh one.
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
        return RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .requestInterceptor(bearer)
                .build();
    }

    static Retry retry(int attempts, Duration wait) {
        return Retry.of(
                "registry-contact",
                RetryConfig.custom()
                        .maxAttempts(Math.max(1, attempts))
                        .waitDuration(wait)
                        .retryOnException(RegistryContactConfiguration::isTransient)
                        .build());
    }

    /** A 5xx, a refused connection, a timeout or a token not obtained may pass; a 4xx answer will not. */
    private static boolean isTransient(Throwable failure) {
        return !(failure instanceof HttpClientErrorException);
    }
}
