package ca.clientele.ticket.ticket;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets")
class TicketController {

    private final Tickets tickets;
    private final TicketInbox inbox;
    private final StaffDirectory staff;

    TicketController(Tickets tickets, TicketInbox inbox, StaffDirectory staff) {
        this.tickets = tickets;
        this.inbox = inbox;
        this.staff = staff;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TicketView.class)))
    ResponseEntity<TicketView> open(
            @Valid @RequestBody NewTicket request, @Parameter(hidden = true) Caller caller, Locale locale) {
        return created(tickets.open(request, caller, locale));
    }

    @PostMapping("/calls")
    @PreAuthorize("hasRole('staff') or hasRole('admin')")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TicketView.class)))
    ResponseEntity<TicketView> call(
            @Valid @RequestBody NewCall request, @Parameter(hidden = true) Caller caller, Locale locale) {
        return created(tickets.call(request, caller, locale));
    }

    /**
     * The staff inbox, or a client's own list (a client must name themself as {@code clientId}; the staff-only filters
     * are ignored for them). {@code assignee=none}: unassigned tickets.
     */
    @GetMapping
    TicketPage list(
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketType type,
            @RequestParam(required = false) UUID category,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @Pattern(regexp = "none|[0-9a-fA-F-]{36}") String assignee,
            @RequestParam(required = false) UUID branch,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "updated") @Pattern(regexp = "updated|created|number") String sort,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = "asc|desc") String direction,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        boolean forClient = !caller.isStaff();
        if (forClient && !caller.id().equals(clientId)) {
            throw new ResourceNotFoundException();
        }
        staff.saw(caller);
        boolean unassigned = "none".equals(assignee);
        TicketInbox.Criteria criteria = new TicketInbox.Criteria(
                forClient,
                clientId,
                status,
                type,
                category,
                channel,
                unassigned,
                assignee == null || unassigned ? null : UUID.fromString(assignee),
                branch,
                from,
                to,
                q,
                TicketInbox.Sort.valueOf(sort.toUpperCase(Locale.ROOT)),
                "asc".equals(direction));
        return inbox.list(criteria, page, size, locale);
    }

    /** Staff members tickets can be assigned to, by name. */
    @GetMapping("/assignees")
    @PreAuthorize("hasRole('staff') or hasRole('admin')")
    List<Assignee> assignees(@Parameter(hidden = true) Caller caller, Locale locale) {
        staff.saw(caller);
        return staff.all(locale);
    }

    @GetMapping("/{id}")
    TicketView get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller, Locale locale) {
        return tickets.get(id, caller, locale);
    }

    /** Older messages, newest first ("Voir plus"). */
    @GetMapping("/{id}/messages")
    MessagePage messages(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(hidden = true) Caller caller) {
        return tickets.messages(id, page, size, caller);
    }

    @PostMapping("/{id}/messages")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MessageView.class)))
    ResponseEntity<MessageView> post(
            @PathVariable UUID id, @Valid @RequestBody NewMessage request, @Parameter(hidden = true) Caller caller) {
        MessageView message = tickets.post(id, request, caller);
        return ResponseEntity.created(URI.create("/api/tickets/" + id + "/messages/" + message.id()))
                .body(message);
    }

    @PostMapping("/{id}/close")
    TicketView close(
            @PathVariable UUID id,
            @Valid @RequestBody VersionedRequest request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return tickets.close(id, request.version(), caller, locale);
    }

    @PostMapping("/{id}/reopen")
    TicketView reopen(
            @PathVariable UUID id,
            @Valid @RequestBody VersionedRequest request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return tickets.reopen(id, request.version(), caller, locale);
    }

    @PutMapping("/{id}/assignee")
    @PreAuthorize("hasRole('staff') or hasRole('admin')")
    TicketView assign(
            @PathVariable UUID id,
            @Valid @RequestBody AssigneeChange request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return tickets.assign(id, request, caller, locale);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('staff') or hasRole('admin')")
    TicketView reclassify(
            @PathVariable UUID id,
            @Valid @RequestBody TicketChange request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return tickets.reclassify(id, request, caller, locale);
    }

    private static ResponseEntity<TicketView> created(TicketView view) {
        return ResponseEntity.created(URI.create("/api/tickets/" + view.id())).body(view);
    }
}
