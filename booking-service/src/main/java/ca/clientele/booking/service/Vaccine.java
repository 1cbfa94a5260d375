package ca.clientele.booking.service;

/** A vaccine a service may require a pet to hold (the registry's codes; OTHER is never required). */
public enum Vaccine {
    RABIES,
    DHPP,
    FVRCP,
    BORDETELLA;

    public String messageKey() {
        return "booking.vaccine." + name();
    }
}
