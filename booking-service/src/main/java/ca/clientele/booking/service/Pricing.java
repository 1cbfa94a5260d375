package ca.clientele.booking.service;

/**
 * How a service's price and duration count pets: each pet (a nail trim per pet) or the visit (one home visit, any
 * number of pets).
 */
public enum Pricing {
    PER_PET,
    PER_VISIT;

    /** How many times the service's duration and price count for a booking of this many pets. */
    public int quantity(int pets) {
        return this == PER_PET ? pets : 1;
    }

    public String messageKey() {
        return "booking.pricing." + name();
    }
}
