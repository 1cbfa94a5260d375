package ca.clientele.adminportal.tickets;

/** How a call reached the business (the portal's own conversations are PORTAL, never logged by staff). */
public enum Channel {
    PHONE,
    IN_PERSON,
    EMAIL
}
