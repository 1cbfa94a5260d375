package ca.clientele.document.file;

import ca.clientele.platform.events.DomainEvents;
import java.util.UUID;

/** The events files publish (schemas in {@code docs/events/}): ids and a purpose, no name, no contents. */
final class FileEvents {

    private final DomainEvents events;

    FileEvents(DomainEvents events) {
        this.events = events;
    }

    /** A file was added: shared with the client when staff added a visible document; a photo changes a picture. */
    void added(DocumentFile file) {
        switch (file.purpose()) {
            case PROFILE_PHOTO ->
                events.publish("profile-photo-changed", file.clientId(), new PhotoChanged(file.id(), file.clientId()));
            case PET_PHOTO ->
                events.publish(
                        "pet-photo-changed",
                        file.clientId(),
                        new PetPhotoChanged(file.id(), file.clientId(), file.petId()));
            default -> {
                if (file.uploadedByStaff()) {
                    shared(file);
                }
            }
        }
    }

    /** The file became visible to its client (or was added visible by staff). */
    void shared(DocumentFile file) {
        if (file.visibility() == Visibility.CLIENT_VISIBLE && Purpose.DOCUMENTS.contains(file.purpose())) {
            events.publish(
                    "document-shared", file.clientId(), new DocumentShared(file.id(), file.clientId(), file.purpose()));
        }
    }

    void deleted(DocumentFile file) {
        events.publish("document-deleted", file.clientId(), new DocumentDeleted(file.id(), file.clientId()));
    }

    /** No name: a person may name a file after someone; consumers read it from the API. */
    record DocumentShared(UUID documentId, UUID clientId, Purpose purpose) {}

    record DocumentDeleted(UUID documentId, UUID clientId) {}

    record PhotoChanged(UUID documentId, UUID clientId) {}

    record PetPhotoChanged(UUID documentId, UUID clientId, UUID petId) {}
}
