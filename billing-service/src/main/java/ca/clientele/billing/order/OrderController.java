package ca.clientele.billing.order;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders over HTTP: a client reads their own (another client's answers 404), staff read anyone's; staff record
 * payments and refunds, a client pays from their credit balance.
 */
@RestController
class OrderController {

    private final Orders orders;
    private final OrderRepository repository;
    private final MessageSource messages;

    OrderController(Orders orders, OrderRepository repository, MessageSource messages) {
        this.orders = orders;
        this.repository = repository;
        this.messages = messages;
    }

    /** A client's orders, newest first: the caller's own, or for staff the client's given ({@code clientId}) or all. */
    @GetMapping("/api/orders")
    OrderPage list(
            @RequestParam(required = false) UUID clientId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "10") int size,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100));
        UUID owner = caller.isStaff() ? clientId : caller.id();
        Page<Order> found = owner == null
                ? repository.findAllByOrderByPlacedAtDescNumberDesc(request)
                : repository.findByClientIdOrderByPlacedAtDescNumberDesc(owner, request);
        return new OrderPage(
                found.getContent().stream().map(order -> summary(order, locale)).toList(),
                request.getPageNumber(),
                request.getPageSize(),
                found.getTotalElements(),
                found.getTotalPages());
    }

    @GetMapping("/api/orders/{id}")
    @Transactional(readOnly = true)
    OrderView get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller, Locale locale) {
        return view(orders.visible(id, caller), locale);
    }

    /** "Annuler" for a shop or in-store order still unpaid (an appointment is cancelled through booking). */
    @PostMapping("/api/orders/{id}/cancel")
    OrderView cancel(@PathVariable UUID id, @Parameter(hidden = true) Caller caller, Locale locale) {
        orders.cancel(id, caller);
        return get(id, caller, locale);
    }

    @PostMapping("/api/orders/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    PaymentView pay(
            @PathVariable UUID id, @Valid @RequestBody ManualPayment payment, @Parameter(hidden = true) Caller caller) {
        return orders.pay(id, payment, caller);
    }

    @PostMapping("/api/orders/{id}/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('staff')")
    PaymentView refund(
            @PathVariable UUID id, @Valid @RequestBody RefundRequest refund, @Parameter(hidden = true) Caller caller) {
        return orders.refund(id, refund, caller);
    }

    private OrderSummary summary(Order order, Locale locale) {
        return new OrderSummary(
                order.id(),
                order.number(),
                order.kind().name(),
                order.appointmentId(),
                order.placedAt(),
                order.status().name(),
                label(order.status(), locale),
                order.total().toString(),
                order.netTotal().toString(),
                order.amountDue().toString(),
                order.itemCount(),
                mayPay(order),
                mayCancel(order),
                order.version());
    }

    private OrderView view(Order order, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<OrderView.LineView> lines =
                order.lines().stream().map(line -> line.view(english)).toList();
        return new OrderView(
                order.id(),
                order.number(),
                order.kind().name(),
                order.clientId(),
                order.appointmentId(),
                order.placedAt(),
                order.status().name(),
                label(order.status(), locale),
                lines,
                order.subtotal().toString(),
                order.discount().toString(),
                order.taxableSubtotal().toString(),
                order.gst().toString(),
                order.qst().toString(),
                order.total().toString(),
                order.amountPaid().toString(),
                order.amountRefunded().toString(),
                order.amountCancelled().toString(),
                order.netTotal().toString(),
                order.amountDue().toString(),
                order.itemCount(),
                mayPay(order),
                mayCancel(order),
                orders.paymentsOf(order).stream().map(Payment::view).toList(),
                order.version());
    }

    private static boolean mayPay(Order order) {
        return order.status() == OrderStatus.PENDING_PAYMENT
                && order.amountDue().isPositive();
    }

    private static boolean mayCancel(Order order) {
        return order.kind() == OrderKind.APPOINTMENT
                ? order.isLiveAppointment()
                : order.status() == OrderStatus.PENDING_PAYMENT;
    }

    private String label(OrderStatus status, Locale locale) {
        return messages.getMessage(status.messageKey(), null, locale);
    }
}
