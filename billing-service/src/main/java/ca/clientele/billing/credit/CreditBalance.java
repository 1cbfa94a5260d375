package ca.clientele.billing.credit;

import java.util.List;
import java.util.UUID;

/** A client's credit balance ("solde créditeur") and the entries it is the sum of, newest first. */
public record CreditBalance(UUID clientId, String balance, List<CreditEntryView> entries) {}
