package ca.clientele.ticket.ticket;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A conversation between a client and the business, or a call staff logged. It owns the status rules: whose turn it
 * is after a message, closing and reopening, and the automatic close of a ticket left waiting on the client. Messages
 * are their own rows ({@link TicketMessage}), created here so that no message bypasses the rules.
 */
@Entity
@Table(name = "ticket")
class Ticket {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "client_name")
    private String clientName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    private String subject;

    @Column(name = "category_id", nullable = false)
    private UUID categoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TicketType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "visible_to_client", nullable = false, updatable = false)
    private boolean visibleToClient;

    @Column(name = "assignee_id")
    private UUID assigneeId;

    @Column(name = "branch_id")
    private UUID branchId;

    // One address a line: the list is personal data, encrypted as one value.
    @Convert(converter = EncryptedStringConverter.class)
    private String beneficiaries;

    @Column(name = "service_option_ids", nullable = false)
    private UUID[] serviceOptionIds;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private UUID openedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "close_warned", nullable = false)
    private boolean closeWarned;

    @Version
    private Long version;

    protected Ticket() {
        // for JPA
    }

    /** What every ticket starts from; the factories below say who opened it and how. */
    record Opening(
            int number,
            UUID clientId,
            String clientName,
            String subject,
            UUID categoryId,
            TicketType type,
            Channel channel,
            boolean visibleToClient,
            List<String> beneficiaries,
            List<UUID> serviceOptionIds,
            Integer durationMinutes,
            LocalDate followUpOn,
            UUID branchId,
            UUID openedBy,
            TicketStatus status,
            Instant now) {}

    Ticket(Opening opening) {
        this(UUID.randomUUID(), opening);
    }

    /** A ticket whose id the opener chose (the portal uploads a new ticket's files under its id before opening it). */
    Ticket(UUID id, Opening opening) {
        this.id = id;
        this.number = opening.number();
        this.clientId = opening.clientId();
        this.clientName = opening.clientName();
        this.subject = opening.subject().strip();
        this.categoryId = opening.categoryId();
        this.type = opening.type();
        this.channel = opening.channel();
        this.visibleToClient = opening.visibleToClient();
        this.beneficiaries = joined(opening.beneficiaries());
        this.serviceOptionIds = opening.serviceOptionIds().toArray(UUID[]::new);
        this.durationMinutes = opening.durationMinutes();
        this.followUpOn = opening.followUpOn();
        this.branchId = opening.branchId();
        this.openedBy = opening.openedBy();
        this.createdAt = opening.now();
        this.updatedAt = opening.now();
        moveTo(opening.status(), opening.now());
    }

    /** The message a ticket is opened with: it sets no status of its own (the opening did). */
    TicketMessage firstMessage(TicketMessage.Draft draft) {
        return new TicketMessage(id, draft.withInternal(draft.internal() || !visibleToClient), createdAt);
    }

    /**
     * Adds a message and applies the turn rules: a client's message puts the ticket in the staff's court (and reopens
     * it), a staff member's public reply in the client's; an internal note, or anything on a staff-only call, leaves
     * the status alone.
     */
    Posted post(TicketMessage.Draft draft, Instant now) {
        boolean internal = draft.internal() || !visibleToClient;
        TicketMessage message = new TicketMessage(id, draft.withInternal(internal), now);
        TicketStatus from = status;
        TicketStatusChange.Reason reason = null;
        if (draft.role() == AuthorRole.CLIENT) {
            reason = TicketStatusChange.Reason.CLIENT_MESSAGE;
            moveTo(TicketStatus.WAITING_ON_STAFF, now);
        } else if (!internal) {
            reason = TicketStatusChange.Reason.STAFF_REPLY;
            // Each public reply starts a new wait: the client gets the full delay to answer it.
            waitingSince = null;
            moveTo(TicketStatus.WAITING_ON_CLIENT, now);
        }
        updatedAt = now;
        return new Posted(message, new TicketStatusChange(from, status, reason));
    }

    record Posted(TicketMessage message, TicketStatusChange change) {}

    TicketStatusChange close(boolean byStaff, Instant now) {
        return change(
                TicketStatus.CLOSED,
                byStaff ? TicketStatusChange.Reason.CLOSED_BY_STAFF : TicketStatusChange.Reason.CLOSED_BY_CLIENT,
                now);
    }

    TicketStatusChange reopen(Instant now) {
        return change(TicketStatus.WAITING_ON_STAFF, TicketStatusChange.Reason.REOPENED, now);
    }

    /** Closed after waiting on the client too long; false when it no longer waits (answered meanwhile). */
    TicketStatusChange autoClose(Instant now) {
        return change(TicketStatus.CLOSED, TicketStatusChange.Reason.AUTO_CLOSED, now);
    }

    /** The client was told the ticket will close; once per wait. */
    void closeWarned() {
        closeWarned = true;
    }

    void assign(UUID assigneeId, Instant now) {
        this.assigneeId = assigneeId;
        this.updatedAt = now;
    }

    /** A null value leaves its field as it is; {@code clearBranch} / {@code clearFollowUp} empty theirs. */
    void reclassify(
            UUID categoryId,
            UUID branchId,
            LocalDate followUpOn,
            boolean clearBranch,
            boolean clearFollowUp,
            Instant now) {
        if (categoryId != null) {
            this.categoryId = categoryId;
        }
        if (branchId != null) {
            this.branchId = branchId;
        } else if (clearBranch) {
            this.branchId = null;
        }
        if (followUpOn != null) {
            this.followUpOn = followUpOn;
        } else if (clearFollowUp) {
            this.followUpOn = null;
        }
        this.updatedAt = now;
    }

    private TicketStatusChange change(TicketStatus to, TicketStatusChange.Reason reason, Instant now) {
        TicketStatus from = status;
        if (from != to) {
            moveTo(to, now);
            updatedAt = now;
        }
        return new TicketStatusChange(from, to, reason);
    }

    private void moveTo(TicketStatus to, Instant now) {
        status = to;
        closedAt = to == TicketStatus.CLOSED ? now : null;
        if (to == TicketStatus.WAITING_ON_CLIENT) {
            if (waitingSince == null) {
                waitingSince = now;
                closeWarned = false;
            }
        } else {
            waitingSince = null;
            closeWarned = false;
        }
    }

    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("\n", values);
    }

    UUID id() {
        return id;
    }

    int number() {
        return number;
    }

    UUID clientId() {
        return clientId;
    }

    String clientName() {
        return clientName;
    }

    String subject() {
        return subject;
    }

    UUID categoryId() {
        return categoryId;
    }

    TicketType type() {
        return type;
    }

    Channel channel() {
        return channel;
    }

    TicketStatus status() {
        return status;
    }

    boolean visibleToClient() {
        return visibleToClient;
    }

    UUID assigneeId() {
        return assigneeId;
    }

    UUID branchId() {
        return branchId;
    }

    List<String> beneficiaries() {
        return beneficiaries == null ? List.of() : List.of(beneficiaries.split("\n"));
    }

    List<UUID> serviceOptionIds() {
        return serviceOptionIds == null ? List.of() : Arrays.asList(serviceOptionIds);
    }

    Integer durationMinutes() {
        return durationMinutes;
    }

    LocalDate followUpOn() {
        return followUpOn;
    }

    UUID openedBy() {
        return openedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    Instant waitingSince() {
        return waitingSince;
    }

    boolean isCloseWarned() {
        return closeWarned;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
