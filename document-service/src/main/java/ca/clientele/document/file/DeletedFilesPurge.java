package ca.clientele.document.file;

import ca.clientele.document.storage.ContentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases from storage the bytes (and thumbnail) of files deleted longer ago than the retention, so that a deletion
 * ends in destruction (Law 25) rather than in a hidden copy kept for ever. The row stays, marked purged: who deleted
 * what and when remains on record. Each file is one transaction; the blobs go first, so a crash in between leaves a
 * row that the next run purges again (deleting a missing blob is a no-op). One replica runs it at a time (the lease
 * {@value #LOCK}, ADR 0033); should two ever overlap (a lease outlived by a very long run), the row's version lets
 * one of them mark it and the other skips it.
 */
@Component
class DeletedFilesPurge {

    static final String LOCK = "document-deleted-files-purge";
    private static final Logger log = LoggerFactory.getLogger(DeletedFilesPurge.class);

    private final DocumentFileRepository files;
    private final ContentStore contents;
    private final TransactionTemplate transactions;
    private final FilesProperties properties;
    private final Clock clock;

    DeletedFilesPurge(
            DocumentFileRepository files,
            ContentStore contents,
            TransactionTemplate transactions,
            FilesProperties properties,
            Clock clock) {
        this.files = files;
        this.contents = contents;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${clientele.documents.purge-interval:PT1H}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    void run() {
        int purged = purge();
        if (purged > 0) {
            log.info("Purged the stored bytes of {} deleted files", purged);
        }
    }

    /** Purges every file past the retention, batch after batch; returns how many. */
    int purge() {
        Instant cutoff = clock.instant().minus(properties.deletedRetention());
        int purged = 0;
        while (true) {
            var batch = files.findTop100ByDeletedAtBeforeAndPurgedAtIsNullOrderByDeletedAt(cutoff);
            int before = purged;
            for (DocumentFile file : batch) {
                if (purgeOne(file)) {
                    purged++;
                }
            }
            if (batch.size() < 100 || purged == before) {
                return purged;
            }
        }
    }

    private boolean purgeOne(DocumentFile file) {
        try {
            contents.delete(DocumentFile.contentKey(file.id()));
            if (file.hasThumbnail()) {
                contents.delete(DocumentFile.thumbnailKey(file.id()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot erase the stored bytes of document " + file.id(), e);
        }
        try {
            transactions.executeWithoutResult(status -> {
                file.markPurged(clock.instant());
                files.saveAndFlush(file);
            });
            return true;
        } catch (OptimisticLockingFailureException anotherReplica) {
            return false;
        }
    }
}
