package ca.clientele.registry.audit;

import ca.clientele.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The audit trail's registry side (contract 3, ADR 0026): each successful read of a client's
 * record by staff publishes {@code client-record-accessed}. A client reading their own record and
 * a service account (role {@code service}) are not audited. The list of audited reads is here, in
 * one place, rather than in each controller: a new personal-information endpoint joins it by
 * adding its pattern.
 */
@Configuration(proxyBeanMethods = false)
class AccessAudit implements WebMvcConfigurer, HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessAudit.class);

    /** Audited GET patterns and what each reads. */
    static final Map<String, Audited> AUDITED = Map.of(
            "/api/clients/{id}", new Audited("VIEWED", "client-record"),
            "/api/clients/{id}/contact", new Audited("VIEWED", "client-contact"),
            "/api/clients/{id}/export", new Audited("EXPORTED", "law25-export"));

    record Audited(String action, String resource) {}

    private final AccessEvents events;

    AccessAudit(AccessEvents events) {
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/clients/*", "/api/clients/*/*");
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (failure != null || response.getStatus() != 200 || !"GET".equals(request.getMethod())) {
            return;
        }
        Audited audited =
                AUDITED.get(String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (audited == null || !(authentication instanceof JwtAuthenticationToken)) {
            return;
        }
        Caller caller = Caller.from(authentication);
        UUID clientId = clientId(request);
        if (!caller.isStaff() || clientId == null || clientId.equals(caller.id())) {
            return;
        }
        try {
            events.accessed(
                    clientId,
                    new ClientRecordAccessed(caller.id(), audited.action(), audited.resource(), clientId.toString()));
        } catch (RuntimeException notRecorded) {
            // The answer has left already; say so loudly (no ids of the client in the log).
            log.error(
                    "Access event not recorded for a {} read: {}",
                    audited.resource(),
                    notRecorded.getClass().getName());
        }
    }

    private static UUID clientId(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> values
                && values.get("id") instanceof String id) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        }
        return null;
    }
}
