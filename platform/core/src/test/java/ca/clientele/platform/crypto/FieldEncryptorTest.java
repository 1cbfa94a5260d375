package ca.clientele.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldEncryptorTest {

    private static final UUID ROW = UUID.randomUUID();
    private static final Cell EMAIL = new Cell("client", "email", ROW);

    private final Aead aead = newAead();
    private final FieldEncryptor encryptor = new FieldEncryptor(aead);

    @Test
    void readsBackWhatItWroteInTheSameCell() {
        byte[] ciphertext = encryptor.encrypt("élodie@exemple.ca", EMAIL);

        assertThat(new String(ciphertext, StandardCharsets.UTF_8)).doesNotContain("exemple");
        assertThat(encryptor.decrypt(ciphertext, EMAIL)).isEqualTo("élodie@exemple.ca");
    }

    @Test
    void twoEncryptionsOfOneValueDiffer() {
        assertThat(encryptor.encrypt("Béliveau", EMAIL)).isNotEqualTo(encryptor.encrypt("Béliveau", EMAIL));
    }

    @Test
    void aCiphertextMovedToAnotherColumnFailsToDecrypt() {
        byte[] ciphertext = encryptor.encrypt("élodie@exemple.ca", EMAIL);

        assertThatThrownBy(() -> encryptor.decrypt(ciphertext, new Cell("client", "notes", ROW)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("élodie");
    }

    @Test
    void aCiphertextMovedToAnotherRowFailsToDecrypt() {
        byte[] ciphertext = encryptor.encrypt("élodie@exemple.ca", EMAIL);

        assertThatThrownBy(() -> encryptor.decrypt(ciphertext, new Cell("client", "email", UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCiphertextMovedToTheSameColumnOfAnotherTableFailsToDecrypt() {
        byte[] ciphertext = encryptor.encrypt("Pistache", new Cell("pet", "name", ROW));

        assertThatThrownBy(() -> encryptor.decrypt(ciphertext, new Cell("branch", "name", ROW)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedCiphertextFailsToDecrypt() {
        byte[] ciphertext = encryptor.encrypt("élodie@exemple.ca", EMAIL);
        ciphertext[ciphertext.length - 1] ^= 1;

        assertThatThrownBy(() -> encryptor.decrypt(ciphertext, EMAIL)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueWrittenBeforeCellsReadsOnlyThroughTheMigrationPath() throws GeneralSecurityException {
        byte[] unbound = aead.encrypt(
                "Béliveau".getBytes(StandardCharsets.UTF_8), "clientele-field-v1".getBytes(StandardCharsets.UTF_8));

        assertThat(encryptor.decryptUnbound(unbound)).isEqualTo("Béliveau");
        assertThatThrownBy(() -> encryptor.decrypt(unbound, EMAIL)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encryptor.decryptUnbound(encryptor.encrypt("Béliveau", EMAIL)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(encryptor.encrypt(null, EMAIL)).isNull();
        assertThat(encryptor.decrypt(null, EMAIL)).isNull();
    }

    @Test
    void aCellNeedsItsTableAndColumn() {
        assertThatThrownBy(() -> new Cell("client", " ", ROW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cell(null, "email", ROW)).isInstanceOf(IllegalArgumentException.class);
    }

    static Aead newAead() {
        try {
            AeadConfig.register();
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
