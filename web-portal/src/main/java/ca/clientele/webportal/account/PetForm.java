package ca.clientele.webportal.account;

import static ca.clientele.webportal.account.FormState.blankToNull;

import ca.clientele.platform.portal.FieldMessage;
import ca.clientele.webportal.account.Field.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The pet form of Mes animaux, for a new pet and for each of the client's pets. Input names are the
 * contract's JSON names. A number or date the portal cannot even read is refused here, in the
 * client's language, without calling the registry; every other rule is the registry's.
 */
final class PetForm {

    static final List<String> SPECIES = List.of("DOG", "CAT", "RABBIT", "BIRD", "OTHER");
    static final List<String> SEXES = List.of("UNKNOWN", "FEMALE", "MALE");
    static final List<Field> FIELDS = List.of(
            Field.mandatory("name", Kind.TEXT),
            Field.select("species", SPECIES, "species."),
            Field.of("breed", Kind.TEXT),
            Field.select("sex", SEXES, "sex."),
            Field.of("birthDate", Kind.DATE),
            Field.of("weightKg", Kind.NUMBER),
            Field.of("neutered", Kind.CHECKBOX),
            Field.of("veterinarianName", Kind.TEXT),
            Field.of("veterinarianPhone", Kind.TEL),
            Field.of("behaviourNotes", Kind.TEXTAREA),
            Field.of("medicalNotes", Kind.TEXTAREA));
    static final List<String> FIELD_NAMES = Field.names(FIELDS);

    /** What was typed as the contract's body, or the fields that could not be read. */
    record Parsed(Map<String, Object> body, List<FieldMessage> unreadable) {

        boolean readable() {
            return unreadable.isEmpty();
        }
    }

    private PetForm() {}

    static Map<String, String> values(Pet pet) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", pet.name());
        values.put("species", pet.species());
        values.put("breed", pet.breed());
        values.put("sex", pet.sex());
        values.put("birthDate", pet.birthDate() == null ? null : pet.birthDate().toString());
        values.put("weightKg", pet.weightKg() == null ? null : pet.weightKg().toPlainString());
        values.put("neutered", Boolean.toString(Boolean.TRUE.equals(pet.neutered())));
        values.put("veterinarianName", pet.veterinarianName());
        values.put("veterinarianPhone", pet.veterinarianPhone());
        values.put("behaviourNotes", pet.behaviourNotes());
        values.put("medicalNotes", pet.medicalNotes());
        values.put("version", Long.toString(pet.version()));
        return values;
    }

    /** A new pet: a dog of unknown sex until the client says otherwise. */
    static Map<String, String> blank() {
        return Map.of("species", "DOG", "sex", "UNKNOWN", "neutered", "false");
    }

    /**
     * {@code {name, species, breed, sex, birthDate, weightKg, neutered, veterinarianName,
     * veterinarianPhone, behaviourNotes, medicalNotes, photoReference}}, plus {@code version} for an
     * existing pet. {@code photoReference} is the stored one: the client does not edit it here.
     *
     * @param text the message for a key, in the client's language
     */
    static Parsed parse(
            Map<String, String> typed, String photoReference, boolean existing, UnaryOperator<String> text) {
        List<FieldMessage> unreadable = new ArrayList<>();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", blankToNull(typed.get("name")));
        body.put("species", blankToNull(typed.get("species")));
        body.put("breed", blankToNull(typed.get("breed")));
        body.put("sex", blankToNull(typed.get("sex")));
        body.put("birthDate", date(typed.get("birthDate"), unreadable, text));
        body.put("weightKg", weight(typed.get("weightKg"), unreadable, text));
        body.put("neutered", "true".equals(typed.get("neutered")));
        body.put("veterinarianName", blankToNull(typed.get("veterinarianName")));
        body.put("veterinarianPhone", blankToNull(typed.get("veterinarianPhone")));
        body.put("behaviourNotes", blankToNull(typed.get("behaviourNotes")));
        body.put("medicalNotes", blankToNull(typed.get("medicalNotes")));
        body.put("photoReference", photoReference);
        if (existing) {
            body.put("version", Forms.version(typed));
        }
        return new Parsed(body, unreadable);
    }

    /** ISO (what a date input posts); sent as the same text. */
    private static String date(String typed, List<FieldMessage> unreadable, UnaryOperator<String> text) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException notADate) {
            unreadable.add(new FieldMessage("birthDate", text.apply("form.date")));
            return null;
        }
    }

    /** "4,5" as French writes it, or "4.5". */
    private static BigDecimal weight(String typed, List<FieldMessage> unreadable, UnaryOperator<String> text) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException notANumber) {
            unreadable.add(new FieldMessage("weightKg", text.apply("form.number")));
            return null;
        }
    }
}
