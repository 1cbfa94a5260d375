package ca.clientele.webportal.messages;

import ca.clientele.platform.portal.FieldMessage;
import ca.clientele.platform.portal.ServiceConflictException;
import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.platform.portal.ServiceRejectedException;
import ca.clientele.webportal.registry.ClientRecord;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;

/**
 * {@link ServiceForms#submit} for the ticket forms, with two things of the ticket-service: its field
 * errors name list items ({@code beneficiaries[1]}, {@code attachments[0].name}) that the form shows
 * on the one box they were typed in; and it refuses (403) a suspended or banned client, which the
 * form says in words, with the reason the registry knows, instead of the generic refusal page.
 */
final class TicketForms {

    private static final String SERVICE = "tickets";

    private TicketForms() {}

    static <T> Optional<T> submit(
            BindingResult form, ClientRecord client, HttpServletResponse response, Supplier<T> call) {
        try {
            return ServiceForms.submit(form, () -> {
                try {
                    return call.get();
                } catch (ServiceConflictException conflict) {
                    throw new ServiceConflictException(SERVICE, conflict.detail(), onTheirBox(conflict.errors()));
                } catch (ServiceRejectedException rejected) {
                    throw new ServiceRejectedException(
                            SERVICE, rejected.status(), rejected.detail(), onTheirBox(rejected.errors()));
                }
            });
        } catch (AccessDeniedException refused) {
            form.reject(refusal(client));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return Optional.empty();
        }
    }

    /**
     * The message key saying why this client may not write: {@code tickets.refused.SUSPENDED},
     * {@code .BANNED}, or the general one (the ticket-service knew before the registry's page did).
     */
    static String refusal(ClientRecord client) {
        return blocked(client) ? "tickets.refused." + client.status() : "tickets.refused";
    }

    /** Suspended and banned clients read their tickets but cannot open or answer one. */
    static boolean blocked(ClientRecord client) {
        return "SUSPENDED".equals(client.status()) || "BANNED".equals(client.status());
    }

    private static List<FieldMessage> onTheirBox(List<FieldMessage> errors) {
        return errors.stream()
                .map(error -> error.field() == null
                        ? error
                        : new FieldMessage(error.field().replaceFirst("\\[\\d+].*$", ""), error.message()))
                .toList();
    }
}
