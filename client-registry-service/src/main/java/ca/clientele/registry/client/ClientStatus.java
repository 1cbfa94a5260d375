package ca.clientele.registry.client;

/** The status staff set in section 1 of the Client application (actif, inactif, suspendu, banni). */
enum ClientStatus {
    ACTIVE,
    INACTIVE,
    SUSPENDED,
    BANNED
}
