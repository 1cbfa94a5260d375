package ca.clientele.booking.appointment;

import java.math.BigDecimal;

/** A priced line of an appointment, as billing prices it: CAD before taxes, scale 2. No personal data. */
record Line(String description, int quantity, BigDecimal unitPrice, BigDecimal amount, boolean taxable) {}
