package ca.clientele.webportal.shop;

import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.platform.portal.ServiceRejectedException;
import ca.clientele.platform.portal.ServiceUnavailableException;
import ca.clientele.webportal.billingservice.Cart;
import ca.clientele.webportal.billingservice.Sale;
import ca.clientele.webportal.billingservice.ShopClient;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Boutique": the products on sale (with their pictures), a product's page with "Ajouter au panier", the cart
 * (quantities, remove, totals with GST and QST) and its checkout, which places the order and goes on to the order's
 * payment page. Suspended and banned clients browse but cannot buy; the billing-service has the last word.
 */
@Controller
@ClientArea
class ShopController {

    private final ShopClient shop;

    ShopController(ShopClient shop) {
        this.shop = shop;
    }

    @GetMapping("/boutique")
    String products(@ModelAttribute(name = "client", binding = false) ClientRecord client, Model model) {
        model.addAttribute("products", shop.products());
        model.addAttribute("cart", shop.cart());
        standing(client, model);
        return "shop/products";
    }

    @GetMapping("/boutique/produits/{id}")
    String product(
            @PathVariable UUID id, @ModelAttribute(name = "client", binding = false) ClientRecord client, Model model) {
        model.addAttribute("product", shop.product(id));
        model.addAttribute("quantityForm", QuantityForm.one());
        standing(client, model);
        return "shop/product";
    }

    /** Added: the cart; refused (not enough in stock, no longer sold): the product's page saying why. */
    @PostMapping("/boutique/produits/{id}")
    String add(
            @PathVariable UUID id,
            @Valid @ModelAttribute("quantityForm") QuantityForm form,
            BindingResult result,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            Model model) {
        if (ServiceForms.submit(result, () -> shop.put(id, form.toRequest())).isPresent()) {
            return "redirect:/boutique/panier?notice=added";
        }
        model.addAttribute("product", shop.product(id));
        standing(client, model);
        return "shop/product";
    }

    @GetMapping("/boutique/panier")
    String cart(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @RequestParam(required = false) String notice,
            Model model) {
        model.addAttribute("cart", shop.cart());
        model.addAttribute("notice", "added".equals(notice) || "removed".equals(notice) ? notice : null);
        standing(client, model);
        return "shop/cart";
    }

    /** A line's new quantity; a refusal shows the cart with the service's reason. */
    @PostMapping("/boutique/panier/{productId}")
    String change(
            @PathVariable UUID productId,
            @Valid @ModelAttribute("quantityForm") QuantityForm form,
            BindingResult result,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            Model model) {
        if (ServiceForms.submit(result, () -> shop.put(productId, form.toRequest()))
                .isPresent()) {
            return "redirect:/boutique/panier";
        }
        model.addAttribute("cart", shop.cart());
        model.addAttribute("failedLine", productId);
        standing(client, model);
        return "shop/cart";
    }

    @PostMapping("/boutique/panier/{productId}/retirer")
    String remove(@PathVariable UUID productId) {
        shop.remove(productId);
        return "redirect:/boutique/panier?notice=removed";
    }

    /** Places the order, then its payment page; refused (stock, account): the cart saying why. */
    @PostMapping("/boutique/panier/commander")
    String checkout(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            HttpServletResponse response,
            Model model) {
        try {
            Sale sale = shop.checkout();
            return "redirect:/orders/" + sale.orderId() + "/pay";
        } catch (ServiceRejectedException refused) {
            response.setStatus(refused.status());
            model.addAttribute("checkoutError", refused.detail());
        } catch (ServiceUnavailableException down) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("checkoutUnavailable", true);
        }
        Cart cart = shop.cart();
        model.addAttribute("cart", cart);
        standing(client, model);
        return "shop/cart";
    }

    /** Suspended and banned clients see the shop but no "Commander": the reason instead. */
    private static void standing(ClientRecord client, Model model) {
        boolean blocked = "SUSPENDED".equals(client.status()) || "BANNED".equals(client.status());
        model.addAttribute("blocked", blocked);
        model.addAttribute("refusal", blocked ? "shop.refused." + client.status() : null);
    }
}
