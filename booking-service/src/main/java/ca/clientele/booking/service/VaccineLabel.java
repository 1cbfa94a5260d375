package ca.clientele.booking.service;

/** A vaccine code with its label in the caller's language. */
record VaccineLabel(Vaccine code, String label) {}
