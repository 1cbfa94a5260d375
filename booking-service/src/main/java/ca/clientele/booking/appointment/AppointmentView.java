package ca.clientele.booking.appointment;

import ca.clientele.booking.service.Place;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An appointment as its client and staff read it, labels in the caller's language. {@code canCancel}/{@code canMove}:
 * what the caller may do now (a client: up to the cancellation notice before the start). Report cards: all of them
 * for staff, the shared ones for the client.
 */
record AppointmentView(
        UUID id,
        int number,
        UUID clientId,
        String clientName,
        UUID serviceId,
        String serviceName,
        Place place,
        UUID branchId,
        String branchName,
        UUID staffId,
        String staffName,
        Instant start,
        Instant end,
        List<UUID> petIds,
        List<String> petNames,
        List<Line> lines,
        AppointmentStatus status,
        String statusLabel,
        UUID orderId,
        String orderNumber,
        String orderStatus,
        Location location,
        String notes,
        UUID seriesId,
        Instant cancelledAt,
        UUID cancelledBy,
        ActorRole cancelledByRole,
        String cancelReason,
        boolean canCancel,
        boolean canMove,
        List<ReportCardView> reportCards,
        long version) {}
