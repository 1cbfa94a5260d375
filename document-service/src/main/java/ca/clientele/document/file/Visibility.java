package ca.clientele.document.file;

/** Who sees a file besides staff. */
public enum Visibility {
    /** The client sees it in their documents. */
    CLIENT_VISIBLE,
    /** Staff only: for a client it does not exist (404). */
    STAFF_ONLY
}
