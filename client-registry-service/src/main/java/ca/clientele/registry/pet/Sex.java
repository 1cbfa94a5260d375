package ca.clientele.registry.pet;

enum Sex {
    MALE,
    FEMALE,
    UNKNOWN
}
