package ca.clientele.ticket.canned;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A saved answer staff insert into a reply, in French and English; bodies stored sanitised. */
@Entity
@Table(name = "ticket_canned_reply")
class CannedReply {

    @Id
    private UUID id;

    @Column(name = "title_fr", nullable = false)
    private String titleFr;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "body_fr", nullable = false)
    private String bodyFr;

    @Column(name = "body_en", nullable = false)
    private String bodyEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected CannedReply() {
        // for JPA
    }

    CannedReply(CannedReplyBody body, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        write(body, now);
    }

    void write(CannedReplyBody body, Instant now) {
        this.titleFr = body.titleFr().strip();
        this.titleEn = body.titleEn().strip();
        this.bodyFr = body.cleanBodyFr();
        this.bodyEn = body.cleanBodyEn();
        this.updatedAt = now;
    }

    CannedReplyView view() {
        return new CannedReplyView(id, titleFr, titleEn, bodyFr, bodyEn, version == null ? 0 : version);
    }

    long version() {
        return version == null ? 0 : version;
    }
}
