package ca.clientele.booking.appointment;

import ca.clientele.booking.service.Place;
import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One appointment of one staff member, for one or more pets of one client. It owns its status rules (what may be
 * cancelled, moved, completed); that no two appointments of a staff member overlap is the database's rule
 * ({@code appointment_no_overlap} on {@code blocked}, ADR 0019), not something this class could promise.
 */
@Entity
@Table(name = "appointment")
class Appointment {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "client_name")
    private String clientName;

    @Column(name = "pet_ids", nullable = false)
    private UUID[] petIds;

    // One name a line, in the order of pet_ids: display copies, encrypted as one value.
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "pet_names")
    private String petNames;

    @Column(name = "service_id", nullable = false)
    private UUID serviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Place place;

    @Column(name = "branch_id", nullable = false, updatable = false)
    private UUID branchId;

    @Column(name = "staff_id", nullable = false)
    private UUID staffId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "blocked_from", nullable = false)
    private Instant blockedFrom;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    @Column(name = "travel_minutes", nullable = false)
    private int travelMinutes;

    @Convert(converter = EncryptedStringConverter.class)
    private String location;

    @Convert(converter = EncryptedStringConverter.class)
    private String notes;

    // jsonb written from its JSON text (no JSON mapper of Hibernate's involved).
    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false)
    private String lines;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentStatus status;

    @Column(name = "series_id", updatable = false)
    private UUID seriesId;

    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "order_status")
    private String orderStatus;

    @Column(name = "booked_by", nullable = false, updatable = false)
    private UUID bookedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "booked_by_role", nullable = false, updatable = false)
    private ActorRole bookedByRole;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private UUID cancelledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by_role")
    private ActorRole cancelledByRole;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Appointment() {
        // for JPA
    }

    /** Where and when, with the time it blocks for its staff member (buffers and travel included). */
    record Slot(
            UUID staffId, Instant start, Instant end, Instant blockedFrom, Instant blockedUntil, int travelMinutes) {

        Slot {
            if (!end.isAfter(start) || blockedFrom.isAfter(start) || blockedUntil.isBefore(end)) {
                throw new IllegalArgumentException("A slot ends after it starts and blocks at least its own time");
            }
        }
    }

    /** Everything a new appointment is made of. */
    record Booking(
            int number,
            UUID clientId,
            String clientName,
            List<UUID> petIds,
            List<String> petNames,
            UUID serviceId,
            Place place,
            UUID branchId,
            Slot slot,
            String locationJson,
            String notes,
            String linesJson,
            UUID seriesId,
            UUID bookedBy,
            ActorRole bookedByRole,
            Instant now) {}

    /** A new appointment waits for its payment ("Non payé"). */
    Appointment(Booking booking) {
        this.id = UUID.randomUUID();
        this.number = booking.number();
        this.clientId = booking.clientId();
        this.clientName = blankToNull(booking.clientName());
        this.petIds = booking.petIds().toArray(UUID[]::new);
        this.petNames =
                String.join("\n", booking.petNames().stream().map(String::strip).toList());
        this.serviceId = booking.serviceId();
        this.place = booking.place();
        this.branchId = booking.branchId();
        this.location = booking.locationJson();
        this.notes = blankToNull(booking.notes());
        this.lines = booking.linesJson();
        this.seriesId = booking.seriesId();
        this.bookedBy = booking.bookedBy();
        this.bookedByRole = booking.bookedByRole();
        this.status = AppointmentStatus.UNPAID;
        this.createdAt = booking.now();
        this.updatedAt = booking.now();
        occupy(booking.slot());
    }

    /** Cancelling frees the time at once (the exclusion constraint skips cancelled rows). */
    void cancel(UUID by, ActorRole role, String reason, Instant now) {
        requireLive();
        status = AppointmentStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = by;
        cancelledByRole = role;
        cancelReason = blankToNull(reason);
        updatedAt = now;
    }

    /** Same service, pets and place, another time (and maybe another staff member). */
    Slot move(Slot to, Instant now) {
        requireLive();
        Slot from = slot();
        occupy(to);
        updatedAt = now;
        return from;
    }

    /**
     * Staff change the service and the pets (same client, branch and place), with the slot the new service takes and
     * its priced lines; answers the slot before the change.
     */
    Slot change(UUID serviceId, List<UUID> petIds, List<String> petNames, String linesJson, Slot to, Instant now) {
        requireLive();
        Slot from = slot();
        this.serviceId = serviceId;
        this.petIds = petIds.toArray(UUID[]::new);
        this.petNames = String.join("\n", petNames.stream().map(String::strip).toList());
        this.lines = linesJson;
        occupy(to);
        updatedAt = now;
        return from;
    }

    void complete(Instant now) {
        requireLive();
        status = AppointmentStatus.COMPLETED;
        updatedAt = now;
    }

    void noShow(Instant now) {
        requireLive();
        status = AppointmentStatus.NO_SHOW;
        updatedAt = now;
    }

    /**
     * Whether billing's news of this order concerns the appointment: its order, or any while none is known yet (billing's
     * events can come before order-placed is read). An order replaced by another no longer does.
     */
    boolean hasOrder(UUID order) {
        return orderId == null || orderId.equals(order);
    }

    /** Whether this order status, paid in full, confirms the appointment (it is unpaid). */
    boolean confirmedBy(String orderStatus) {
        return "PAID".equals(orderStatus) && status == AppointmentStatus.UNPAID;
    }

    /**
     * The order's status as billing last announced it; paid in full confirms an unpaid appointment ("Payé /
     * Confirmé").
     */
    void orderStatus(String orderStatus, Instant now) {
        this.orderStatus = orderStatus;
        if ("PAID".equals(orderStatus) && status == AppointmentStatus.UNPAID) {
            status = AppointmentStatus.CONFIRMED;
        }
        updatedAt = now;
    }

    /** How long before the start this happens (negative once started): what cancellation policies are about. */
    Duration noticeAt(Instant now) {
        return Duration.between(now, startsAt);
    }

    /** A report card goes on what happened or is happening: not on a cancelled appointment nor a no-show. */
    boolean takesReportCards() {
        return status != AppointmentStatus.CANCELLED && status != AppointmentStatus.NO_SHOW;
    }

    boolean isAtVersion(long expected) {
        return version() == expected;
    }

    private void requireLive() {
        if (!status.isLive()) {
            throw new AppointmentStateException(status);
        }
    }

    private void occupy(Slot slot) {
        this.staffId = slot.staffId();
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.blockedFrom = slot.blockedFrom();
        this.blockedUntil = slot.blockedUntil();
        this.travelMinutes = slot.travelMinutes();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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

    List<UUID> petIds() {
        return Arrays.asList(petIds);
    }

    List<String> petNames() {
        return petNames == null ? List.of() : List.of(petNames.split("\n", -1));
    }

    UUID serviceId() {
        return serviceId;
    }

    Place place() {
        return place;
    }

    UUID branchId() {
        return branchId;
    }

    UUID staffId() {
        return staffId;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    Slot slot() {
        return new Slot(staffId, startsAt, endsAt, blockedFrom, blockedUntil, travelMinutes);
    }

    String locationJson() {
        return location;
    }

    String notes() {
        return notes;
    }

    String linesJson() {
        return lines;
    }

    AppointmentStatus status() {
        return status;
    }

    UUID seriesId() {
        return seriesId;
    }

    UUID orderId() {
        return orderId;
    }

    String orderNumber() {
        return orderNumber;
    }

    String orderStatus() {
        return orderStatus;
    }

    UUID bookedBy() {
        return bookedBy;
    }

    ActorRole bookedByRole() {
        return bookedByRole;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    UUID cancelledBy() {
        return cancelledBy;
    }

    ActorRole cancelledByRole() {
        return cancelledByRole;
    }

    String cancelReason() {
        return cancelReason;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
