package ca.clientele.event.timeline;

/** Who caused an event: the client themselves, a staff member, or the platform on its own (a schedule, a payment). */
enum ActorKind {
    CLIENT,
    STAFF,
    SYSTEM
}
