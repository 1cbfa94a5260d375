package ca.clientele.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.gateway.SessionStoreForTests;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/** Session attributes as Spring Session JDBC stores them: serialized, then sealed with the gateway's key. */
class EncryptedAttributesTest {

    private static final TypeDescriptor OBJECT = TypeDescriptor.valueOf(Object.class);
    private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);

    private final EncryptedAttributes attributes = attributes(SessionStoreForTests.newAeadKeyset());

    @Test
    void aTokenComesBackAsItWasAndIsNotReadableInTheStoredBytes() {
        OAuth2AccessToken token = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                "eyJhbGciOiJSUzI1NiJ9.secret",
                Instant.parse("2026-12-02T10:00:00Z"),
                Instant.parse("2026-12-02T10:05:00Z"));

        byte[] stored = (byte[]) attributes.convert(token, OBJECT, BYTES);

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("eyJhbGciOiJSUzI1NiJ9");
        OAuth2AccessToken read = (OAuth2AccessToken) attributes.convert(stored, BYTES, OBJECT);
        assertThat(read.getTokenValue()).isEqualTo(token.getTokenValue());
        assertThat(read.getExpiresAt()).isEqualTo(token.getExpiresAt());
    }

    @Test
    void bytesChangedInTheTableOrSealedWithAnotherKeyAreRefusedNotDeserialized() {
        byte[] stored = (byte[]) attributes.convert("fr-CA", OBJECT, BYTES);
        byte[] tampered = stored.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> attributes.convert(tampered, BYTES, OBJECT))
                .isInstanceOf(ConversionFailedException.class);
        assertThatThrownBy(
                        () -> attributes(SessionStoreForTests.newAeadKeyset()).convert(stored, BYTES, OBJECT))
                .isInstanceOf(ConversionFailedException.class);
    }

    private static EncryptedAttributes attributes(String keyset) {
        try {
            Aead aead = TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            return new EncryptedAttributes(aead, EncryptedAttributesTest.class.getClassLoader());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
