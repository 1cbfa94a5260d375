package ca.clientele.ticket.canned;

import ca.clientele.platform.security.ResourceNotFoundException;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CannedReplies {

    private final CannedReplyRepository replies;
    private final Clock clock;

    CannedReplies(CannedReplyRepository replies, Clock clock) {
        this.replies = replies;
        this.clock = clock;
    }

    /** By French title, as staff read the list in French first (accents ignored). */
    @Transactional(readOnly = true)
    List<CannedReplyView> list() {
        Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
        collator.setStrength(Collator.PRIMARY);
        return replies.findAll().stream()
                .map(CannedReply::view)
                .sorted(Comparator.comparing(CannedReplyView::titleFr, collator))
                .toList();
    }

    @Transactional
    CannedReplyView add(CannedReplyBody body) {
        return replies.saveAndFlush(new CannedReply(body, clock.instant())).view();
    }

    @Transactional
    CannedReplyView change(UUID id, CannedReplyBody body) {
        CannedReply reply = current(id, body.version());
        reply.write(body, clock.instant());
        return replies.saveAndFlush(reply).view();
    }

    @Transactional
    void delete(UUID id, long version) {
        replies.delete(current(id, version));
        replies.flush();
    }

    /** The reply as the caller last read it; a stale version is a 409, never a silent overwrite. */
    private CannedReply current(UUID id, long version) {
        CannedReply reply = replies.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (reply.version() != version) {
            throw new ObjectOptimisticLockingFailureException(CannedReply.class, id);
        }
        return reply;
    }
}
