package ca.clientele.adminportal.documents;

/** Who sees a file: the client (and staff) or staff only. */
enum Visibility {
    CLIENT_VISIBLE,
    STAFF_ONLY
}
