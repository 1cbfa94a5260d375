package ca.clientele.booking.appointment;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff write a pet's report card on an appointment that happened or is happening (not cancelled, not a no-show);
 * sharing it the first time tells the client (report-card-shared).
 */
@Service
class ReportCards {

    private final AppointmentRepository appointments;
    private final ReportCardRepository cards;
    private final AppointmentEvents events;
    private final Clock clock;

    ReportCards(AppointmentRepository appointments, ReportCardRepository cards, AppointmentEvents events, Clock clock) {
        this.appointments = appointments;
        this.cards = cards;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ReportCardView write(UUID appointmentId, UUID petId, ReportCardInput input, Caller caller) {
        Appointment appointment = appointments.findById(appointmentId).orElseThrow(ResourceNotFoundException::new);
        if (!appointment.petIds().contains(petId)) {
            throw new ResourceNotFoundException();
        }
        if (!appointment.takesReportCards()) {
            throw new AppointmentStateException(appointment.status());
        }
        Instant now = clock.instant();
        ReportCard card = cards.findByAppointmentIdAndPetId(appointmentId, petId)
                .orElseGet(() -> new ReportCard(appointmentId, petId, appointment.clientId(), now));
        if (input.version() != null && !card.isNew() && card.version() != input.version()) {
            throw new ObjectOptimisticLockingFailureException(ReportCard.class, card.id());
        }
        boolean newlyShared = card.write(input, caller.id(), now);
        ReportCard saved = cards.saveAndFlush(card);
        if (newlyShared) {
            events.reportCardShared(appointment, petId, caller.id());
        }
        return AppointmentViews.reportCard(saved, appointment);
    }
}
