package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path dataDir;

    @Test
    void secretsAreGeneratedOnceThenReused() {
        Path dir = dataDir.resolve("secrets");

        Secrets first = Secrets.loadOrCreate(dir);
        Secrets second = Secrets.loadOrCreate(dir);

        assertThat(second).isEqualTo(first);
        assertThat(first.gatewayClientSecret()).hasSize(32).matches("[A-Za-z0-9]+");
        assertThat(first.registryClientSecret()).hasSize(32).isNotEqualTo(first.gatewayClientSecret());
        assertThat(first.eventClientSecret()).hasSize(32).isNotEqualTo(first.registryClientSecret());
        assertThat(first.billingClientSecret()).hasSize(32).isNotEqualTo(first.eventClientSecret());
        assertThat(first.keycloakAdminPassword()).hasSize(24);
    }

    @Test
    void secretFilesAreReadableByTheOwnerOnly() throws Exception {
        Path dir = dataDir.resolve("secrets");
        Secrets.loadOrCreate(dir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
        for (String file : List.of(
                Secrets.AEAD_KEYSET_FILE,
                Secrets.BLIND_INDEX_KEYSET_FILE,
                Secrets.STREAMING_KEYSET_FILE,
                Secrets.GATEWAY_SECRET_FILE,
                Secrets.REGISTRY_SECRET_FILE,
                Secrets.EVENT_SECRET_FILE,
                Secrets.BILLING_SECRET_FILE,
                Secrets.KEYCLOAK_ADMIN_PASSWORD_FILE)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))))
                    .as(file)
                    .isEqualTo("rw-------");
        }
        try (var left = Files.list(dir)) {
            assertThat(left.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void anExistingSecretIsKept() throws Exception {
        Path dir = dataDir.resolve("secrets");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(Secrets.GATEWAY_SECRET_FILE), "kept-from-before\n");

        assertThat(Secrets.loadOrCreate(dir).gatewayClientSecret()).isEqualTo("kept-from-before");
    }

    @Test
    void keysetsParseBackWithTinkAndWork() throws Exception {
        AeadConfig.register();
        PrfConfig.register();
        StreamingAeadConfig.register();
        Secrets secrets = Secrets.loadOrCreate(dataDir.resolve("secrets"));

        KeysetHandle aeadKeyset =
                TinkJsonProtoKeysetFormat.parseKeyset(secrets.aeadKeyset(), InsecureSecretKeyAccess.get());
        Aead aead = aeadKeyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        byte[] plain = "Francis Marceau".getBytes(StandardCharsets.UTF_8);
        byte[] aad = "client".getBytes(StandardCharsets.UTF_8);
        assertThat(aead.decrypt(aead.encrypt(plain, aad), aad)).isEqualTo(plain);
        assertThat(aeadKeyset.getKeysetInfo().getKeyInfo(0).getTypeUrl()).endsWith("AesGcmKey");

        KeysetHandle prfKeyset =
                TinkJsonProtoKeysetFormat.parseKeyset(secrets.blindIndexKeyset(), InsecureSecretKeyAccess.get());
        PrfSet prf = prfKeyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        byte[] email = "client1@clientele.test".getBytes(StandardCharsets.UTF_8);
        assertThat(prf.computePrimary(email, 32))
                .isEqualTo(prf.computePrimary(email, 32))
                .hasSize(32);
        assertThat(prfKeyset.getKeysetInfo().getKeyInfo(0).getTypeUrl()).endsWith("HmacPrfKey");

        KeysetHandle streamingKeyset =
                TinkJsonProtoKeysetFormat.parseKeyset(secrets.streamingKeyset(), InsecureSecretKeyAccess.get());
        StreamingAead streaming = streamingKeyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
        try (OutputStream out = streaming.newEncryptingStream(ciphertext, aad)) {
            out.write(plain);
        }
        try (InputStream in = streaming.newDecryptingStream(new ByteArrayInputStream(ciphertext.toByteArray()), aad)) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertThat(streamingKeyset.getKeysetInfo().getKeyInfo(0).getTypeUrl()).endsWith("AesGcmHkdfStreamingKey");
    }

    @Test
    void theServicesGetTheSevenVariables() {
        Secrets secrets = Secrets.loadOrCreate(dataDir.resolve("secrets"));

        assertThat(secrets.serviceEnvironment())
                .containsOnlyKeys(
                        "CLIENTELE_CRYPTO_AEAD_KEYSET",
                        "CLIENTELE_CRYPTO_BLIND_INDEX_KEYSET",
                        "CLIENTELE_CRYPTO_STREAMING_KEYSET",
                        "CLIENTELE_GATEWAY_CLIENT_SECRET",
                        "CLIENTELE_REGISTRY_CLIENT_SECRET",
                        "CLIENTELE_EVENT_CLIENT_SECRET",
                        "CLIENTELE_BILLING_CLIENT_SECRET");
        assertThat(secrets.toString()).doesNotContain(secrets.gatewayClientSecret());
    }
}
