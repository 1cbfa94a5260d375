package ca.clientele.billing.shop;

import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.platform.web.DomainRuleException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shop's catalogue: staff keep it, everyone signed in reads its active part. */
@Service
class Products {

    private final ProductRepository products;
    private final Stock stock;
    private final Clock clock;

    Products(ProductRepository products, Stock stock, Clock clock) {
        this.products = products;
        this.stock = stock;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ProductView> list(boolean includeInactive, Locale locale) {
        boolean english = english(locale);
        List<Product> found = includeInactive ? products.findAllOrdered() : products.findActiveOrdered();
        return found.stream()
                .map(product -> product.view(english))
                .sorted(java.util.Comparator.comparing(ProductView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** An inactive product exists only for staff; clients get 404 as for an unknown id. */
    @Transactional(readOnly = true)
    ProductView one(UUID id, boolean staff, Locale locale) {
        return products.findById(id)
                .filter(product -> staff || product.active())
                .map(product -> product.view(english(locale)))
                .orElseThrow(ResourceNotFoundException::new);
    }

    @Transactional
    ProductView create(ProductInput input, Locale locale) {
        return products.saveAndFlush(Product.create(input, clock.instant())).view(english(locale));
    }

    /** A stale version is refused here; a race on the same version ends in Hibernate's versioned update (409). */
    @Transactional
    ProductView change(UUID id, ProductInput input, Locale locale) {
        Product product = products.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (input.version() == null) {
            throw new DomainRuleException("shop.version.required");
        }
        if (!product.isAtVersion(input.version())) {
            throw new ObjectOptimisticLockingFailureException(Product.class, id);
        }
        product.apply(input, clock.instant());
        return products.saveAndFlush(product).view(english(locale));
    }

    @Transactional
    ProductView adjustStock(UUID id, int change, Locale locale) {
        if (!products.existsById(id)) {
            throw new ResourceNotFoundException();
        }
        if (!stock.adjust(id, change)) {
            throw new DomainRuleException("shop.stock.negative");
        }
        return one(id, true, locale);
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
