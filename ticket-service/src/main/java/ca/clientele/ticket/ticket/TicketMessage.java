package ca.clientele.ticket.ticket;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message of a ticket, written once. Created by {@link Ticket#post}, which applies the status rules. */
@Entity
@Table(name = "ticket_message")
class TicketMessage {

    @Id
    private UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticketId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "author_name", updatable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, updatable = false)
    private AuthorRole authorRole;

    @Column(nullable = false, updatable = false)
    private boolean internal;

    // Sanitised HTML (MessageBodies), encrypted.
    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false, updatable = false)
    private String body;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(updatable = false)
    private String bcc;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(updatable = false)
    private String attachments;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketMessage() {
        // for JPA
    }

    /**
     * A message about to be posted; the body already sanitised, the attachments as their stored JSON.
     *
     * @param attachments the attachments' JSON ({@link Attachments}), null for none
     */
    record Draft(
            UUID authorId,
            String authorName,
            AuthorRole role,
            boolean internal,
            String body,
            List<String> bcc,
            String attachments) {

        Draft withInternal(boolean value) {
            return new Draft(authorId, authorName, role, value, body, bcc, attachments);
        }
    }

    TicketMessage(UUID ticketId, Draft draft, Instant now) {
        this.id = UUID.randomUUID();
        this.ticketId = ticketId;
        this.authorId = draft.authorId();
        this.authorName = draft.authorName();
        this.authorRole = draft.role();
        this.internal = draft.internal();
        this.body = draft.body();
        this.bcc = draft.bcc() == null || draft.bcc().isEmpty() ? null : String.join("\n", draft.bcc());
        this.attachments = draft.attachments();
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID ticketId() {
        return ticketId;
    }

    UUID authorId() {
        return authorId;
    }

    String authorName() {
        return authorName;
    }

    AuthorRole authorRole() {
        return authorRole;
    }

    boolean internal() {
        return internal;
    }

    String body() {
        return body;
    }

    List<String> bcc() {
        return bcc == null ? List.of() : List.of(bcc.split("\n"));
    }

    String attachments() {
        return attachments;
    }

    Instant createdAt() {
        return createdAt;
    }
}
