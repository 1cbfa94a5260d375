package ca.clientele.registry.pet;

/**
 * The vaccines the business asks about (booking's services name the same codes, e.g. rabies for a
 * home visit); anything else is OTHER, named in the record's {@code otherName}.
 */
enum Vaccine {
    RABIES,
    DHPP,
    FVRCP,
    BORDETELLA,
    OTHER;

    /** Key of the vaccine's label in {@code messages*.properties}. */
    String messageKey() {
        return "vaccine." + name();
    }
}
