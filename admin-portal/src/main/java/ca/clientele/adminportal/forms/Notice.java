package ca.clientele.adminportal.forms;

/** A message to show once a form is saved: a key of the portal's messages and its arguments. */
public record Notice(String key, Object... args) {

    public static final Notice SAVED = new Notice("form.saved");
}
