package ca.clientele.booking.booking;

/**
 * A booking's life as the client's "Services & Disponibilités" page shows it. CONFIRMED is what
 * the seed calls "Payé / Confirmé": paying confirms the slot.
 */
enum BookingStatus {
    UNPAID,
    CONFIRMED,
    COMPLETED,
    CANCELLED;

    /** Key of the label in {@code messages*.properties}. */
    String messageKey() {
        return "booking.status." + name();
    }
}
