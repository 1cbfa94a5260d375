package ca.clientele.adminportal.tickets;

import ca.clientele.adminportal.web.ServicePage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * ticket-service's ticket calls as staff make them (ISSUE9 plan, "Tickets API"): the inbox, a
 * ticket with its history, replies and internal notes, assignment, fields, close and reopen, and
 * the calls logged from a client's page. Filters left null are not sent.
 */
@HttpExchange("/api/tickets")
interface TicketClient {

    @GetExchange
    TicketPage search(
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) UUID category,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) UUID branch,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String direction,
            @RequestParam int page,
            @RequestParam int size);

    /** With its five newest messages, internal notes included (staff). */
    @GetExchange("/{id}")
    TicketView ticket(@PathVariable UUID id);

    /** Older messages, newest first ("Voir plus"). */
    @GetExchange("/{id}/messages")
    ServicePage<MessageView> messages(@PathVariable UUID id, @RequestParam int page, @RequestParam int size);

    /** A public reply (the ticket then waits on the client) or an internal note (status unchanged). */
    @PostExchange("/{id}/messages")
    MessageView reply(@PathVariable UUID id, @RequestBody NewMessage message);

    @PostExchange("/{id}/close")
    TicketView close(@PathVariable UUID id, @RequestBody Version version);

    @PostExchange("/{id}/reopen")
    TicketView reopen(@PathVariable UUID id, @RequestBody Version version);

    @PutExchange("/{id}/assignee")
    TicketView assign(@PathVariable UUID id, @RequestBody Assignment assignment);

    @PatchExchange("/{id}")
    TicketView change(@PathVariable UUID id, @RequestBody TicketChange change);

    /** Staff members known to ticket-service, by name. */
    @GetExchange("/assignees")
    List<Assignee> assignees();

    /** A call logged by staff: never shown to the client; an Incident one opens a register entry. */
    @PostExchange("/calls")
    TicketView call(@RequestBody NewCall call);

    record NewMessage(String body, List<String> bcc, List<Attachment> attachments, boolean internal) {}

    record Version(long version) {}

    /** {@code assigneeId} null unassigns: it is sent as null, not left out. */
    record Assignment(
            @JsonInclude(JsonInclude.Include.ALWAYS) UUID assigneeId, long version) {}

    /**
     * The fields staff edit; one left null is kept as it is by ticket-service, and {@code clear} names
     * those to empty ({@code branchId}, {@code followUpOn}).
     */
    record TicketChange(UUID categoryId, UUID branchId, LocalDate followUpOn, List<String> clear, long version) {}

    record Assignee(UUID id, String name) {}

    record NewCall(
            UUID clientId,
            String clientName,
            Channel channel,
            CallType type,
            String subject,
            String summary,
            int durationMinutes,
            LocalDate followUpOn) {}
}
