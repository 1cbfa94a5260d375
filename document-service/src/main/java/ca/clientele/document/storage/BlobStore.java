package ca.clientele.document.storage;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;

/**
 * The storage port: where the (already encrypted) bytes of files live. A blob is prepared in a staging file, then
 * committed under its key in one step, so that a reader never sees half a blob and a refused upload leaves nothing.
 * Adapters: {@link LocalBlobStore} (a directory) and an S3-compatible bucket.
 */
public interface BlobStore {

    /** A new empty file to prepare a blob in; {@link #commit} takes it over, or the caller deletes it. */
    Path newStagingFile() throws IOException;

    /** Stores the staged file under {@code key} (replacing nothing: keys are new ids); the staged file is gone after. */
    void commit(Path staged, String key) throws IOException;

    /** The stored bytes of {@code key}; {@link java.nio.file.NoSuchFileException} when there is no such blob. */
    SeekableByteChannel open(String key) throws IOException;

    /** Removes the blob of {@code key}, if any. */
    void delete(String key) throws IOException;
}
