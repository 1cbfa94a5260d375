package ca.clientele.registry.identity;

import java.util.UUID;

/**
 * A sign-in account with the staff role (directly, or through admin, which implies it), so that a
 * staff member of the booking service can be linked to it. {@code name}: first and last names, or
 * the username when the account has none; {@code email} may be null.
 */
public record StaffAccount(UUID userId, String name, String email) {}
