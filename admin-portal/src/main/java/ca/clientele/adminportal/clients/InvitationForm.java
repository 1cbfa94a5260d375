package ca.clientele.adminportal.clients;

/**
 * "Envoyer une invitation" has nothing to type: an empty form, so that a refusal (the registry
 * down, a banned client) is said in the invitation block like any form's.
 */
record InvitationForm() {}
