package ca.clientele.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses every page to a signed-in user without one of the portal's roles. Checked in MVC rather
 * than in the filter chain so that {@code ErrorPages} renders the refusal as a page in the user's
 * language (the filter chain has already required a valid token).
 */
final class RequiredRoleInterceptor implements HandlerInterceptor {

    private final Set<String> authorities;

    RequiredRoleInterceptor(Set<String> authorities) {
        this.authorities = Set.copyOf(authorities);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authorities::contains);
        if (!allowed) {
            throw new AccessDeniedException("Missing role " + authorities);
        }
        return true;
    }
}
