package ca.clientele.billing.shop;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own cart (there is no way to name another client's), its checkout, and the in-store sale staff record
 * for a client.
 */
@RestController
class CartController {

    private final Cart cart;
    private final Checkout checkout;

    CartController(Cart cart, Checkout checkout) {
        this.cart = cart;
        this.checkout = checkout;
    }

    @GetMapping("/api/orders/cart")
    CartView cart(@Parameter(hidden = true) Caller caller, Locale locale) {
        return cart.of(caller.id(), locale);
    }

    /** Sets how many units of an active product the cart holds (0 takes it out). */
    @PutMapping("/api/orders/cart/items/{productId}")
    CartView put(
            @PathVariable UUID productId,
            @Valid @RequestBody CartQuantity request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return cart.put(caller.id(), productId, request.quantity(), locale);
    }

    @DeleteMapping("/api/orders/cart/items/{productId}")
    CartView remove(@PathVariable UUID productId, @Parameter(hidden = true) Caller caller, Locale locale) {
        return cart.remove(caller.id(), productId, locale);
    }

    /** Places the order of the cart (kind SHOP); the client then pays it. */
    @PostMapping("/api/orders/cart/checkout")
    @ApiResponse(responseCode = "201", description = "The order placed, with its Location")
    ResponseEntity<SaleView> checkOut(@Parameter(hidden = true) Caller caller, Locale locale) {
        SaleView sale = checkout.checkOut(caller.id(), locale);
        return ResponseEntity.created(URI.create("/api/orders/" + sale.orderId()))
                .body(sale);
    }

    /** Staff sell products in store to a client (kind IN_STORE). */
    @PostMapping("/api/orders/in-store-sales")
    @ApiResponse(responseCode = "201", description = "The order placed, with its Location")
    @PreAuthorize("hasRole('staff')")
    ResponseEntity<SaleView> sellInStore(
            @Valid @RequestBody InStoreSaleRequest request, @Parameter(hidden = true) Caller caller, Locale locale) {
        SaleView sale = checkout.sellInStore(request, caller.id(), locale);
        return ResponseEntity.created(URI.create("/api/orders/" + sale.orderId()))
                .body(sale);
    }
}
