package ca.clientele.adminportal.clients;

import jakarta.validation.constraints.NotNull;

/**
 * A status change. Whether a reason is required is the registry's rule (its 400 lands on
 * {@code reason}); the portal only asks for a confirmation before a ban, which disables the
 * client's sign-in account. {@code currentStatus} is the status the form was shown with.
 */
record StatusForm(@NotNull ClientStatus status, String reason, Boolean confirmBan, String currentStatus, Long version) {

    /** An unticked box is not sent at all. */
    StatusForm {
        confirmBan = Boolean.TRUE.equals(confirmBan);
    }

    static StatusForm of(ClientDetails client) {
        // The reason is typed afresh for each change; the current one is shown beside the form.
        return new StatusForm(
                ClientStatus.parse(client.status()).orElse(null), null, null, client.status(), client.version());
    }

    StatusChange change() {
        return new StatusChange(status, reason, version);
    }

    /** A ban of a client who was not banned: staff must have ticked the confirmation. */
    boolean bans() {
        return status == ClientStatus.BANNED && !wasBanned();
    }

    boolean lifts() {
        return wasBanned() && status != ClientStatus.BANNED;
    }

    private boolean wasBanned() {
        return ClientStatus.BANNED.name().equals(currentStatus);
    }

    /** Body of {@code PUT /api/clients/{id}/status}. */
    record StatusChange(ClientStatus status, String reason, Long version) {}
}
