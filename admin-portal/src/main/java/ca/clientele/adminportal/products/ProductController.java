package ca.clientele.adminportal.products;

import ca.clientele.adminportal.web.SeeOther;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Produits": the shop's products, inactive ones included, one form to create or edit each (activate by its
 * checkbox), the stock adjustments and the picture. Saved: 303 to the list or the product with what was done;
 * refused: the form again with the billing-service's messages (409: changed meanwhile).
 */
@Controller
class ProductController {

    private final ProductClient products;

    ProductController(ProductClient products) {
        this.products = products;
    }

    @GetMapping("/products")
    String list(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("products", products.products(true));
        model.addAttribute("done", done);
        return "products/list";
    }

    @GetMapping("/products/new")
    String create(Model model) {
        model.addAttribute("productForm", ProductForm.blank());
        return form(null, model);
    }

    @GetMapping("/products/{id}")
    String edit(@PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
        ProductClient.Product product = products.product(id);
        model.addAttribute("productForm", ProductForm.of(product));
        model.addAttribute("done", done);
        return form(product, model);
    }

    @PostMapping("/products")
    ModelAndView add(@Valid @ModelAttribute ProductForm productForm, BindingResult binding, Model model) {
        return ServiceForms.submit(binding, () -> products.create(productForm.toBody(true)))
                .map(created -> SeeOther.to("/products/" + created.id() + "?done=created"))
                .orElseGet(() -> new ModelAndView(form(null, model), model.asMap()));
    }

    @PostMapping("/products/{id}")
    ModelAndView save(
            @PathVariable UUID id, @Valid @ModelAttribute ProductForm productForm, BindingResult binding, Model model) {
        return ServiceForms.submit(binding, () -> products.update(id, productForm.toBody(false)))
                .map(saved -> SeeOther.to("/products?done=saved"))
                .orElseGet(() -> new ModelAndView(form(products.product(id), model), model.asMap()));
    }

    @PostMapping("/products/{id}/stock")
    ModelAndView adjustStock(
            @PathVariable UUID id, @Valid @ModelAttribute StockForm stockForm, BindingResult binding, Model model) {
        return ServiceForms.submit(
                        binding, () -> products.adjustStock(id, new ProductClient.StockBody(stockForm.change())))
                .map(saved -> SeeOther.to("/products/" + id + "?done=stock"))
                .orElseGet(() -> {
                    ProductClient.Product product = products.product(id);
                    model.addAttribute("productForm", ProductForm.of(product));
                    return new ModelAndView(form(product, model), model.asMap());
                });
    }

    private static String form(ProductClient.Product product, Model model) {
        model.addAttribute("product", product);
        if (!model.containsAttribute("stockForm")) {
            model.addAttribute("stockForm", StockForm.blank());
        }
        return "products/product";
    }
}
