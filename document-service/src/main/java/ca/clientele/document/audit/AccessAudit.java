package ca.clientele.document.audit;

import ca.clientele.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The audit trail's document side (contract 3, ADR 0026): each staff download of a client's file
 * ({@code GET /api/documents/{id}/content}) publishes {@code document-accessed}, VIEWED when shown
 * inline, DOWNLOADED otherwise. One event per download: of a ranged download only the request
 * starting at byte 0 counts. Thumbnails (small previews on the client page) and the client's own
 * downloads are not audited.
 */
@Configuration(proxyBeanMethods = false)
class AccessAudit implements WebMvcConfigurer, HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessAudit.class);
    static final String CONTENT = "/api/documents/{id}/content";

    private final AccessEvents events;

    AccessAudit(AccessEvents events) {
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/documents/*/content");
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (failure != null
                || !"GET".equals(request.getMethod())
                || !CONTENT.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
                || !wholeOrFirstPart(request, response.getStatus())) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        UUID documentId = documentId(request);
        if (!(authentication instanceof JwtAuthenticationToken) || documentId == null) {
            return;
        }
        Caller caller = Caller.from(authentication);
        if (!caller.isStaff()) {
            return;
        }
        String action = "true".equals(request.getParameter("inline")) ? "VIEWED" : "DOWNLOADED";
        try {
            events.accessed(documentId, caller.id(), action);
        } catch (RuntimeException notRecorded) {
            log.error(
                    "Access event not recorded for a document download: {}",
                    notRecorded.getClass().getName());
        }
    }

    private static boolean wholeOrFirstPart(HttpServletRequest request, int status) {
        if (status == 200) {
            return true;
        }
        String range = request.getHeader(HttpHeaders.RANGE);
        return status == 206 && range != null && range.replace(" ", "").startsWith("bytes=0-");
    }

    private static UUID documentId(HttpServletRequest request) {
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
