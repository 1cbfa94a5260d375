package ca.clientele.platform.security;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the Keycloak user id ({@code sub}) and realm roles of a validated JWT.
 *
 * <p>Controllers take it as a method parameter. A client's id in every service IS their Keycloak
 * user id, so {@link #id()} is also the client id when {@link #isClient()}.
 */
public record Caller(UUID id, Set<String> roles, String email, String givenName, String familyName, String locale) {

    public static final String CLIENT = "client";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    public boolean isStaff() {
        return roles.contains(STAFF) || roles.contains(ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public boolean isClient() {
        return roles.contains(CLIENT);
    }

    /** Staff may reach every client; a client only their own id. */
    public boolean mayAccess(UUID clientId) {
        return isStaff() || id.equals(clientId);
    }

    /**
     * Guards a client-owned resource. Another client's resource answers 404, not 403, so that ids
     * cannot be probed.
     */
    public void requireOwnOrStaff(UUID clientId) {
        if (clientId == null || !mayAccess(clientId)) {
            throw new ResourceNotFoundException();
        }
    }

    public static Caller from(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("Not a JWT authentication");
        }
        Jwt jwt = token.getToken();
        return new Caller(
                UUID.fromString(jwt.getSubject()),
                KeycloakRoles.realmRoles(jwt),
                jwt.getClaimAsString("email"),
                jwt.getClaimAsString("given_name"),
                jwt.getClaimAsString("family_name"),
                jwt.getClaimAsString("locale"));
    }
}
