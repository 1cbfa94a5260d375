package ca.clientele.adminportal.settings;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * ticket-service's staff configuration (ISSUE9 plan, "Configuration API"): ticket categories, the
 * "Service(s) souhaité(s)" options (same shape as categories) and canned replies in French and English.
 */
@HttpExchange("/api/tickets")
interface SettingsClient {

    @GetExchange("/categories")
    List<Choice> categories(@RequestParam boolean includeInactive);

    @PostExchange("/categories")
    Choice addCategory(@RequestBody NewChoice choice);

    @PutExchange("/categories/{id}")
    Choice changeCategory(@PathVariable UUID id, @RequestBody ChoiceChange change);

    @GetExchange("/service-options")
    List<Choice> serviceOptions(@RequestParam boolean includeInactive);

    @PostExchange("/service-options")
    Choice addServiceOption(@RequestBody NewChoice choice);

    @PutExchange("/service-options/{id}")
    Choice changeServiceOption(@PathVariable UUID id, @RequestBody ChoiceChange change);

    /** Both languages of each reply: the ticket page inserts the one of the staff member. */
    @GetExchange("/canned-replies")
    List<CannedReply> cannedReplies();

    @PostExchange("/canned-replies")
    CannedReply addCannedReply(@RequestBody CannedReplyBody reply);

    @PutExchange("/canned-replies/{id}")
    CannedReply changeCannedReply(@PathVariable UUID id, @RequestBody CannedReplyBody change);

    /** A reply no longer offered; a stale {@code version} is a 409. */
    @DeleteExchange("/canned-replies/{id}")
    void deleteCannedReply(@PathVariable UUID id, @RequestParam long version);

    /** A category or a service option to add: a stable code and its labels. */
    record NewChoice(String code, String labelFr, String labelEn) {}

    /** Relabel, retire or bring back a category or a service option. */
    record ChoiceChange(String labelFr, String labelEn, boolean active, long version) {}

    /** A new reply or a change of one; {@code version} is the one read (a new reply's is not looked at). */
    record CannedReplyBody(String titleFr, String titleEn, String bodyFr, String bodyEn, long version) {}
}
