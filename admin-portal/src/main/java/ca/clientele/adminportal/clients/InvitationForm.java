package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormSpec;
import ca.clientele.adminportal.forms.Notice;
import ca.clientele.adminportal.forms.TypedForm;
import java.util.List;
import java.util.Map;

/**
 * "Envoyer une invitation": Keycloak e-mails the client a link to choose a password and verify
 * their address (valid 72 h). No body; the notice names the address it went to.
 */
record InvitationForm(ClientDetails client) implements FormSpec<Invitation> {

    @Override
    public List<String> fields() {
        return List.of();
    }

    @Override
    public Map<String, Object> body(TypedForm typed) {
        return Map.of();
    }

    @Override
    public Map<String, String> values(Invitation saved) {
        return Map.of();
    }

    @Override
    public Notice saved(TypedForm typed, Invitation result) {
        return new Notice("form.saved.invitation", client.email(), result.sent());
    }
}
