package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormSpec;
import ca.clientele.adminportal.forms.FormValues;
import ca.clientele.adminportal.forms.TypedForm;
import java.util.List;
import java.util.Map;

/**
 * A client created by staff from a phone call ({@code POST /api/clients}): the registry opens
 * their Keycloak account without a password; an invitation lets them choose one later. The
 * display name may be left empty (the registry then uses "first last").
 */
final class NewClientForm implements FormSpec<ClientDetails> {

    static final NewClientForm INSTANCE = new NewClientForm();
    static final List<String> INPUTS =
            List.of("firstName", "lastName", "displayName", "email", "mobilePhone", "preferredLanguage");

    private NewClientForm() {}

    /** French unless the caller prefers English. */
    static Map<String, String> blank() {
        return FormValues.none().put("preferredLanguage", "fr").map();
    }

    @Override
    public List<String> fields() {
        return INPUTS;
    }

    @Override
    public Map<String, Object> body(TypedForm typed) {
        return typed.texts(INPUTS.toArray(String[]::new));
    }

    @Override
    public Map<String, String> values(ClientDetails saved) {
        return blank();
    }

    /** The only conflict of a creation: the e-mail is already another client's. */
    @Override
    public String conflictField() {
        return "email";
    }
}
