package ca.clientele.booking.waitlist;

import ca.clientele.booking.appointment.AppointmentFreed;
import ca.clientele.booking.appointment.InvalidBookingInput;
import ca.clientele.booking.pet.Pets;
import ca.clientele.booking.service.OfferedService;
import ca.clientele.booking.service.ServiceCatalog;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waitlist: clients (or staff for them) join a service's line for a range of dates; a cancellation freeing a
 * future time of that service in an entry's range offers it to the first in line (oldest entry), who leaves the line.
 */
@Service
class Waitlist {

    private final WaitlistRepository entries;
    private final ServiceCatalog services;
    private final Pets pets;
    private final WaitlistEvents events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Waitlist(
            WaitlistRepository entries,
            ServiceCatalog services,
            Pets pets,
            WaitlistEvents events,
            JdbcClient jdbc,
            Clock clock) {
        this.entries = entries;
        this.services = services;
        this.pets = pets;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    WaitlistView join(NewWaitlistEntry request, Caller caller) {
        caller.requireOwnOrStaff(request.clientId());
        if (services.find(request.serviceId()).filter(OfferedService::active).isEmpty()) {
            throw new InvalidBookingInput("serviceId", "booking.appointment.service.unknown");
        }
        if (!pets.notTheClients(request.clientId(), request.petIds()).isEmpty()) {
            throw new InvalidBookingInput("petIds", "booking.appointment.pet.not-the-clients");
        }
        long line = jdbc.sql("select nextval('waitlist_line_seq')")
                .query(Long.class)
                .single();
        WaitlistEntry entry = entries.saveAndFlush(new WaitlistEntry(
                line,
                request.clientId(),
                request.serviceId(),
                request.branchId(),
                request.petIds(),
                request.earliest(),
                request.latest(),
                clock.instant()));
        return view(entry);
    }

    @Transactional(readOnly = true)
    List<WaitlistView> list(UUID clientId, Caller caller) {
        if (!caller.isStaff() && !caller.id().equals(clientId)) {
            throw new ResourceNotFoundException();
        }
        List<WaitlistEntry> found =
                clientId == null ? entries.findAllByOrderByLine() : entries.findByClientIdOrderByLine(clientId);
        return found.stream().map(this::view).toList();
    }

    @Transactional
    void leave(UUID id, Caller caller) {
        WaitlistEntry entry = entries.findById(id).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(entry.clientId());
        entries.delete(entry);
    }

    /** In the cancelling transaction: the freed time goes to the first in line, if it is still ahead. */
    @EventListener
    void on(AppointmentFreed freed) {
        Instant now = clock.instant();
        if (!freed.start().isAfter(now)) {
            return;
        }
        entries.firstInLine(freed.serviceId(), freed.branchId(), freed.date(), freed.clientId())
                .ifPresent(entry -> {
                    entry.offer(freed.start(), freed.staffId(), now);
                    entries.saveAndFlush(entry);
                    events.offered(entry);
                });
    }

    private WaitlistView view(WaitlistEntry entry) {
        return new WaitlistView(
                entry.id(),
                entry.clientId(),
                entry.serviceId(),
                entry.branchId(),
                entry.petIds(),
                entry.earliest(),
                entry.latest(),
                entry.status().name(),
                entry.status() == WaitlistEntry.Status.WAITING ? entries.position(entry) : null,
                entry.offeredStart(),
                entry.offeredStaffId(),
                entry.createdAt());
    }
}
