package ca.clientele.document.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects of an S3-compatible bucket (AWS, MinIO, S3Proxy…). A blob is staged, already encrypted, in a local
 * temporary file, then sent in one PUT streamed from that file: S3 makes an object visible only once it is complete, so
 * a refused or failed upload leaves no object. Reads are ranged GETs, so a range request fetches only what it needs.
 */
final class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final Path staging;

    S3BlobStore(S3Client s3, String bucket, Path staging) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.staging = staging;
        Files.createDirectories(staging);
    }

    @Override
    public Path newStagingFile() throws IOException {
        return Files.createTempFile(staging, "blob-", ".part");
    }

    @Override
    public void commit(Path staged, String key) throws IOException {
        try {
            s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(staged));
        } catch (S3Exception e) {
            throw new IOException("Storing a blob failed (S3 status " + e.statusCode() + ")", e);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    @Override
    public SeekableByteChannel open(String key) throws IOException {
        try {
            long size =
                    s3.headObject(request -> request.bucket(bucket).key(key)).contentLength();
            return new RangedChannel(key, size);
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key);
            }
            throw new IOException("Reading a blob failed (S3 status " + e.statusCode() + ")", e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (S3Exception e) {
            throw new IOException("Deleting a blob failed (S3 status " + e.statusCode() + ")", e);
        }
    }

    /**
     * An object read as a seekable channel: a GET from the current position, kept open while reads follow each other,
     * reopened after a jump (Tink's decryption reads the header, then seeks to the segment a range starts in).
     */
    private final class RangedChannel implements SeekableByteChannel {

        private final String key;
        private final long size;
        private long position;
        private InputStream body;
        private boolean open = true;

        RangedChannel(String key, long size) {
            this.key = key;
            this.size = size;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            requireOpen();
            if (position >= size) {
                return -1;
            }
            if (body == null) {
                long from = position;
                GetObjectRequest request = GetObjectRequest.builder()
                        .bucket(bucket)
                        .key(key)
                        .range("bytes=" + from + "-")
                        .build();
                try {
                    body = s3.getObject(request);
                } catch (S3Exception e) {
                    throw new IOException("Reading a blob failed (S3 status " + e.statusCode() + ")", e);
                }
            }
            byte[] chunk = new byte[Math.min(destination.remaining(), 64 * 1024)];
            int read = body.read(chunk);
            if (read < 0) {
                return -1;
            }
            destination.put(chunk, 0, read);
            position += read;
            return read;
        }

        @Override
        public int write(ByteBuffer source) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            requireOpen();
            if (newPosition != position) {
                closeBody();
                position = newPosition;
            }
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public SeekableByteChannel truncate(long newSize) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() throws IOException {
            open = false;
            closeBody();
        }

        private void closeBody() throws IOException {
            if (body != null) {
                // Aborting is cheaper than draining the rest of a large object.
                if (body instanceof software.amazon.awssdk.http.Abortable abortable) {
                    abortable.abort();
                }
                body.close();
                body = null;
            }
        }

        private void requireOpen() throws ClosedChannelException {
            if (!open) {
                throw new ClosedChannelException();
            }
        }
    }
}
