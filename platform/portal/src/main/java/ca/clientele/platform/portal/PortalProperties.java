package ca.clientele.platform.portal;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What differs between the portals' shared web set-up.
 *
 * @param requiredRoles authorities of which a signed-in user needs at least one to see any page,
 *     e.g. {@code ROLE_client}; required, because an empty set would refuse everyone
 */
@ConfigurationProperties("clientele.portal")
record PortalProperties(Set<String> requiredRoles) {

    PortalProperties {
        if (requiredRoles == null || requiredRoles.isEmpty()) {
            throw new IllegalArgumentException("Set clientele.portal.required-roles (e.g. ROLE_client)");
        }
        requiredRoles = Set.copyOf(requiredRoles);
    }
}
