package ca.clientele.registry.pet;

/** The kinds of animal the business cares for; anything else is OTHER (the breed says more). */
enum Species {
    DOG,
    CAT,
    RABBIT,
    BIRD,
    OTHER
}
