package ca.clientele.document.file;

import ca.clientele.document.storage.ContentStore;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.security.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores files: their encrypted bytes in the {@link ContentStore}, their row in {@code document}, and their events in
 * the outbox, all or nothing. Uploads come through the REST API; other features of the service (forms) store the files
 * they generate with {@link #storeGenerated}.
 */
@Service
public class DocumentFiles {

    private static final Logger log = LoggerFactory.getLogger(DocumentFiles.class);

    private final DocumentFileRepository files;
    private final ContentStore contents;
    private final FileEvents events;
    private final Clock clock;

    DocumentFiles(DocumentFileRepository files, ContentStore contents, DomainEvents events, Clock clock) {
        this.files = files;
        this.contents = contents;
        this.events = new FileEvents(events);
        this.clock = clock;
    }

    /**
     * Stores a file the service made (a submitted form's PDF), inside the caller's transaction when there is one: if it
     * rolls back, the row, the events and the stored bytes go too. The content type is the caller's (nothing is
     * detected: the service wrote the bytes); there is no size limit and no thumbnail.
     *
     * @param actorId who caused it (the client submitting, or staff); it counts as added by staff when it is not the
     *     client
     */
    @Transactional
    public StoredDocument storeGenerated(
            UUID clientId,
            Purpose purpose,
            String name,
            String contentType,
            Visibility visibility,
            UUID submissionId,
            UUID actorId,
            InputStream content) {
        UUID id = UUID.randomUUID();
        FileFacts facts = new FileFacts(
                id,
                clientId,
                purpose,
                visibility,
                FileName.of(name),
                actorId,
                !actorId.equals(clientId),
                null,
                null,
                submissionId);
        try (ContentStore.Draft draft = contents.draft(DocumentFile.contentKey(id))) {
            Copied copied = Copied.copy(content, draft.plaintext(), Long.MAX_VALUE);
            return record(facts, new Content(contentType, copied.size(), copied.sha256(), false), draft, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Storing a generated document failed", e);
        }
    }

    /**
     * Records a file whose bytes (and thumbnail, or null) are written in drafts: inserts its row, commits the drafts
     * and publishes its events. The blobs are removed again if the transaction does not commit.
     */
    @Transactional
    StoredDocument record(FileFacts facts, Content content, ContentStore.Draft bytes, ContentStore.Draft thumbnail)
            throws IOException {
        DocumentFile file = files.saveAndFlush(new DocumentFile(facts, content, clock.instant()));
        List<String> committed = new ArrayList<>();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    committed.forEach(DocumentFiles.this::deleteQuietly);
                }
            }
        });
        bytes.commit();
        committed.add(DocumentFile.contentKey(file.id()));
        if (thumbnail != null) {
            thumbnail.commit();
            committed.add(DocumentFile.thumbnailKey(file.id()));
        }
        events.added(file);
        return new StoredDocument(file.id(), file.name());
    }

    /** Renames and/or changes the visibility of a file the caller may read, checking the version they saw. */
    @Transactional
    DocumentFile change(DocumentFile file, FileName newName, Visibility newVisibility, long version, Caller caller) {
        if (newVisibility != null && !caller.isStaff()) {
            throw new AccessDeniedException("Only staff change a file's visibility");
        }
        if (newName != null && !(caller.isStaff() || caller.id().equals(file.uploadedBy()))) {
            throw new AccessDeniedException("Only staff or the client who uploaded it rename a file");
        }
        requireVersion(file, version);
        if (newName != null) {
            file.rename(newName);
        }
        if (newVisibility != null && newVisibility != file.visibility()) {
            file.changeVisibility(newVisibility);
            events.shared(file);
        }
        return files.saveAndFlush(file);
    }

    /** Soft-deletes a file (who and when are kept): staff, or the client who uploaded it. */
    @Transactional
    void delete(DocumentFile file, long version, Caller caller) {
        if (!(caller.isStaff() || caller.id().equals(file.uploadedBy()))) {
            throw new AccessDeniedException("Only staff or the client who uploaded it delete a file");
        }
        requireVersion(file, version);
        file.delete(caller.id(), clock.instant());
        files.saveAndFlush(file);
        events.deleted(file);
    }

    private static void requireVersion(DocumentFile file, long version) {
        if (file.version() != version) {
            throw new ObjectOptimisticLockingFailureException(DocumentFile.class, file.id());
        }
    }

    private void deleteQuietly(String key) {
        try {
            contents.delete(key);
        } catch (IOException e) {
            // An orphan blob is harmless (no row points at it); the id is no personal data.
            log.warn("Could not remove the blob {} of a rolled-back upload", key, e);
        }
    }
}
