package ca.clientele.registry.client;

/** How a record came to be: the client's first portal visit, or staff taking a phone call. */
enum RegistrationChannel {
    PORTAL,
    STAFF
}
