package ca.clientele.booking.branch;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Branches, their hours and closures, read by the catalogue, slot search and appointments (in-process port). */
public interface BranchDirectory {

    /** The branch, open or not; empty when the id is unknown. */
    Optional<BranchSchedule> find(UUID id);

    /** Every date the branch is closed (holidays): a few a year, so all of them, not a range. */
    Set<LocalDate> closures(UUID branchId);
}
