package ca.clientele.event.timeline;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/events")
@Tag(name = "Timeline", description = "A client's events: record created, orders, billing, e-mails sent…")
class TimelineController {

    static final int MAX_PAGE_SIZE = 100;

    // Newest first; the id breaks ties between events of the same instant so pages never overlap.
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final TimelineRepository timeline;
    private final TimelineTitles titles;
    private final JsonMapper json;

    TimelineController(TimelineRepository timeline, TimelineTitles titles, JsonMapper json) {
        this.timeline = timeline;
        this.titles = titles;
        this.json = json;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "A client's timeline, newest first; a client may read only their own")
    TimelinePage list(
            // Optional for Spring so that a missing id is a localized validation problem, not a bare 400.
            @RequestParam(required = false) @NotNull UUID clientId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Page size, capped at 100") @RequestParam(defaultValue = "20") @Min(1) int size,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        caller.requireOwnOrStaff(clientId);
        int pageSize = Math.min(size, MAX_PAGE_SIZE);
        Page<TimelineEntry> result = timeline.findByClientId(clientId, PageRequest.of(page, pageSize, NEWEST_FIRST));
        return new TimelinePage(
                result.getContent().stream().map(entry -> view(entry, locale)).toList(),
                new TimelinePage.PageMeta(page, pageSize, result.getTotalElements(), result.getTotalPages()));
    }

    @GetMapping("/{eventId}")
    @Transactional(readOnly = true)
    @Operation(summary = "One timeline entry, by CloudEvent id (same access rule as the timeline)")
    TimelineEntryView one(@PathVariable String eventId, @Parameter(hidden = true) Caller caller, Locale locale) {
        TimelineEntry entry = timeline.findByEventId(eventId).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(entry.clientId());
        return view(entry, locale);
    }

    private TimelineEntryView view(TimelineEntry entry, Locale locale) {
        return new TimelineEntryView(
                entry.eventId(),
                entry.type(),
                entry.source(),
                entry.occurredAt(),
                titles.of(entry.type(), locale),
                entry.data() == null ? null : json.readTree(entry.data()));
    }
}
