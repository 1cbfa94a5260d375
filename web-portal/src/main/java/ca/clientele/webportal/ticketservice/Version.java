package ca.clientele.webportal.ticketservice;

/** Close or reopen: the version of the ticket the client saw. */
public record Version(long version) {}
