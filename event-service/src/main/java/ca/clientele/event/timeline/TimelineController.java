package ca.clientele.event.timeline;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A client's timeline and the Events application: every event of the platform, filtered, one by
 * one, as CSV, and the verification of a client's hash chain. Read-only: no operation changes or
 * deletes an event (ADR 0026). Security events (the audit trail) exist for administrators only.
 */
@RestController
@RequestMapping("/api/events")
@Tag(
        name = "Timeline",
        description = "Every event of the platform by client: record created, orders, billing, e-mails sent…")
class TimelineController {

    static final int MAX_PAGE_SIZE = 100;
    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    // Newest first; the id breaks ties between events of the same instant so pages never overlap.
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final TimelineRepository timeline;
    private final TimelineViews views;
    private final TimelineChain chain;

    TimelineController(TimelineRepository timeline, TimelineViews views, TimelineChain chain) {
        this.timeline = timeline;
        this.views = views;
        this.chain = chain;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(
            summary = "Events, newest first: a client's timeline (clientId) or, for staff, every client's; "
                    + "a client reads only their own; security events for administrators only")
    TimelinePage list(
            @Parameter(description = "The client; staff may leave it out (all clients), a client gets their own")
                    @RequestParam(required = false)
                    UUID clientId,
            @Parameter(description = "client, messages, appointments, billing, documents, notifications, security")
                    @RequestParam(required = false)
                    List<Category> category,
            @Parameter(description = "A CloudEvent type, e.g. ca.clientele.billing.order-placed")
                    @RequestParam(required = false)
                    String type,
            @RequestParam(required = false) ActorKind actor,
            @Parameter(description = "The staff member or client who acted") @RequestParam(required = false)
                    UUID actorId,
            @Parameter(description = "First day (Montreal), inclusive")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Last day (Montreal), inclusive")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Page size, capped at 100") @RequestParam(defaultValue = "20") @Min(1) int size,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        EventFilter filter = filter(clientId, category, type, actor, actorId, from, to, caller);
        int pageSize = Math.min(size, MAX_PAGE_SIZE);
        Page<TimelineEntry> result =
                timeline.findAll(filter.specification(), PageRequest.of(page, pageSize, NEWEST_FIRST));
        return new TimelinePage(
                result.getContent().stream()
                        .map(entry -> views.view(entry, locale, false))
                        .toList(),
                new TimelinePage.PageMeta(page, pageSize, result.getTotalElements(), result.getTotalPages()));
    }

    @GetMapping("/{eventId}")
    @Transactional(readOnly = true)
    @Operation(
            summary = "One event, by CloudEvent id (same access rule as the timeline); "
                    + "administrators also get the CloudEvent as received (raw)")
    TimelineEntryView one(@PathVariable String eventId, @Parameter(hidden = true) Caller caller, Locale locale) {
        TimelineEntry entry = timeline.findByEventId(eventId).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(entry.clientId());
        if (entry.category() == Category.SECURITY && !caller.isAdmin()) {
            throw new ResourceNotFoundException();
        }
        return views.view(entry, locale, caller.isAdmin());
    }

    /**
     * The filtered view as CSV, streamed page by page (no size limit, constant memory). Cells a
     * spreadsheet would run as a formula are neutralised ({@link EventCsv}).
     */
    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "The filtered events as CSV (staff; same filters as the list, all pages)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) List<Category> category,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) ActorKind actor,
            @RequestParam(required = false) UUID actorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        if (!caller.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        EventFilter filter = filter(clientId, category, type, actor, actorId, from, to, caller);
        StreamingResponseBody body = out -> EventCsv.write(out, timeline, filter, views, locale);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("evenements.csv")
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/clients/{clientId}/verification")
    @Operation(
            summary = "Administrators: checks a client's hash chain; ok, or the first position found missing "
                    + "or altered")
    ChainVerification verify(@PathVariable UUID clientId, @Parameter(hidden = true) Caller caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("administrators only");
        }
        return chain.verify(clientId);
    }

    private static EventFilter filter(
            UUID clientId,
            List<Category> categories,
            String type,
            ActorKind actor,
            UUID actorId,
            LocalDate from,
            LocalDate to,
            Caller caller) {
        UUID client = clientId;
        if (!caller.isStaff()) {
            // A client's own timeline, whatever they ask for; another client's answers 404.
            client = clientId == null ? caller.id() : clientId;
            caller.requireOwnOrStaff(client);
        }
        return new EventFilter(client, categories, type, actor, actorId, from, to, caller.isAdmin());
    }
}
