package ca.clientele.booking.branch;

import java.util.List;
import java.util.UUID;

/**
 * A branch as callers read it; {@code hours} are the weekly opening hours in its time zone (a day without a range is
 * closed); {@code version} goes back with the next change.
 */
record BranchView(
        UUID id,
        String code,
        String name,
        BranchAddress address,
        String timezone,
        boolean active,
        List<OpeningHours> hours,
        long version) {

    static BranchView of(Branch branch) {
        return new BranchView(
                branch.id(),
                branch.code(),
                branch.name(),
                branch.address(),
                branch.timezone().getId(),
                branch.active(),
                branch.hours(),
                branch.version());
    }
}
