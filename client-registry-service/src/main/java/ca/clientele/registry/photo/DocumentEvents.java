package ca.clientele.registry.photo;

import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import ca.clientele.registry.client.ClientDirectory;
import ca.clientele.registry.pet.PetPhotos;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's copy of where the photos are: the documents service announces a new profile or
 * pet photo (or a deleted document), and the client record or the pet points at that document.
 * A tolerant reader: it maps only the ids it needs into its own records and ignores every other
 * event type of the topic. Each event is applied once: the ledger row and the change commit together.
 */
@Service
class DocumentEvents {

    static final String CONSUMER = "registry-photos";
    static final String PROFILE_PHOTO_CHANGED = "ca.clientele.document.profile-photo-changed";
    static final String PET_PHOTO_CHANGED = "ca.clientele.document.pet-photo-changed";
    static final String DOCUMENT_DELETED = "ca.clientele.document.document-deleted";

    /** {@code profile-photo-changed} and {@code document-deleted}, as far as the registry reads them. */
    record ClientDocument(UUID documentId, UUID clientId) {}

    /** {@code pet-photo-changed}, as far as the registry reads it. */
    record PetDocument(UUID documentId, UUID clientId, UUID petId) {}

    private final ProcessedEvents processedEvents;
    private final ClientDirectory clients;
    private final PetPhotos petPhotos;
    private final Clock clock;

    DocumentEvents(ProcessedEvents processedEvents, ClientDirectory clients, PetPhotos petPhotos, Clock clock) {
        this.processedEvents = processedEvents;
        this.clients = clients;
        this.petPhotos = petPhotos;
        this.clock = clock;
    }

    static boolean concernsRegistry(ReceivedEvent event) {
        return switch (event.type()) {
            case PROFILE_PHOTO_CHANGED, PET_PHOTO_CHANGED, DOCUMENT_DELETED -> true;
            default -> false;
        };
    }

    /** @return false when the event was applied before (a redelivery) */
    @Transactional
    boolean apply(ReceivedEvent event) {
        if (!processedEvents.firstDelivery(CONSUMER, event.id())) {
            return false;
        }
        Instant now = clock.instant();
        switch (event.type()) {
            case PROFILE_PHOTO_CHANGED -> {
                ClientDocument photo = required(event.dataAs(ClientDocument.class), ClientDocument::clientId);
                clients.showPhoto(photo.clientId(), required(photo.documentId()), now);
            }
            case PET_PHOTO_CHANGED -> {
                PetDocument photo = required(event.dataAs(PetDocument.class), PetDocument::clientId);
                petPhotos.show(photo.clientId(), required(photo.petId()), required(photo.documentId()), now);
            }
            case DOCUMENT_DELETED -> {
                ClientDocument deleted = required(event.dataAs(ClientDocument.class), ClientDocument::clientId);
                UUID documentId = required(deleted.documentId());
                clients.forgetPhoto(deleted.clientId(), documentId, now);
                petPhotos.forget(deleted.clientId(), documentId, now);
            }
            default -> throw new IllegalArgumentException("not a registry event: " + event.type());
        }
        return true;
    }

    private static <T> T required(T data, Function<T, UUID> clientId) {
        if (data == null) {
            throw new MalformedDocumentEventException("no data");
        }
        required(clientId.apply(data));
        return data;
    }

    private static UUID required(UUID id) {
        if (id == null) {
            throw new MalformedDocumentEventException("an id is missing");
        }
        return id;
    }
}
