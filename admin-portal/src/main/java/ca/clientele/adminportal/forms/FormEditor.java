package ca.clientele.adminportal.forms;

import ca.clientele.adminportal.documents.FieldType;
import ca.clientele.adminportal.documents.FormClient;
import ca.clientele.adminportal.documents.FormClient.FieldBody;
import ca.clientele.adminportal.documents.FormClient.FormBody;
import ca.clientele.adminportal.documents.FormClient.FormView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form builder's form: titles and descriptions in both languages and the fields, each posted
 * as {@code fields[i].labelFr}… so that the service's field errors ({@code fields[2].labelEn}) land
 * next to their inputs. A choice field's options are one per line, "Libellé français | English
 * label" (a line may start with its stored value: "value | fr | en"), which a keyboard and a screen
 * reader handle better than a grid of inputs. {@code rowVersion}: null for a new form.
 */
record FormEditor(
        @NotBlank @Size(max = 200) String titleFr,
        @NotBlank @Size(max = 200) String titleEn,
        @Size(max = 4000) String descriptionFr,
        @Size(max = 4000) String descriptionEn,
        @Valid List<Field> fields,
        Long rowVersion) {

    FormEditor {
        fields = fields == null ? new ArrayList<>() : new ArrayList<>(fields);
    }

    /** A new form: one empty short-text field to start from. */
    static FormEditor blank() {
        return new FormEditor(null, null, null, null, List.of(Field.blank()), null);
    }

    static FormEditor of(FormView form) {
        return new FormEditor(
                form.titleFr(),
                form.titleEn(),
                form.descriptionFr(),
                form.descriptionEn(),
                form.fields().stream().map(Field::of).toList(),
                form.rowVersion());
    }

    /** The same form with one more empty field at the end. */
    FormEditor withFieldAdded() {
        List<Field> more = new ArrayList<>(fields);
        more.add(Field.blank());
        return new FormEditor(titleFr, titleEn, descriptionFr, descriptionEn, more, rowVersion);
    }

    /** The same form without field {@code index} (an index out of range changes nothing). */
    FormEditor withFieldRemoved(int index) {
        List<Field> fewer = new ArrayList<>(fields);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return new FormEditor(titleFr, titleEn, descriptionFr, descriptionEn, fewer, rowVersion);
    }

    /** What the service stores; a field without a key gets one from its French label, unique in the form. */
    FormBody body() {
        Set<String> keys = new HashSet<>();
        fields.stream()
                .map(Field::key)
                .filter(key -> key != null && !key.isBlank())
                .forEach(keys::add);
        List<FieldBody> bodies = new ArrayList<>();
        for (Field field : fields) {
            String key = field.key();
            if (key == null || key.isBlank()) {
                key = unique(slug(field.labelFr(), "field"), keys);
            }
            bodies.add(field.body(key));
        }
        return new FormBody(titleFr, titleEn, descriptionFr, descriptionEn, bodies);
    }

    FormClient.FormChange change() {
        return new FormClient.FormChange(body(), rowVersion == null ? 0 : rowVersion);
    }

    /**
     * {@code "Taille des griffes"} → {@code "taille-des-griffes"}: a stable, readable code that
     * starts with a letter and stays short (the service's key rule), {@code fallback} prefixed when
     * the text starts otherwise ("2 fois" → "field-2-fois").
     */
    static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        ascii = ascii.length() > 40 ? ascii.substring(0, 40).replaceAll("-$", "") : ascii;
        if (ascii.isEmpty()) {
            return fallback;
        }
        return Character.isLetter(ascii.charAt(0)) ? ascii : fallback + "-" + ascii;
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    /** One field as the editor shows it; {@code options}: one per line (choice fields only). */
    record Field(
            String key,
            @NotNull FieldType type,
            @NotBlank @Size(max = 500) String labelFr,
            @NotBlank @Size(max = 500) String labelEn,
            @Size(max = 2000) String helpFr,
            @Size(max = 2000) String helpEn,
            Boolean required,
            String options) {

        static Field blank() {
            return new Field(null, FieldType.SHORT_TEXT, null, null, null, null, false, null);
        }

        static Field of(FieldBody field) {
            List<String> lines = field.options() == null
                    ? List.of()
                    : field.options().stream()
                            .map(option -> option.value().equals(slug(option.labelFr(), "option"))
                                    ? option.labelFr() + " | " + option.labelEn()
                                    : option.value() + " | " + option.labelFr() + " | " + option.labelEn())
                            .toList();
            return new Field(
                    field.key(),
                    field.type(),
                    field.labelFr(),
                    field.labelEn(),
                    field.helpFr(),
                    field.helpEn(),
                    field.required(),
                    lines.isEmpty() ? null : String.join("\n", lines));
        }

        FieldBody body(String key) {
            return new FieldBody(
                    key,
                    type,
                    labelFr,
                    labelEn,
                    helpFr,
                    helpEn,
                    Boolean.TRUE.equals(required),
                    type != null && type.hasOptions() ? parsedOptions() : List.of());
        }

        /**
         * The lines of {@code options}: "fr | en", "value | fr | en", or one label for both
         * languages; blank lines skipped, values unique.
         */
        List<FormClient.Option> parsedOptions() {
            List<FormClient.Option> parsed = new ArrayList<>();
            Set<String> values = new HashSet<>();
            if (options == null) {
                return parsed;
            }
            for (String line : options.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                String fr = (parts.length == 3 ? parts[1] : parts[0]).strip();
                String en = (parts.length == 1 ? fr : parts[parts.length - 1]).strip();
                String value = parts.length == 3 ? parts[0].strip() : slug(fr, "option");
                parsed.add(new FormClient.Option(unique(value, values), fr, en.isEmpty() ? fr : en));
            }
            return parsed;
        }
    }
}
