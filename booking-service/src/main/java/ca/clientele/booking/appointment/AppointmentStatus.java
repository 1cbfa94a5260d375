package ca.clientele.booking.appointment;

/**
 * An appointment's life as the client's "Services & Disponibilités" page shows it. CONFIRMED is what the seed calls
 * "Payé / Confirmé": paying confirms the slot (billing's events, next issue). Only a CANCELLED appointment frees its
 * time: the exclusion constraint ignores it, and nothing else.
 */
enum AppointmentStatus {
    UNPAID,
    CONFIRMED,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    /** Still to happen: it may be cancelled, moved, completed or marked a no-show. */
    boolean isLive() {
        return this == UNPAID || this == CONFIRMED;
    }

    /** Key of the label in {@code messages*.properties}. */
    String messageKey() {
        return "booking.status." + name();
    }
}
