package ca.clientele.registry.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of a communication or sign-in option: what, to which value, when, by whom and
 * through which screen (Quebec's Law 25 asks that consent can be shown). Never changed or deleted.
 */
@Entity
@Table(name = "client_consent")
class ConsentRecord {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_option", nullable = false)
    private ConsentOption option;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private UUID changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentChannel channel;

    protected ConsentRecord() {
        // for JPA
    }

    ConsentRecord(
            UUID clientId, Client.OptionChange change, Instant changedAt, UUID changedBy, ConsentChannel channel) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.option = change.option();
        this.granted = change.granted();
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.channel = channel;
    }

    ConsentView view() {
        return new ConsentView(option, granted, changedAt, changedBy, channel);
    }

    /** {@code GET /api/clients/{id}/consents} item. */
    record ConsentView(
            ConsentOption option, boolean granted, Instant changedAt, UUID changedBy, ConsentChannel channel) {}
}
