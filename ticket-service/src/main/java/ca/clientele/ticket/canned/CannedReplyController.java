package ca.clientele.ticket.canned;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Canned replies: staff only (a client never sees the list, only a reply that used one). */
@RestController
@RequestMapping("/api/tickets/canned-replies")
@PreAuthorize("hasRole('staff')")
class CannedReplyController {

    private final CannedReplies replies;

    CannedReplyController(CannedReplies replies) {
        this.replies = replies;
    }

    @GetMapping
    List<CannedReplyView> list() {
        return replies.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CannedReplyView add(@Valid @RequestBody CannedReplyBody body) {
        return replies.add(body);
    }

    @PutMapping("/{id}")
    CannedReplyView change(
            @PathVariable UUID id,
            @Validated({Default.class, CannedReplyBody.Change.class}) @RequestBody CannedReplyBody body) {
        return replies.change(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @RequestParam long version) {
        replies.delete(id, version);
    }
}
