package ca.clientele.booking.service;

import ca.clientele.booking.catalogue.CatalogueChanged;
import ca.clientele.booking.web.InvalidInput;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of services offered: staff keep it, everyone reads the active part. */
@Service
class Services implements ServiceCatalog {

    private final ServiceRepository services;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Services(ServiceRepository services, MessageSource messages, Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.services = services;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfferedService> find(UUID id) {
        return services.findById(id).map(ServiceOffering::snapshot);
    }

    @Transactional(readOnly = true)
    List<ServiceView> list(boolean includeInactive, UUID branchId, Place place, Locale locale) {
        List<ServiceOffering> found = includeInactive ? services.findAllOrdered() : services.findActiveOrdered();
        return found.stream()
                .filter(service -> branchId == null || service.snapshot().givenAt(branchId))
                .filter(service -> place == null || service.snapshot().place() == place)
                .map(service -> view(service, locale))
                .sorted(Comparator.comparing(ServiceView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** An inactive service exists only for staff; clients get 404 as for an unknown id. */
    @Transactional(readOnly = true)
    ServiceView one(UUID id, boolean staff, Locale locale) {
        return services.findById(id)
                .filter(service -> staff || service.active())
                .map(service -> view(service, locale))
                .orElseThrow(ResourceNotFoundException::new);
    }

    @Transactional
    ServiceView create(ServiceInput input, Locale locale) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        checkReferences(input);
        if (services.existsByCode(input.code())) {
            throw new DuplicateServiceCodeException(input.code());
        }
        return view(services.saveAndFlush(ServiceOffering.create(input, clock.instant())), locale);
    }

    /** A stale version is refused here; a race on the same version ends in Hibernate's versioned update (409). */
    @Transactional
    ServiceView change(UUID id, ServiceInput input, Locale locale) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        ServiceOffering service = services.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (input.version() == null) {
            throw new InvalidInput("version", "booking.version.required");
        }
        checkReferences(input);
        if (!service.isAtVersion(input.version())) {
            throw new ObjectOptimisticLockingFailureException(ServiceOffering.class, id);
        }
        if (services.existsByCodeAndIdNot(input.code(), id)) {
            throw new DuplicateServiceCodeException(input.code());
        }
        service.apply(input, clock.instant());
        return view(services.saveAndFlush(service), locale);
    }

    List<VaccineLabel> vaccines(Locale locale) {
        return Arrays.stream(Vaccine.values())
                .map(vaccine -> new VaccineLabel(vaccine, messages.getMessage(vaccine.messageKey(), null, locale)))
                .toList();
    }

    /** Unknown branches or staff members are named by their position, like any field error. */
    private void checkReferences(ServiceInput input) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        unknown("branchIds", input.branchIds(), new HashSet<>(services.knownBranches(input.branchIds())), problems);
        if (!input.staffIdsOrNone().isEmpty()) {
            unknown(
                    "staffIds",
                    input.staffIdsOrNone(),
                    new HashSet<>(services.knownStaff(input.staffIdsOrNone())),
                    problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void unknown(
            String field, List<UUID> ids, Set<UUID> known, List<InvalidInput.FieldProblem> problems) {
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                problems.add(new InvalidInput.FieldProblem(field + "[" + i + "]", "booking.reference.unknown"));
            }
        }
    }

    private ServiceView view(ServiceOffering entity, Locale locale) {
        OfferedService service = entity.snapshot();
        boolean english = "en".equals(locale.getLanguage());
        return new ServiceView(
                service.id(),
                service.code(),
                service.name(locale),
                english ? entity.descriptionEn() : entity.descriptionFr(),
                service.nameFr(),
                service.nameEn(),
                entity.descriptionFr(),
                entity.descriptionEn(),
                service.durationMinutes(),
                service.price(),
                service.taxable(),
                service.place(),
                messages.getMessage(service.place().messageKey(), null, locale),
                service.pricing(),
                messages.getMessage(service.pricing().messageKey(), null, locale),
                service.bufferBeforeMinutes(),
                service.bufferAfterMinutes(),
                service.branchIds().stream().sorted().toList(),
                service.staffIds().stream().sorted().toList(),
                service.requiredVaccines().stream().sorted().toList(),
                service.active(),
                entity.version());
    }
}
