package ca.clientele.registry.client;

import ca.clientele.platform.security.Caller;

/** Through which screen an option changed: the client's portal, or the staff's admin portal. */
enum ConsentChannel {
    PORTAL,
    ADMIN;

    static ConsentChannel of(Caller caller) {
        return caller.isStaff() ? ADMIN : PORTAL;
    }
}
