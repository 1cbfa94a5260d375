package ca.clientele.adminportal.forms;

import ca.clientele.platform.portal.FieldMessage;
import ca.clientele.platform.portal.ServiceRejectedException;
import ca.clientele.platform.portal.ServiceUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;

/**
 * The one way every form of the portal is submitted: read what was typed into the body its
 * {@link FormSpec} defines, send it, and turn each outcome into a {@link FormState} that keeps
 * what was typed: 400/422 → messages next to their inputs, 409 → the conflict message (or the
 * e-mail input's message), 5xx or unreachable → "temporarily unavailable, nothing saved". The
 * HTTP status of the page follows, so that htmx and tests see a refusal as one.
 * A 404 (the client is gone) and 401/403 go on to the error pages.
 */
@Component
public class FormSubmitter {

    private final MessageSource messages;

    FormSubmitter(MessageSource messages) {
        this.messages = messages;
    }

    public <T> Submitted<T> submit(
            FormSpec<T> spec,
            Map<String, String> typed,
            Function<Map<String, Object>, T> call,
            HttpServletResponse response) {
        TypedForm form = new TypedForm(typed);
        Map<String, Object> body = spec.body(form);
        if (!form.problems().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            form.problems().forEach((field, key) -> errors.put(field, text(key)));
            return refused(response, 400, form, FormState.Outcome.INVALID, errors, List.of());
        }
        try {
            T result = call.apply(body);
            Notice notice = spec.saved(form, result);
            return new Submitted<>(FormState.saved(spec.values(result), text(notice)), Optional.of(result));
        } catch (ServiceRejectedException rejected) {
            return rejected(spec, form, rejected, response);
        } catch (ServiceUnavailableException | ResourceAccessException down) {
            // Nothing was stored (the registry rolls back, e.g. when Keycloak is unreachable).
            return refused(response, 503, form, FormState.Outcome.UNAVAILABLE, Map.of(), List.of());
        }
    }

    private <T> Submitted<T> rejected(
            FormSpec<T> spec, TypedForm form, ServiceRejectedException rejected, HttpServletResponse response) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (FieldMessage message : rejected.errors()) {
            if (message.field() != null && spec.fields().contains(message.field())) {
                byField.putIfAbsent(message.field(), message.message());
            } else if (message.message() != null) {
                others.add(message.message());
            }
        }
        if (rejected.status() == 409 && byField.isEmpty() && spec.conflictField() == null) {
            return refused(response, 409, form, FormState.Outcome.CONFLICT, Map.of(), others);
        }
        if (rejected.status() == 409 && byField.isEmpty()) {
            // The registry's own words say which it is (e-mail taken, or changed meanwhile).
            String detail = rejected.detail() != null ? rejected.detail() : text(new Notice("form.error.email-taken"));
            byField.put(spec.conflictField(), detail);
        } else if (byField.isEmpty() && others.isEmpty() && rejected.detail() != null) {
            others.add(rejected.detail());
        }
        return refused(response, rejected.status(), form, FormState.Outcome.INVALID, byField, others);
    }

    private static <T> Submitted<T> refused(
            HttpServletResponse response,
            int status,
            TypedForm form,
            FormState.Outcome outcome,
            Map<String, String> errors,
            List<String> others) {
        response.setStatus(status);
        return new Submitted<>(FormState.refused(form.values(), outcome, errors, others), Optional.empty());
    }

    private String text(String key) {
        return text(new Notice(key));
    }

    private String text(Notice notice) {
        return messages.getMessage(notice.key(), notice.args(), LocaleContextHolder.getLocale());
    }
}
