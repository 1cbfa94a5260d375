package ca.clientele.platform.crypto;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** Encrypts personal fields at rest with Tink AEAD (AES256-GCM, random nonce per value). */
public class FieldEncryptor {

    // Binds ciphertexts to this use so they cannot be replayed into another kind of field.
    private static final byte[] ASSOCIATED_DATA = "clientele-field-v1".getBytes(StandardCharsets.UTF_8);

    private final Aead aead;

    public FieldEncryptor(Aead aead) {
        this.aead = aead;
    }

    public byte[] encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), ASSOCIATED_DATA);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    public String decrypt(byte[] ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        try {
            return new String(aead.decrypt(ciphertext, ASSOCIATED_DATA), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field decryption failed (unknown key or tampered value)", e);
        }
    }
}
