package ca.clientele.registry.client;

/** Canada Post's province and territory codes. */
public enum Province {
    AB,
    BC,
    MB,
    NB,
    NL,
    NS,
    NT,
    NU,
    ON,
    PE,
    QC,
    SK,
    YT;

    /** For the request pattern: "AB|BC|…". */
    static final String CODES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT";
}
