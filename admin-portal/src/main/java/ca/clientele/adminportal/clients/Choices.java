package ca.clientele.adminportal.clients;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which control each input of the staff forms is, by the last segment of its name (the registry's
 * JSON field), and the fixed lists the selects offer; labels are in the messages (fr/en). One
 * place, so that a phone is a phone input and a province the same select on every form.
 */
public final class Choices {

    static final Choices ALL = new Choices();

    /** Select inputs: their codes and the message prefix of the codes' labels. */
    private static final Map<String, List<?>> CODES = Map.of(
            "status",
            List.of(ClientStatus.values()),
            "preferredLanguage",
            List.of("fr", "en"),
            "province",
            CanadianAddresses.PROVINCES,
            "species",
            PetForm.SPECIES,
            "sex",
            PetForm.SEXES,
            "neutered",
            List.of("true", "false"));

    private static final Map<String, String> LABELS = Map.of(
            "status", "client.status.",
            "preferredLanguage", "language.",
            "province", "province.",
            "species", "species.",
            "sex", "sex.",
            "neutered", "pets.neutered.");

    private static final Set<String> TEXTAREAS = Set.of("bio", "reason", "notes", "behaviourNotes", "medicalNotes");
    private static final Set<String> CHECKBOXES = Set.of("newsletter", "sms", "twoFactor", "confirmBan");
    private static final Set<String> DATES = Set.of("birthDate", "discountEndsOn");

    private Choices() {}

    /** choice, checkbox, textarea, date, email, tel or text. */
    public String widget(String name) {
        String field = segment(name);
        if (CODES.containsKey(field)) {
            return "choice";
        }
        if (CHECKBOXES.contains(field)) {
            return "checkbox";
        }
        if (TEXTAREAS.contains(field)) {
            return "textarea";
        }
        if (DATES.contains(field)) {
            return "date";
        }
        return field.equals("email") ? "email" : field.endsWith("Phone") ? "tel" : "text";
    }

    public List<?> codes(String name) {
        return CODES.get(segment(name));
    }

    public String labels(String name) {
        return LABELS.get(segment(name));
    }

    /** Only whether a pet is neutered may be unknown; every other select has a value. */
    public boolean allowsNone(String name) {
        return segment(name).equals("neutered");
    }

    public List<String> addressInputs(String kind) {
        return CanadianAddresses.PARTS.stream().map(part -> kind + "." + part).toList();
    }

    private static String segment(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
