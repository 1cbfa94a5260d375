package ca.clientele.ticket.incident;

import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The confidentiality-incident register: entries are opened by INCIDENT calls, completed by admins, never deleted. */
@Service
class IncidentRegister {

    /** Newest learned first; among the same day, the latest entry first. */
    static final Sort ORDER = Sort.by(Sort.Order.desc("learnedFrom"), Sort.Order.desc("createdAt"));

    /** What one export holds at most: years of a small business's register, well within memory. */
    static final int EXPORT_LIMIT = 10_000;

    private final IncidentRepository incidents;
    private final DomainEvents events;
    private final Clock clock;

    IncidentRegister(IncidentRepository incidents, DomainEvents events, Clock clock) {
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the entry of an INCIDENT call, in the caller's transaction (the call and its entry
     * commit together or not at all). A repeated call for the same ticket opens nothing more.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void open(UUID ticketId, int ticketNumber, UUID clientId, LocalDate learnedOn) {
        if (incidents.existsByTicketId(ticketId)) {
            return;
        }
        Incident incident =
                incidents.save(Incident.opened(ticketId, ticketNumber, clientId, learnedOn, clock.instant()));
        events.publish("incident-recorded", clientId, new IncidentRecorded(incident.id(), ticketId, clientId));
    }

    @Transactional(readOnly = true)
    IncidentPage list(IncidentFilter filter, int page, int size) {
        return IncidentPage.of(incidents.findAll(filter.specification(), PageRequest.of(page, size, ORDER)));
    }

    @Transactional(readOnly = true)
    List<IncidentView> export(IncidentFilter filter) {
        return incidents
                .findAll(filter.specification(), PageRequest.of(0, EXPORT_LIMIT, ORDER))
                .map(Incident::view)
                .getContent();
    }

    @Transactional(readOnly = true)
    IncidentView get(UUID id) {
        return incidents
                .findById(id)
                .orElseThrow(ResourceNotFoundException::new)
                .view();
    }

    /** A stale version is a 409: another administrator's change stays, this one is not applied. */
    @Transactional
    IncidentView change(UUID id, IncidentChange change) {
        Incident incident = incidents.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (incident.version() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(Incident.class, id);
        }
        incident.change(change, clock.instant());
        return incidents.saveAndFlush(incident).view();
    }
}
