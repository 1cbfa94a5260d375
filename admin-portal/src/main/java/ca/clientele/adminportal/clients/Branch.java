package ca.clientele.adminportal.clients;

/** A branch (succursale) offered as a client's preferred one; from booking-service. */
record Branch(String id, String code, String name) {}
