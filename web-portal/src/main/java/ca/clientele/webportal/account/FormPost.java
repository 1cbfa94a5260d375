package ca.clientele.webportal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.ModelMap;

/**
 * One post of an account-area form, as a handler parameter: what was typed (the first value of
 * each input), the page's model (already holding the signed-in {@code client}), and the answer's
 * status and view. See {@link FormPostResolver}.
 */
final class FormPost {

    private final Map<String, String> typed;
    private final ModelMap model;
    private final HttpServletRequest request;
    private final HttpServletResponse response;

    FormPost(ModelMap model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> typed.put(name, values.length == 0 ? "" : values[0]));
        this.typed = typed;
        this.model = model;
        this.request = request;
        this.response = response;
    }

    Map<String, String> typed() {
        return typed;
    }

    /** The signed-in client's record, loaded by {@link ClientAreaAdvice} before the handler runs. */
    ClientRecord client() {
        return (ClientRecord) model.get("client");
    }

    FormPost add(String name, Object value) {
        model.addAttribute(name, value);
        return this;
    }

    boolean has(String name) {
        return model.containsAttribute(name);
    }

    ModelMap model() {
        return model;
    }

    void status(int status) {
        response.setStatus(status);
    }

    /** An htmx request gets only the fragment it replaces; a plain post the whole page. */
    boolean htmx() {
        return Forms.htmx(request);
    }

    String view(String page, String fragment) {
        return htmx() ? page + " :: " + fragment : page;
    }
}
