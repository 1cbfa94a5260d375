package ca.clientele.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamEncryptorTest {

    private static final byte[] FILE_ID = "3f1c0d52-5d5b-4a8e-9a57-1f2d3c4b5a69".getBytes(StandardCharsets.UTF_8);

    private final StreamEncryptor encryptor = new StreamEncryptor(newStreamingAead());

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWroteAndHidesThePlaintext() throws IOException {
        byte[] plain =
                "Consignes après la taille des griffes de Moka".repeat(100).getBytes(StandardCharsets.UTF_8);

        byte[] ciphertext = encrypt(plain, FILE_ID);

        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("griffes");
        try (InputStream in = encryptor.decrypting(new ByteArrayInputStream(ciphertext), FILE_ID)) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void aCiphertextUnderAnotherFileIdFailsToDecrypt() throws IOException {
        byte[] ciphertext = encrypt("secret".getBytes(StandardCharsets.UTF_8), FILE_ID);
        byte[] otherId = "00000000-0000-0000-0000-000000000000".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> {
                    try (InputStream in = encryptor.decrypting(new ByteArrayInputStream(ciphertext), otherId)) {
                        in.readAllBytes();
                    }
                })
                .isInstanceOf(IOException.class);
    }

    @Test
    void aSeekableChannelReadsFromTheMiddleOfASeveralSegmentFile() throws IOException {
        byte[] plain = new byte[3 * 1024 * 1024 + 123];
        new Random(7).nextBytes(plain);
        Path file = dir.resolve("blob");
        Files.write(file, encrypt(plain, FILE_ID));

        try (SeekableByteChannel channel = encryptor.decrypting(Files.newByteChannel(file), FILE_ID)) {
            long start = 2 * 1024 * 1024 - 10;
            channel.position(start);
            ByteBuffer buffer = ByteBuffer.allocate(100);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // fill
            }
            assertThat(buffer.array()).isEqualTo(Arrays.copyOfRange(plain, (int) start, (int) start + 100));
        }
    }

    private byte[] encrypt(byte[] plain, byte[] associatedData) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream encrypting = encryptor.encrypting(out, associatedData)) {
            encrypting.write(plain);
        }
        return out.toByteArray();
    }

    private static StreamingAead newStreamingAead() {
        try {
            StreamingAeadConfig.register();
            return KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)
                    .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
