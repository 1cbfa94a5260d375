package ca.clientele.booking.service;

/** Where a service happens: at the branch ("En succursale") or at the client's home ("À domicile"). */
public enum Place {
    IN_STORE,
    HOME;

    /** Key of the label in {@code messages*.properties}. */
    public String messageKey() {
        return "booking.place." + name();
    }
}
