package ca.clientele.document.file;

import ca.clientele.document.storage.ContentStore;
import ca.clientele.document.ticket.TicketReaders;
import ca.clientele.platform.security.Caller;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Takes an uploaded file as it streams in: checks who may add it and where, detects its type from its first bytes,
 * encrypts it to a staging blob while counting (refused past the limit) and hashing it, re-encodes images, then records
 * it. Nothing is kept of a refused upload: no row, no blob.
 */
@Service
class Uploads {

    // Enough for Tika's magic numbers (its longest pattern offsets stay well below this).
    private static final int SNIFF_BYTES = 64 * 1024;

    private final DocumentFiles files;
    private final ContentStore contents;
    private final TypeDetector types;
    private final FilesProperties properties;
    private final ImageReencoder images;
    private final TicketReaders tickets;

    Uploads(
            DocumentFiles files,
            ContentStore contents,
            TypeDetector types,
            FilesProperties properties,
            TicketReaders tickets) {
        this.files = files;
        this.contents = contents;
        this.types = types;
        this.properties = properties;
        this.images = new ImageReencoder(properties.maxImagePixels());
        this.tickets = tickets;
    }

    /** The checks that need no byte of the file: fields present and consistent, the caller allowed. */
    FileFacts admit(Upload upload, String originalName, Caller caller) {
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        if (upload.clientId() == null) {
            errors.add(Map.entry("clientId", "document.field.required"));
        }
        if (upload.purpose() == Purpose.FORM_SUBMISSION) {
            errors.add(Map.entry("purpose", "document.purpose.not-uploadable"));
        }
        if (upload.purpose().needsPet() && upload.petId() == null) {
            errors.add(Map.entry("petId", "document.field.required"));
        }
        if (upload.purpose() == Purpose.ATTACHMENT && upload.ticketId() == null) {
            errors.add(Map.entry("ticketId", "document.field.required"));
        }
        if (!errors.isEmpty()) {
            throw UploadRejectedException.invalidFields(errors);
        }
        caller.requireOwnOrStaff(upload.clientId());
        if (upload.purpose() == Purpose.ATTACHMENT) {
            tickets.requireTicketOf(upload.ticketId(), upload.clientId());
        }
        // A client's own uploads are always visible to them.
        Visibility visibility = caller.isStaff() ? upload.visibility() : Visibility.CLIENT_VISIBLE;
        return new FileFacts(
                UUID.randomUUID(),
                upload.clientId(),
                upload.purpose(),
                visibility,
                FileName.of(originalName),
                caller.id(),
                caller.isStaff(),
                upload.purpose().needsPet() ? upload.petId() : null,
                upload.purpose() == Purpose.ATTACHMENT ? upload.ticketId() : null,
                null);
    }

    /** Streams the file part in and records it. */
    StoredDocument store(FileFacts facts, InputStream part) throws IOException {
        BufferedInputStream in = new BufferedInputStream(part, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        String type = types.detect(in, facts.name().safe());
        in.reset();
        if (!properties.allowedTypes().contains(type)
                || (facts.purpose().mustBeImage() && !ImageReencoder.IMAGE_TYPES.contains(type))) {
            throw new UploadRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document.type-not-allowed", type);
        }
        long limit = properties.maxSize().toBytes();
        try (ContentStore.Draft original = contents.draft(DocumentFile.contentKey(facts.id()))) {
            Copied copied;
            try {
                copied = Copied.copy(in, original.plaintext(), limit);
            } catch (Copied.TooLargeException e) {
                throw new UploadRejectedException(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "document.too-large",
                        properties.maxSize().toMegabytes());
            }
            if (!ImageReencoder.IMAGE_TYPES.contains(type)) {
                return files.record(facts, new Content(type, copied.size(), copied.sha256(), false), original, null);
            }
            return storeImage(facts, type, original);
        }
    }

    private StoredDocument storeImage(FileFacts facts, String type, ContentStore.Draft original) throws IOException {
        try (ContentStore.Draft image = contents.draft(DocumentFile.contentKey(facts.id()));
                ContentStore.Draft thumbnail = contents.draft(DocumentFile.thumbnailKey(facts.id()));
                InputStream originalBytes = original.readBack()) {
            Copied.Measuring measured = Copied.measuring(image.plaintext());
            // Both drafts are finished (closed) by their commit.
            images.reencode(originalBytes, type, measured, thumbnail.plaintext());
            Copied copied = measured.result();
            return files.record(
                    facts,
                    new Content(ImageReencoder.outputType(type), copied.size(), copied.sha256(), true),
                    image,
                    thumbnail);
        }
    }
}
