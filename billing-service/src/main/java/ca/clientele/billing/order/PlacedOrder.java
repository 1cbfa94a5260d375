package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import java.util.UUID;

/** What placing an order gives back: its id, its public number ("#1514") and its total with taxes. */
public record PlacedOrder(UUID orderId, long number, Money total) {}
