package ca.clientele.webportal.account;

import ca.clientele.platform.portal.ServiceRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;

/** What the htmx forms of the account area share. */
final class Forms {

    private Forms() {}

    /** An htmx request gets only the form it replaces; a plain post the whole page. */
    static String view(HttpServletRequest request, String page, String fragment) {
        return "true".equals(request.getHeader("HX-Request")) ? page + " :: " + fragment : page;
    }

    static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The version the form was rendered with; an unreadable one is sent as -1 (a conflict). */
    static long version(Map<String, String> typed) {
        try {
            return Long.parseLong(typed.getOrDefault("version", "").strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    /**
     * 409: someone saved in between; 400/422: messages by field. Both keep what was typed. Any other
     * refusal goes to the error pages.
     */
    static FormState rejected(
            ServiceRejectedException rejected,
            Map<String, String> typed,
            Collection<String> fields,
            HttpServletResponse response) {
        if (rejected.status() == 409) {
            response.setStatus(409);
            return FormState.conflict(typed);
        }
        if (rejected.status() == 400 || rejected.status() == 422) {
            response.setStatus(rejected.status());
            return FormState.invalid(typed, fields, rejected.errors(), rejected.detail());
        }
        throw rejected;
    }
}
