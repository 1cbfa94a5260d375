package ca.clientele.platform.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way a portal form meets a service: the form is a record bound with {@code @Valid
 * @ModelAttribute} and its {@link BindingResult}; {@link #submit} calls the service only when the
 * portal's own checks passed, and puts whatever the service refused into the same BindingResult,
 * where {@code th:errors} and the {@code kit/form :: outcome} fragment show it. The answer's status
 * says what happened (400, 409, 422, 503), which htmx and tests read.
 *
 * <p>Error codes: {@value #CONFLICT} (global; a 409 naming no field of the form: saved elsewhere
 * meanwhile), {@value #UNAVAILABLE} (global; the service failed or could not be reached: nothing
 * saved, what was typed stays) — both worded in the kit's messages, which a portal may override —
 * and {@value #REJECTED} (on a field, or global for no field of this form), which carries the
 * service's own message, already in the user's language.
 */
public final class ServiceForms {

    public static final String CONFLICT = "form.conflict";
    public static final String UNAVAILABLE = "form.unavailable";
    /** Never a message key: the service's own text (the default message) is shown. */
    public static final String REJECTED = "form.service-message";

    private ServiceForms() {}

    /**
     * Calls {@code save} unless binding or validation already failed (then 400). Returns what the
     * service answered; empty when the form shows errors instead. A refusal other than 400, 409 or
     * 422 (404, 403) is not a form matter and goes on to the error pages.
     */
    public static <T> Optional<T> submit(BindingResult form, Supplier<T> save) {
        if (form.hasErrors()) {
            status(HttpServletResponse.SC_BAD_REQUEST);
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(save.get());
        } catch (ServiceRejectedException rejected) {
            if (rejected.status() != 400 && rejected.status() != 409 && rejected.status() != 422) {
                throw rejected;
            }
            reject(form, rejected);
            status(rejected.status());
            return Optional.empty();
        } catch (ServiceUnavailableException down) {
            // Inside the form rather than the error page: what the user typed must not be lost.
            unavailable(form);
            status(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return Optional.empty();
        }
    }

    /**
     * Puts a service's refusal into the form: each field message on its field through {@code
     * rejectValue} (a field the form does not have becomes a global error, so no message is lost);
     * a 409 naming no field of the form becomes the global {@value #CONFLICT} error (its detail as
     * default message); a refusal with no field message at all shows its detail as global error.
     */
    public static void reject(BindingResult form, ServiceRejectedException rejected) {
        boolean onAField = false;
        for (FieldMessage message : rejected.errors()) {
            onAField |= rejectField(form, message);
        }
        if (rejected instanceof ServiceConflictException && !onAField) {
            form.reject(CONFLICT, rejected.detail());
        } else if (rejected.errors().isEmpty()) {
            form.reject(REJECTED, rejected.detail());
        }
    }

    /**
     * After a save, shows the form as the service stored it: replaces the model's form and drops
     * the binding of what was typed (which the page would otherwise show again).
     */
    public static void replace(Model model, String name, Object form) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
        model.addAttribute(name, form);
    }

    /** The service did not answer: nothing was saved, what was typed stays for another try. */
    public static void unavailable(BindingResult form) {
        form.reject(UNAVAILABLE);
    }

    /** True when the field was one of the form's. */
    private static boolean rejectField(BindingResult form, FieldMessage message) {
        if (message.field() != null && !message.field().isBlank()) {
            try {
                // The message is the service's, already in the user's language.
                form.rejectValue(message.field(), REJECTED, message.message());
                return true;
            } catch (NotReadablePropertyException notAFieldOfThisForm) {
                // Falls through to a global error.
            }
        }
        form.reject(REJECTED, message.message());
        return false;
    }

    private static void status(int status) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet && servlet.getResponse() != null) {
            servlet.getResponse().setStatus(status);
        }
    }
}
