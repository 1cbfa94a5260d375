package ca.clientele.adminportal.tickets;

/**
 * The 4 ticket types of a call (seed, section 3): Question (information), Demande (service
 * request), Plainte (complaint), Incident (confidentiality incident, which opens a register entry).
 */
public enum CallType {
    QUESTION,
    REQUEST,
    COMPLAINT,
    INCIDENT
}
