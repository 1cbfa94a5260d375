package ca.clientele.document.catalogue;

/** The two kinds of documents the staff Client application lists for a client. */
enum DocumentKind {
    /** A file staff shared with the client (care instructions, invoice copy…). */
    SHARED_FILE,
    /** A form the client filled (intake, consent…). */
    FORM_SUBMISSION;

    /** Key of the label in {@code messages*.properties}. */
    String messageKey() {
        return "document.kind." + name();
    }
}
