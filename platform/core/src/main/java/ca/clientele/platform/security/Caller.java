package ca.clientele.platform.security;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the Keycloak user id ({@code sub}) and realm roles of a validated JWT.
 *
 * <p>Controllers take it as a method parameter. What a user owns is recorded under their
 * Keycloak user id, so ownership checks compare an owner id with {@link #id()}.
 */
public record Caller(UUID id, Set<String> roles, String email, String givenName, String familyName, String locale) {

    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";
    /** The realm role of the services' own accounts (client credentials), for service-to-service reads. */
    public static final String SERVICE = "service";

    public boolean isService() {
        return roles.contains(SERVICE);
    }

    public boolean isStaff() {
        return roles.contains(STAFF) || roles.contains(ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** Staff may reach everything; anyone else only what they own. */
    public boolean mayAccess(UUID ownerId) {
        return isStaff() || id.equals(ownerId);
    }

    /**
     * Guards a resource owned by {@code ownerId}. Someone else's resource answers 404, not 403,
     * so that ids cannot be probed.
     */
    public void requireOwnOrStaff(UUID ownerId) {
        if (ownerId == null || !mayAccess(ownerId)) {
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
