package ca.clientele.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure becomes a page in the user's language: refused (403), not found (404), a service
 * down (503), a request a service refused (its own message), or unexpected (500). Never a stack
 * trace. An htmx request gets only the notice fragment, to swap where its result would have gone.
 * Each portal renders them with its own {@code error/page} template (which must define a
 * {@code notice} fragment) and the {@code error.title.<kind>} / {@code error.text.<kind>} texts.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletRequest request) {
        ModelAndView page = page(request, HttpStatus.FORBIDDEN, "forbidden");
        // Someone who followed a link into the other portal is shown the way to their own:
        // the client portal's 403 page links staff to /admin, the staff portal's links clients to /.
        page.addObject("staff", hasAuthority("ROLE_staff") || hasAuthority("ROLE_admin"));
        page.addObject("clientUser", hasAuthority("ROLE_client"));
        return page;
    }

    @ExceptionHandler({
        ServiceNotFoundException.class,
        NoResourceFoundException.class,
        MethodArgumentTypeMismatchException.class
    })
    ModelAndView notFound(HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND, "not-found");
    }

    @ExceptionHandler({ServiceUnavailableException.class, ResourceAccessException.class})
    ModelAndView unavailable(Exception e, HttpServletRequest request) {
        if (e instanceof ResourceAccessException) {
            log.warn("A backend service could not be reached ({})", e.getClass().getSimpleName());
        }
        return page(request, HttpStatus.SERVICE_UNAVAILABLE, "unavailable");
    }

    @ExceptionHandler(ServiceRejectedException.class)
    ModelAndView rejected(ServiceRejectedException e, HttpServletRequest request) {
        ModelAndView page = page(request, HttpStatusCode.valueOf(e.status()), "rejected");
        page.addObject("detail", e.detail());
        page.addObject("fieldErrors", e.errors());
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            ModelAndView page = page(request, framework.getStatusCode(), "rejected");
            page.addObject("fieldErrors", List.of());
            return page;
        }
        // Type and place only: exception messages can quote personal data.
        StackTraceElement[] trace = e.getStackTrace();
        log.error(
                "Unexpected error of type {} at {}",
                e.getClass().getName(),
                trace.length > 0 ? trace[0] : "unknown place");
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "unexpected");
    }

    private static ModelAndView page(HttpServletRequest request, HttpStatusCode status, String kind) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        ModelAndView page = new ModelAndView(htmx ? "error/page :: notice" : "error/page", status);
        page.addAllObjects(PageChrome.attributes(request));
        page.addObject("kind", kind);
        page.addObject("status", status.value());
        return page;
    }

    private static boolean hasAuthority(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
