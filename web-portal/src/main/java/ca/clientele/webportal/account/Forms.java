package ca.clientele.webportal.account;

import ca.clientele.platform.portal.ServiceRejectedException;
import ca.clientele.platform.portal.ServiceUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.web.client.ResourceAccessException;

/** What the htmx forms of the account area share. */
final class Forms {

    private Forms() {}

    /**
     * The outcome of one save: what the service stored ({@code null} unless it saved) and the form
     * to show.
     */
    record Submission<T>(T saved, FormState form) {

        boolean succeeded() {
            return saved != null;
        }
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
     * Calls {@code save}; the form then shows what was stored ({@code shown}), or what was typed with
     * the service's messages, a conflict or an unavailable notice (see {@link #rejected}). The
     * response status tells htmx and tests which it was.
     */
    static <T> Submission<T> submit(
            Supplier<T> save, Function<T, Map<String, String>> shown, FormPost post, Collection<String> fields) {
        try {
            T saved = save.get();
            return new Submission<>(saved, FormState.saved(shown.apply(saved)));
        } catch (ServiceRejectedException rejected) {
            return new Submission<>(null, rejected(rejected, post, fields));
        } catch (ServiceUnavailableException | ResourceAccessException down) {
            // Inside the form rather than the error page: what the client typed must not be lost.
            post.status(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return new Submission<>(null, FormState.unavailable(post.typed()));
        }
    }

    /**
     * 409: someone saved in between, unless the problem names a field of this form (an e-mail
     * already used by another client is a 409 too, and belongs next to the e-mail field); 400/422:
     * messages by field. All keep what was typed. Any other refusal goes to the error pages.
     */
    static FormState rejected(ServiceRejectedException rejected, FormPost post, Collection<String> fields) {
        if (rejected.status() == 409 && !namesAFieldOf(rejected, fields)) {
            post.status(409);
            return FormState.conflict(post.typed());
        }
        if (rejected.status() == 400 || rejected.status() == 409 || rejected.status() == 422) {
            post.status(rejected.status());
            return FormState.invalid(post.typed(), fields, rejected.errors(), rejected.detail());
        }
        throw rejected;
    }

    private static boolean namesAFieldOf(ServiceRejectedException rejected, Collection<String> fields) {
        return rejected.errors().stream().anyMatch(message -> fields.contains(message.field()));
    }
}
