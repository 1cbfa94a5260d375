package ca.clientele.billing.invoice;

/** A document's place in its series: the year, its rank in that year, and the number as printed. */
record DocumentNumber(int year, int sequence, String text) {}
