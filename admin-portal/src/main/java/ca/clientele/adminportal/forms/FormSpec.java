package ca.clientele.adminportal.forms;

import java.util.Collection;
import java.util.Map;

/**
 * One form of the portal: the JSON it sends to a service (docs/api/client-registry.md) and how its
 * inputs show a stored result. Input names ARE the service's JSON paths ("billingAddress.city"),
 * so a field message of a 400 problem finds its input without a mapping table.
 *
 * @param <T> what the service answers once the form is saved
 */
public interface FormSpec<T> {

    /** The inputs of this form whose messages are shown next to them; others go above the form. */
    Collection<String> fields();

    /** The request body, read from what was typed; problems the portal sees go to {@code typed}. */
    Map<String, Object> body(TypedForm typed);

    /** The inputs' values for a stored result (after a save, the service's normalised values). */
    Map<String, String> values(T saved);

    /**
     * The input a 409 belongs to when it can mean something other than a stale version (an e-mail
     * already used by another client); null: a 409 is the "modified by someone else" conflict.
     */
    default String conflictField() {
        return null;
    }

    /** What to say once saved. */
    default Notice saved(TypedForm typed, T result) {
        return Notice.SAVED;
    }
}
