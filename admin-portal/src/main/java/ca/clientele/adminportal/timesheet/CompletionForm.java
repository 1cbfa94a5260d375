package ca.clientele.adminportal.timesheet;

import ca.clientele.adminportal.bookingservice.Appointment;
import ca.clientele.adminportal.bookingservice.AppointmentClient;
import ca.clientele.adminportal.bookingservice.ReportCard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * "Terminé" with a report card per pet: what was done, nails, behaviour, notes for next time, up
 * to 6 photos (uploaded by the page straight to document-service; here their ids), and whether the
 * client sees it. A card left empty is not sent.
 */
record CompletionForm(@Valid List<Card> cards, long version) {

    /** The nails' state, as booking-service codes it (free code; these are the ones offered). */
    static final List<String> NAILS = List.of("SHORT", "LONG", "SPLIT", "OVERGROWN");

    CompletionForm {
        cards = cards == null ? new ArrayList<>() : cards;
    }

    record Card(
            @NotNull UUID petId,
            @Size(max = 2000) String done,
            @Size(max = 40) String nails,
            @Size(max = 2000) String behaviour,
            @Size(max = 2000) String notesForNextTime,
            @Size(max = 6) List<UUID> photoDocumentIds,
            Boolean shared) {

        Card {
            photoDocumentIds = photoDocumentIds == null ? new ArrayList<>() : photoDocumentIds;
        }

        boolean isEmpty() {
            return done == null
                    && nails == null
                    && behaviour == null
                    && notesForNextTime == null
                    && photoDocumentIds.isEmpty();
        }

        AppointmentClient.ReportCardBody toBody() {
            return new AppointmentClient.ReportCardBody(
                    done,
                    nails,
                    behaviour,
                    notesForNextTime,
                    List.copyOf(photoDocumentIds),
                    Boolean.TRUE.equals(shared));
        }
    }

    /** One card per pet of the appointment, as filled so far (shared with the client by default). */
    static CompletionForm of(Appointment appointment) {
        List<Card> cards = new ArrayList<>();
        for (UUID petId : appointment.petIds()) {
            ReportCard card = appointment.reportCard(petId);
            cards.add(
                    card == null
                            ? new Card(petId, null, null, null, null, new ArrayList<>(), true)
                            : new Card(
                                    petId,
                                    card.done(),
                                    card.nails(),
                                    card.behaviour(),
                                    card.notesForNextTime(),
                                    new ArrayList<>(card.photoDocumentIds()),
                                    card.shared()));
        }
        return new CompletionForm(cards, appointment.version());
    }
}
