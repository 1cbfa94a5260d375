package ca.clientele.ticket.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A ticket category with its label in both languages of the platform. */
@Entity
@Table(name = "ticket_category")
class TicketCategory {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "label_fr", nullable = false)
    private String labelFr;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private Long version; // null until first saved: tells Spring Data the record is new

    protected TicketCategory() {
        // for JPA
    }

    private TicketCategory(UUID id, String code, String labelFr, String labelEn, Instant now) {
        this.id = id;
        this.code = code;
        this.labelFr = labelFr.strip();
        this.labelEn = labelEn.strip();
        this.active = true;
        this.createdAt = now;
    }

    /** New categories are active at once: staff add one because clients need it. */
    static TicketCategory create(String code, String labelFr, String labelEn, Instant now) {
        return new TicketCategory(UUID.randomUUID(), code, labelFr, labelEn, now);
    }

    /** French unless the caller asked for English: the platform is French first. */
    String label(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    boolean active() {
        return active;
    }
}
