package ca.clientele.platform.crypto;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Encrypts personal fields at rest with Tink AEAD (AES256-GCM, random nonce per value), each
 * ciphertext bound to its {@link Cell}: moved to another column or row, it fails to decrypt.
 */
public class FieldEncryptor {

    // What every ciphertext was bound to before cells (ADR 0004): only the re-encrypting migrations read it.
    private static final byte[] UNBOUND = "clientele-field-v1".getBytes(StandardCharsets.UTF_8);

    private final Aead aead;

    public FieldEncryptor(Aead aead) {
        this.aead = aead;
    }

    public byte[] encrypt(String plaintext, Cell cell) {
        if (plaintext == null) {
            return null;
        }
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), cell.associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    public String decrypt(byte[] ciphertext, Cell cell) {
        return decrypt(ciphertext, cell.associatedData());
    }

    /**
     * Reads a value written before ciphertexts were bound to their cell. Only for the migration
     * that re-encrypts such values with {@link #encrypt(String, Cell)}.
     */
    public String decryptUnbound(byte[] ciphertext) {
        return decrypt(ciphertext, UNBOUND);
    }

    private String decrypt(byte[] ciphertext, byte[] associatedData) {
        if (ciphertext == null) {
            return null;
        }
        try {
            return new String(aead.decrypt(ciphertext, associatedData), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // No cell in the message: it names a table and a row of personal data.
            throw new IllegalStateException("Field decryption failed (unknown key, tampered or moved value)", e);
        }
    }
}
