package ca.clientele.document.storage;

import ca.clientele.platform.crypto.StreamEncryptor;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File contents, encrypted at rest whatever the adapter: plaintext is encrypted with Tink streaming AEAD while it is
 * written to the staging file, and decrypted while it is read, bound to the blob key (which holds the file id) so that
 * a blob copied under another id cannot be read.
 */
public final class ContentStore {

    private final BlobStore blobs;
    private final StreamEncryptor encryptor;

    ContentStore(BlobStore blobs, StreamEncryptor encryptor) {
        this.blobs = blobs;
        this.encryptor = encryptor;
    }

    /** Starts writing the blob {@code key}: write the plaintext, then {@link Draft#commit()}; closing discards. */
    public Draft draft(String key) throws IOException {
        Path staged = blobs.newStagingFile();
        try {
            OutputStream file = Files.newOutputStream(staged);
            return new Draft(key, staged, encryptor.encrypting(file, associatedData(key)));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
    }

    /**
     * The plaintext of {@code key} from byte {@code position} on: only the segments from there are read and decrypted,
     * which is how a range request is served without going through the whole file.
     */
    public InputStream read(String key, long position) throws IOException {
        SeekableByteChannel ciphertext = blobs.open(key);
        try {
            SeekableByteChannel plaintext = encryptor.decrypting(ciphertext, associatedData(key));
            plaintext.position(position);
            // Not handed over as a SeekableByteChannel: the JDK's stream would ask its size, which Tink knows only
            // after a first read.
            return Channels.newInputStream(new ReadableByteChannel() {
                @Override
                public int read(ByteBuffer destination) throws IOException {
                    return plaintext.read(destination);
                }

                @Override
                public boolean isOpen() {
                    return plaintext.isOpen();
                }

                @Override
                public void close() throws IOException {
                    plaintext.close();
                }
            });
        } catch (IOException | RuntimeException e) {
            ciphertext.close();
            throw e;
        }
    }

    public void delete(String key) throws IOException {
        blobs.delete(key);
    }

    private static byte[] associatedData(String key) {
        return ("clientele-document:" + key).getBytes(StandardCharsets.UTF_8);
    }

    /** A blob being written: plaintext goes to {@link #plaintext()}, encrypted into the staging file. */
    public final class Draft implements Closeable {

        private final String key;
        private final Path staged;
        private final OutputStream plaintext;
        private boolean finished;
        private boolean committed;

        private Draft(String key, Path staged, OutputStream plaintext) {
            this.key = key;
            this.staged = staged;
            this.plaintext = plaintext;
        }

        public OutputStream plaintext() {
            return plaintext;
        }

        /** Finishes the ciphertext (its last segment) and stores it under its key in one step. */
        public void commit() throws IOException {
            finish();
            blobs.commit(staged, key);
            committed = true;
        }

        /**
         * Finishes the ciphertext and reads the plaintext back from the staging file (decrypted while read, so the
         * plaintext never touches the disk): how an uploaded image is re-encoded before it is kept or discarded.
         */
        public InputStream readBack() throws IOException {
            finish();
            return encryptor.decrypting(Files.newInputStream(staged), associatedData(key));
        }

        private void finish() throws IOException {
            if (!finished) {
                finished = true;
                plaintext.close();
            }
        }

        /** Discards an uncommitted draft: nothing of it stays. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    finish();
                } catch (IOException e) {
                    // The staged file goes anyway.
                }
                Files.deleteIfExists(staged);
            }
        }
    }
}
