package ca.clientele.ticket.choice;

import ca.clientele.platform.security.ResourceNotFoundException;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listing, adding and changing the values of one list (categories, wished services). Each feature
 * declares one as a bean, with its entity, repository and "code taken" problem.
 */
public class Choices<C extends Choice> {

    /** Makes a new entity of the list. */
    @FunctionalInterface
    public interface Factory<C> {
        C create(String code, String labelFr, String labelEn, Instant now);
    }

    private final ChoiceRepository<C> repository;
    private final Factory<C> factory;
    private final Function<String, RuntimeException> codeTaken;
    private final Class<C> type;
    private final Clock clock;

    public Choices(
            ChoiceRepository<C> repository,
            Factory<C> factory,
            Function<String, RuntimeException> codeTaken,
            Class<C> type,
            Clock clock) {
        this.type = type;
        this.repository = repository;
        this.factory = factory;
        this.codeTaken = codeTaken;
        this.clock = clock;
    }

    /** Sorted by label as a reader of that language expects ("Général" before "Taille…", accents ignored). */
    @Transactional(readOnly = true)
    public List<ChoiceView> list(boolean includeInactive, Locale locale) {
        List<C> found = includeInactive ? repository.findAll() : repository.findByActiveTrue();
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return found.stream()
                .map(choice -> ChoiceView.of(choice, locale))
                .sorted(Comparator.comparing(ChoiceView::label, collator))
                .toList();
    }

    /**
     * The look-up gives a clear message; two admins adding the same code at the same instant are
     * still stopped by the unique index (a generic 409 from the platform).
     */
    @Transactional
    public ChoiceView add(NewChoice request, Locale locale) {
        if (repository.existsByCode(request.code())) {
            throw codeTaken.apply(request.code());
        }
        C choice = repository.saveAndFlush(
                factory.create(request.code(), request.labelFr(), request.labelEn(), clock.instant()));
        return ChoiceView.of(choice, locale);
    }

    /** A stale version is a 409: the other admin's change stays, this one is not applied. */
    @Transactional
    public ChoiceView change(UUID id, ChoiceChange change, Locale locale) {
        C choice = repository.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (choice.version() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
        choice.change(change);
        return ChoiceView.of(repository.saveAndFlush(choice), locale);
    }
}
