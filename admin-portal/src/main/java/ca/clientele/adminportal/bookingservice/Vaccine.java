package ca.clientele.adminportal.bookingservice;

/** A vaccine a service may require ({@code RABIES} "Rage"…), labelled in the caller's language. */
public record Vaccine(String code, String label) {}
