package ca.clientele.adminportal.forms;

import java.util.Optional;

/** How a submission ended: the form to show again and, when saved, what the service answered. */
public record Submitted<T>(FormState form, Optional<T> result) {

    public boolean isSaved() {
        return result.isPresent();
    }
}
