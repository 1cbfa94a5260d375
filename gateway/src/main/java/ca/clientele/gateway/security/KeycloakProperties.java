package ca.clientele.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is. One base URL so that Kubernetes overrides a single value; the issuer can be
 * set apart for the day Keycloak's public hostname differs from the address the gateway uses.
 */
@ConfigurationProperties("clientele.keycloak")
record KeycloakProperties(
        @DefaultValue("http://localhost:8180") String url,
        @DefaultValue("clientele") String realm,
        String issuer) {

    /** The {@code iss} every ID token must carry. */
    String issuerUri() {
        if (issuer != null && !issuer.isBlank()) {
            return stripTrailingSlash(issuer);
        }
        return stripTrailingSlash(url) + "/realms/" + realm;
    }

    /** RP-initiated logout (OIDC end_session_endpoint), normally read from discovery we skip. */
    String endSessionUri() {
        return stripTrailingSlash(url) + "/realms/" + realm + "/protocol/openid-connect/logout";
    }

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
