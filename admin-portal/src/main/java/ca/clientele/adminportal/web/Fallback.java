package ca.clientele.adminportal.web;

import ca.clientele.platform.portal.ServiceNotFoundException;
import ca.clientele.platform.portal.ServiceRejectedException;
import ca.clientele.platform.portal.ServiceUnavailableException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.client.RestClientException;

/**
 * For the parts of a page that are worth less than the page itself (the timeline, the branches,
 * the consent history): when their service fails, the page shows it without them and says so.
 */
public final class Fallback {

    private static final Logger log = LoggerFactory.getLogger(Fallback.class);

    private Fallback() {}

    /** {@code name} in the model, or {@code <name>Unavailable} (true) when its service failed. */
    public static <T> void intoModel(Model model, String name, Supplier<T> call) {
        optional(name, call)
                .ifPresentOrElse(
                        value -> model.addAttribute(name, value), () -> model.addAttribute(name + "Unavailable", true));
    }

    /** The answer, or empty when the service is down, unreachable, refused or answered nonsense. */
    public static <T> Optional<T> optional(String what, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ServiceUnavailableException
                | ServiceNotFoundException
                | ServiceRejectedException
                | RestClientException failed) {
            log.warn("Shown without {} ({})", what, failed.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
