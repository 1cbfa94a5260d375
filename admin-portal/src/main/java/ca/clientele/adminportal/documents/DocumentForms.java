package ca.clientele.adminportal.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The small forms of a file's row, each sent with the version the row was shown with. */
final class DocumentForms {

    private DocumentForms() {}

    /** "Renommer": the name shown to the client and staff (the stored file keeps its own). */
    record Rename(@NotBlank @Size(max = 255) String name, long version) {

        DocumentClient.Change change() {
            return new DocumentClient.Change(name, null, version);
        }
    }

    /** "Rendre visible au client" / "Réserver au personnel". */
    record ChangeVisibility(@NotNull Visibility visibility, long version) {

        DocumentClient.Change change() {
            return new DocumentClient.Change(null, visibility, version);
        }
    }

    record Delete(long version) {}
}
