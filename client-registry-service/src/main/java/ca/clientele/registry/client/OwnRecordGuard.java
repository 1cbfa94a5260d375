package ca.clientele.registry.client;

import ca.clientele.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A client token with another client's id in {@code /api/clients/{id}/…} is answered 404 before
 * anything else happens: before the body is read and validated (a 400 would tell that the id
 * exists) and before a staff-only check. Controllers still check the caller themselves.
 */
@Configuration(proxyBeanMethods = false)
class OwnRecordGuard implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/clients/*", "/api/clients/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (variables instanceof Map<?, ?> values
                && values.get("id") instanceof String id
                && authentication instanceof JwtAuthenticationToken) {
            UUID clientId = parse(id);
            if (clientId != null) {
                Caller caller = Caller.from(authentication);
                // A service account reaches only the contact details (contract 1); the controller
                // answers a client 404 there even for their own id.
                if (!(isContactPath(request) && ClientContactController.isServiceOrStaff(caller))) {
                    caller.requireOwnOrStaff(clientId);
                }
            }
        }
        return true;
    }

    private static boolean isContactPath(HttpServletRequest request) {
        return request.getRequestURI().endsWith("/contact");
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null; // the controller answers 400 for it
        }
    }
}
