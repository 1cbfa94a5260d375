package ca.clientele.adminportal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.adminportal.documents.FieldType;
import ca.clientele.adminportal.documents.FormClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's own work: keys the service accepts, choices read from lines, fields added and removed. */
class FormEditorTest {

    private static FormEditor.Field field(String key, FieldType type, String labelFr, String options) {
        return new FormEditor.Field(key, type, labelFr, "Label", null, null, null, options);
    }

    @Test
    void keysComeFromTheFrenchLabelStartWithALetterAndStayUnique() {
        FormEditor editor = new FormEditor(
                "Titre",
                "Title",
                null,
                null,
                List.of(
                        field(null, FieldType.SHORT_TEXT, "Nom de l'animal", null),
                        field(null, FieldType.SHORT_TEXT, "Nom de l’animal ", null),
                        field(null, FieldType.NUMBER, "2 repas par jour ?", null),
                        field("code", FieldType.SHORT_TEXT, "Code", null),
                        field(null, FieldType.SHORT_TEXT, "Code", null),
                        field(null, FieldType.DATE, "¿¿", null)),
                null);

        assertThat(editor.body().fields())
                .extracting(FormClient.FieldBody::key)
                .containsExactly(
                        "nom-de-l-animal", "nom-de-l-animal-2", "field-2-repas-par-jour", "code", "code-2", "field")
                .allMatch(key -> key.matches("[a-zA-Z][a-zA-Z0-9_-]{0,49}"));
    }

    @Test
    void choicesAreReadFromLinesWithAnOptionalStoredValueAndOnlyForChoiceFields() {
        FormEditor.Field choice = field(
                null,
                FieldType.MULTIPLE_CHOICE,
                "Services",
                "Taille des griffes | Nail trim\n\n visite | Visites à domicile | Home visits \nBain\nBain");

        assertThat(choice.parsedOptions())
                .containsExactly(
                        new FormClient.Option("taille-des-griffes", "Taille des griffes", "Nail trim"),
                        new FormClient.Option("visite", "Visites à domicile", "Home visits"),
                        new FormClient.Option("bain", "Bain", "Bain"),
                        new FormClient.Option("bain-2", "Bain", "Bain"));
        assertThat(field(null, FieldType.SHORT_TEXT, "Nom", "Oui | Yes")
                        .body("nom")
                        .options())
                .isEmpty();
    }

    @Test
    void aStoredFieldShowsItsChoicesAsLinesThatReadBackTheSame() {
        FormClient.FieldBody stored = new FormClient.FieldBody(
                "service",
                FieldType.SINGLE_CHOICE,
                "Service",
                "Service",
                null,
                null,
                true,
                List.of(
                        new FormClient.Option("taille-des-griffes", "Taille des griffes", "Nail trim"),
                        new FormClient.Option("visite", "Visites à domicile", "Home visits")));

        FormEditor.Field shown = FormEditor.Field.of(stored);

        assertThat(shown.options())
                .isEqualTo("Taille des griffes | Nail trim\nvisite | Visites à domicile | Home visits");
        assertThat(shown.body("service")).isEqualTo(stored);
    }

    @Test
    void fieldsAreAddedAtTheEndAndRemovedByIndex() {
        FormEditor editor = FormEditor.blank().withFieldAdded().withFieldAdded();
        assertThat(editor.fields()).hasSize(3);

        FormEditor fewer = new FormEditor(
                        "T",
                        "T",
                        null,
                        null,
                        List.of(field("a", FieldType.DATE, "A", null), field("b", FieldType.DATE, "B", null)),
                        4L)
                .withFieldRemoved(0)
                .withFieldRemoved(7);

        assertThat(fewer.fields()).extracting(FormEditor.Field::key).containsExactly("b");
        assertThat(fewer.rowVersion()).isEqualTo(4L);
    }
}
