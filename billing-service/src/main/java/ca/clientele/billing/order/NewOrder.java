package ca.clientele.billing.order;

import java.util.List;
import java.util.UUID;

/**
 * An order to place. {@code placedByClient} is true when the client places it themselves (shop checkout): a
 * suspended or banned client is then refused; staff may always place one for a client.
 *
 * @param appointmentId the appointment it bills (APPOINTMENT orders only), else null
 */
public record NewOrder(
        UUID clientId,
        OrderKind kind,
        UUID appointmentId,
        List<OrderLine> lines,
        UUID placedBy,
        boolean placedByClient) {}
