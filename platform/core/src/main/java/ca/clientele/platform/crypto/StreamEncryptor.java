package ca.clientele.platform.crypto;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.security.GeneralSecurityException;

/**
 * Encrypts and decrypts streams (file contents) with Tink streaming AEAD (AES256-GCM-HKDF, 1 MB segments): each
 * ciphertext gets its own key, derived from the keyset's key and a random salt, and is bound to its associated data
 * (the document service passes the file's storage key, which holds the file id), so a ciphertext moved under another
 * id fails to decrypt. Memory per stream is about one segment, whatever the file's size.
 */
public class StreamEncryptor {

    private final StreamingAead aead;

    public StreamEncryptor(StreamingAead aead) {
        this.aead = aead;
    }

    /** Plaintext written to the answer goes to {@code ciphertext} encrypted; closing it writes the last segment. */
    public OutputStream encrypting(OutputStream ciphertext, byte[] associatedData) throws IOException {
        try {
            return aead.newEncryptingStream(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IOException("Stream encryption failed", e);
        }
    }

    /** Reads the plaintext of {@code ciphertext}; a tampered, moved or foreign ciphertext fails with an IOException. */
    public InputStream decrypting(InputStream ciphertext, byte[] associatedData) throws IOException {
        try {
            return aead.newDecryptingStream(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IOException("Stream decryption failed", e);
        }
    }

    /**
     * The plaintext as a seekable channel: reading from a position decrypts only the segments from there on, which is
     * how a range request is served without reading the whole file (Tink knows the plaintext's size only after a first
     * read, so the caller keeps it).
     */
    public SeekableByteChannel decrypting(SeekableByteChannel ciphertext, byte[] associatedData) throws IOException {
        try {
            return aead.newSeekableDecryptingChannel(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IOException("Stream decryption failed", e);
        }
    }
}
