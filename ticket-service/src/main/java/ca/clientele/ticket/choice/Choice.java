package ca.clientele.ticket.choice;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A value staff offer in a list of the ticket form (a category, a wished service): a stable code
 * and a label in each language of the platform. Labels are business vocabulary, not personal
 * data: stored in clear. Retired values stay (old tickets still name them) but are no longer offered.
 */
@MappedSuperclass
public abstract class Choice {

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

    protected Choice() {
        // for JPA
    }

    /** New values are active at once: staff add one because clients need it. */
    protected Choice(String code, String labelFr, String labelEn, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.labelFr = labelFr.strip();
        this.labelEn = labelEn.strip();
        this.active = true;
        this.createdAt = now;
    }

    void change(ChoiceChange change) {
        this.labelFr = change.labelFr().strip();
        this.labelEn = change.labelEn().strip();
        this.active = change.active();
    }

    /** French unless the caller asked for English: the platform is French first. */
    public String label(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public boolean active() {
        return active;
    }

    String labelFr() {
        return labelFr;
    }

    String labelEn() {
        return labelEn;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
