package ca.clientele.adminportal.forms;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Function;

/**
 * A form post as a controller receives it: what was typed, whether htmx sent it (then the answer
 * is a fragment), and the one way to submit it ({@link FormSubmitter}). Resolved from the request
 * by {@link FormRequestResolver}, so no controller reads form parameters its own way.
 */
public final class FormRequest {

    private final Map<String, String> typed;
    private final boolean htmx;
    private final HttpServletResponse response;
    private final FormSubmitter submitter;

    FormRequest(Map<String, String> typed, boolean htmx, HttpServletResponse response, FormSubmitter submitter) {
        this.typed = Map.copyOf(typed);
        this.htmx = htmx;
        this.response = response;
        this.submitter = submitter;
    }

    public boolean htmx() {
        return htmx;
    }

    /** Sends the form's body with {@code call}; the page's status follows the outcome. */
    public <T> Submitted<T> submit(FormSpec<T> spec, Function<Map<String, Object>, T> call) {
        return submitter.submit(spec, typed, call, response);
    }
}
