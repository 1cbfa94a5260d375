package ca.clientele.booking.branch;

import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Branch administration. Branch changes publish no event: events on the platform's topics are
 * about a client (subject and key are a client id), and a branch is not.
 */
@Service
class Branches {

    private final BranchRepository branches;
    private final Clock clock;

    Branches(BranchRepository branches, Clock clock) {
        this.branches = branches;
        this.clock = clock;
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
}
