package ca.clientele.registry.client;

/** The options whose changes are kept as consent records (section 5 of the Client application). */
enum ConsentOption {
    NEWSLETTER,
    SMS,
    TWO_FACTOR
}
