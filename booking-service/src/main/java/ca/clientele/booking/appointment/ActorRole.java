package ca.clientele.booking.appointment;

/** Who acted, as events and the appointment record it: the client, a staff member, or the system (a ban). */
enum ActorRole {
    CLIENT,
    STAFF,
    SYSTEM
}
