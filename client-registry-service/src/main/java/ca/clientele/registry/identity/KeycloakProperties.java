package ca.clientele.registry.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the registry reaches the Keycloak admin API ({@code clientele.keycloak.*}).
 *
 * @param url Keycloak's base URL
 * @param realm the realm of the clients' accounts
 * @param clientId the confidential client whose service account calls the admin API
 * @param clientSecret its secret (env {@code CLIENTELE_REGISTRY_CLIENT_SECRET})
 * @param connectTimeout and {@code readTimeout}: a slow Keycloak must not hold a request for long
 * @param invitationClientId the client whose sign-in page an invitation link leads back to
 * @param invitationLifespan how long an invitation or verification link stays valid
 * @param twoFactorTtl how old a two-factor state shown with a record may be (ADR 0010)
 */
@ConfigurationProperties("clientele.keycloak")
record KeycloakProperties(
        @DefaultValue("http://localhost:8180") String url,
        @DefaultValue("clientele") String realm,
        @DefaultValue("clientele-registry") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("clientele-gateway") String invitationClientId,
        @DefaultValue("72h") Duration invitationLifespan,
        @DefaultValue("30s") Duration twoFactorTtl) {

    String adminBaseUrl() {
        return url + "/admin/realms/" + realm;
    }

    String tokenUri() {
        return url + "/realms/" + realm + "/protocol/openid-connect/token";
    }
}
