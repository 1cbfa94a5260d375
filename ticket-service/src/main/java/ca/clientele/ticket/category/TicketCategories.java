package ca.clientele.ticket.category;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TicketCategories {

    private final TicketCategoryRepository categories;
    private final Clock clock;

    TicketCategories(TicketCategoryRepository categories, Clock clock) {
        this.categories = categories;
        this.clock = clock;
    }

    /** Sorted by label as a reader of that language expects ("Général" before "Taille…", accents ignored). */
    @Transactional(readOnly = true)
    List<CategoryView> list(boolean includeInactive, Locale locale) {
        List<TicketCategory> found = includeInactive ? categories.findAll() : categories.findByActiveTrue();
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return found.stream()
                .map(category -> CategoryView.of(category, locale))
                .sorted(Comparator.comparing(CategoryView::label, collator))
                .toList();
    }

    /**
     * The look-up gives a clear message; two admins adding the same code at the same instant are
     * still stopped by the unique index (a generic 409 from the platform).
     */
    @Transactional
    CategoryView add(NewCategory request, Locale locale) {
        if (categories.existsByCode(request.code())) {
            throw new DuplicateCategoryCodeException(request.code());
        }
        TicketCategory category = categories.saveAndFlush(
                TicketCategory.create(request.code(), request.labelFr(), request.labelEn(), clock.instant()));
        return CategoryView.of(category, locale);
    }
}
