package ca.clientele.adminportal.products;

import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Vente en magasin" from a client's page: staff pick products and quantities; the billing-service places an order
 * for the client (kind IN_STORE) and takes the stock; the page then names the order, which is paid as any other.
 */
@Controller
class SaleController {

    private final ProductClient products;
    private final ClientDirectory registry;

    SaleController(ProductClient products, ClientDirectory registry) {
        this.products = products;
        this.registry = registry;
    }

    @GetMapping("/clients/{id}/sale")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute("saleForm", SaleForm.blank());
        return page(id, model);
    }

    @PostMapping("/clients/{id}/sale")
    String sell(@PathVariable UUID id, @Valid @ModelAttribute SaleForm saleForm, BindingResult binding, Model model) {
        if (!binding.hasErrors() && saleForm.items().isEmpty()) {
            binding.reject("sale.empty");
        }
        ServiceForms.submit(binding, () -> products.sell(new ProductClient.SaleBody(id, saleForm.items())))
                .ifPresent(sale -> {
                    model.addAttribute("sale", sale);
                    ServiceForms.replace(model, "saleForm", SaleForm.blank());
                });
        return page(id, model);
    }

    private String page(UUID clientId, Model model) {
        model.addAttribute("client", registry.client(clientId));
        model.addAttribute(
                "products",
                products.products(false).stream()
                        .filter(product -> product.stock() > 0)
                        .toList());
        return "products/sale";
    }
}
