package ca.clientele.booking.branch;

import ca.clientele.booking.catalogue.CatalogueChanged;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Branch administration. Branch changes publish no event: events on the platform's topics are
 * about a client (subject and key are a client id), and a branch is not.
 */
@Service
class Branches implements BranchDirectory {

    private final BranchRepository branches;
    private final BranchClosureRepository closures;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Branches(
            BranchRepository branches,
            BranchClosureRepository closures,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.branches = branches;
        this.closures = closures;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BranchSchedule> find(UUID id) {
        return branches.findById(id)
                .map(branch -> new BranchSchedule(
                        branch.id(), branch.code(), branch.name(), branch.timezone(), branch.active(), branch.hours()));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<LocalDate> closures(UUID branchId) {
        return closures.findByBranchIdOrderByDate(branchId).stream()
                .map(BranchClosure::date)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Transactional(readOnly = true)
    List<BranchView> list(boolean includeInactive) {
        List<Branch> found = includeInactive ? branches.findAllByOrderByName() : branches.findByActiveTrueOrderByName();
        return found.stream().map(BranchView::of).toList();
    }

    /** An inactive branch exists only for staff; clients get 404 as for an unknown id. */
    @Transactional(readOnly = true)
    BranchView one(UUID id, boolean staff) {
        return branches.findById(id)
                .filter(branch -> staff || branch.active())
                .map(BranchView::of)
                .orElseThrow(ResourceNotFoundException::new);
    }

    /** The unique index still stops two admins racing on one code (generic 409 from the platform). */
    @Transactional
    BranchView open(NewBranch request) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        if (branches.existsByCode(request.code())) {
            throw new DuplicateBranchCodeException(request.code());
        }
        ZoneId zone = request.timezone() == null ? Branch.DEFAULT_TIMEZONE : ZoneId.of(request.timezone());
        Branch branch =
                Branch.open(request.code(), request.name(), request.address().toAddress(), zone, clock.instant());
        return BranchView.of(branches.saveAndFlush(branch));
    }

    /**
     * A stale version is refused here; two editors on the same version at the same instant are
     * caught by Hibernate's versioned update at flush. Both end in the platform's 409.
     */
    @Transactional
    BranchView change(UUID id, BranchChanges changes) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        Branch branch = branches.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (!branch.isAtVersion(changes.version())) {
            throw new ObjectOptimisticLockingFailureException(Branch.class, id);
        }
        branch.change(
                changes.name(),
                changes.address().toAddress(),
                ZoneId.of(changes.timezone()),
                changes.active(),
                clock.instant());
        return BranchView.of(branches.saveAndFlush(branch));
    }

    /** Same optimistic rule as {@link #change}: hours edited on a stale copy are refused (409). */
    @Transactional
    BranchView changeHours(UUID id, HoursChange change) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        Branch branch = branches.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (!branch.isAtVersion(change.version())) {
            throw new ObjectOptimisticLockingFailureException(Branch.class, id);
        }
        branch.changeHours(change.hours().stream().map(HoursInput::toHours).toList(), clock.instant());
        return BranchView.of(branches.saveAndFlush(branch));
    }

    /** Closures of a branch, oldest first; staff see those of a closed branch too. */
    @Transactional(readOnly = true)
    List<ClosureView> closures(UUID branchId, boolean staff) {
        one(branchId, staff);
        return closures.findByBranchIdOrderByDate(branchId).stream()
                .map(BranchClosure::view)
                .toList();
    }

    /** One closure a date: a second one on the same date is a 409 (the unique index settles a race the same way). */
    @Transactional
    ClosureView close(UUID branchId, NewClosure request) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        branches.findById(branchId).orElseThrow(ResourceNotFoundException::new);
        if (closures.existsByBranchIdAndDate(branchId, request.date())) {
            throw new DuplicateClosureException(request.date());
        }
        return closures.saveAndFlush(new BranchClosure(branchId, request.date(), request.reason(), clock.instant()))
                .view();
    }

    @Transactional
    void reopen(UUID branchId, UUID closureId) {
        publisher.publishEvent(CatalogueChanged.INSTANCE);
        closures.delete(closures.findByIdAndBranchId(closureId, branchId).orElseThrow(ResourceNotFoundException::new));
    }
}
