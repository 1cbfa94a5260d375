package ca.clientele.document.storage;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Blobs as files under a root directory: {@code <root>/<first two characters of the key>/<key>} (no directory grows
 * to millions of entries), staged in {@code <root>/.staging} on the same file system so that a commit is an atomic
 * rename. Keys are generated ids, never names a person chose, so no key can climb out of the root.
 */
final class LocalBlobStore implements BlobStore {

    private final Path root;
    private final Path staging;

    LocalBlobStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve(".staging");
        Files.createDirectories(staging);
    }

    @Override
    public Path newStagingFile() throws IOException {
        return Files.createTempFile(staging, "blob-", ".part");
    }

    @Override
    public void commit(Path staged, String key) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public SeekableByteChannel open(String key) throws IOException {
        return Files.newByteChannel(path(key), StandardOpenOption.READ);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    Path path(String key) {
        if (!key.matches("[0-9a-f][0-9a-f][0-9a-z.-]*")) {
            throw new IllegalArgumentException("Not a blob key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
