package ca.clientele.document.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * A form's definition as staff write it, and as each version stores it (without {@code rowVersion}).
 * Bean Validation checks each value; {@link FormDefinitionRules} checks what spans several (unique
 * keys, options of choice fields).
 *
 * @param rowVersion the form's optimistic-lock version, required to edit (PUT), ignored at creation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FormBody(
        @NotBlank @Size(max = 200) String titleFr,
        @NotBlank @Size(max = 200) String titleEn,
        @Size(max = 4000) String descriptionFr,
        @Size(max = 4000) String descriptionEn,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid FieldBody> fields,
        Long rowVersion) {

    /** The definition to store: the same, without the lock version. */
    FormBody definition() {
        return new FormBody(titleFr, titleEn, descriptionFr, descriptionEn, List.copyOf(fields), null);
    }

    String title(Locale locale) {
        return Languages.english(locale) ? titleEn : titleFr;
    }

    String description(Locale locale) {
        return Languages.english(locale) ? descriptionEn : descriptionFr;
    }

    /**
     * @param key stable name of the answer ({@code answers[<key>]}), unique in the form
     * @param options the choices of a SINGLE_CHOICE or MULTIPLE_CHOICE field, none for the others
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FieldBody(
            @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_-]{0,49}")
            String key,

            @NotNull FieldType type,
            @NotBlank @Size(max = 500) String labelFr,
            @NotBlank @Size(max = 500) String labelEn,
            @Size(max = 2000) String helpFr,
            @Size(max = 2000) String helpEn,
            boolean required,
            @Size(max = 50) List<@NotNull @Valid OptionBody> options) {

        FieldBody {
            options = options == null ? List.of() : List.copyOf(options);
        }

        String label(Locale locale) {
            return Languages.english(locale) ? labelEn : labelFr;
        }

        String help(Locale locale) {
            return Languages.english(locale) ? helpEn : helpFr;
        }
    }

    /** A choice: the value stored in the answers, and its labels. */
    record OptionBody(
            @NotBlank @Size(max = 100) String value,
            @NotBlank @Size(max = 300) String labelFr,
            @NotBlank @Size(max = 300) String labelEn) {

        String label(Locale locale) {
            return Languages.english(locale) ? labelEn : labelFr;
        }
    }
}
