package ca.clientele.billing.order;

/** A status code with its label in the caller's language, for screens and filters. */
record StatusLabel(String code, String label) {}
