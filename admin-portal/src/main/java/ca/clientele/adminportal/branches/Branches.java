package ca.clientele.adminportal.branches;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The branches staff choose from, or none when booking-service could not say: pages then hide
 * the branch filter and keep a client's preferred branch as it is rather than fail.
 */
public record Branches(boolean available, List<Branch> all) {

    public static final Branches UNAVAILABLE = new Branches(false, List.of());

    public Branches {
        all = List.copyOf(all);
    }

    static Branches of(List<Branch> branches) {
        return new Branches(true, branches.stream().filter(Objects::nonNull).toList());
    }

    /** The branch's name for a row or a select, if booking-service knows it. */
    public Optional<String> name(UUID id) {
        return all.stream()
                .filter(branch -> id != null && id.equals(branch.id()))
                .map(Branch::name)
                .findFirst();
    }

    /** A preferred branch the list does not know (deleted since) still shows, as its id. */
    public boolean knows(String id) {
        try {
            return id == null || id.isBlank() || name(UUID.fromString(id)).isPresent();
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}
