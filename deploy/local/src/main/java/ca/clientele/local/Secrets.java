package ca.clientele.local;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local secrets: generated on first run into {@code <dataDir>/secrets/} (owner-only files), reused afterwards,
 * never committed.
 */
record Secrets(
        String aeadKeyset,
        String blindIndexKeyset,
        String streamingKeyset,
        String gatewayClientSecret,
        String registryClientSecret,
        String eventClientSecret,
        String billingClientSecret,
        String keycloakAdminPassword) {

    static final String AEAD_KEYSET_FILE = "aead-keyset.json";
    static final String BLIND_INDEX_KEYSET_FILE = "blind-index-keyset.json";
    static final String STREAMING_KEYSET_FILE = "streaming-keyset.json";
    static final String GATEWAY_SECRET_FILE = "gateway-client-secret";
    static final String REGISTRY_SECRET_FILE = "registry-client-secret";
    static final String EVENT_SECRET_FILE = "event-client-secret";
    static final String BILLING_SECRET_FILE = "billing-client-secret";
    static final String KEYCLOAK_ADMIN_PASSWORD_FILE = "keycloak-admin-password";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static Secrets loadOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            trySetPermissions(dir, "rwx------");
            return new Secrets(
                    loadOrCreate(dir.resolve(AEAD_KEYSET_FILE), () -> newKeyset("AES256_GCM")),
                    loadOrCreate(dir.resolve(BLIND_INDEX_KEYSET_FILE), () -> newKeyset("HMAC_SHA256_PRF")),
                    loadOrCreate(dir.resolve(STREAMING_KEYSET_FILE), () -> newKeyset("AES256_GCM_HKDF_1MB")),
                    loadOrCreate(dir.resolve(GATEWAY_SECRET_FILE), () -> randomString(32)),
                    loadOrCreate(dir.resolve(REGISTRY_SECRET_FILE), () -> randomString(32)),
                    loadOrCreate(dir.resolve(EVENT_SECRET_FILE), () -> randomString(32)),
                    loadOrCreate(dir.resolve(BILLING_SECRET_FILE), () -> randomString(32)),
                    loadOrCreate(dir.resolve(KEYCLOAK_ADMIN_PASSWORD_FILE), () -> randomString(24)));
        } catch (IOException e) {
            throw new LocalStackException(
                    "Cannot read or write the local secrets in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The environment handed to every service (and, for the client secrets, to Keycloak's realm import). */
    Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CLIENTELE_CRYPTO_AEAD_KEYSET", aeadKeyset);
        env.put("CLIENTELE_CRYPTO_BLIND_INDEX_KEYSET", blindIndexKeyset);
        env.put("CLIENTELE_CRYPTO_STREAMING_KEYSET", streamingKeyset);
        env.put("CLIENTELE_GATEWAY_CLIENT_SECRET", gatewayClientSecret);
        env.put("CLIENTELE_REGISTRY_CLIENT_SECRET", registryClientSecret);
        env.put("CLIENTELE_EVENT_CLIENT_SECRET", eventClientSecret);
        env.put("CLIENTELE_BILLING_CLIENT_SECRET", billingClientSecret);
        return env;
    }

    private static String loadOrCreate(Path file, Supplier<String> generator) throws IOException {
        if (Files.isRegularFile(file)) {
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        String value = generator.get().strip();
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            trySetPermissions(tmp, "rw-------");
            Files.writeString(tmp, value, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        trySetPermissions(file, "rw-------");
        return value;
    }

    static String newKeyset(String template) {
        try {
            AeadConfig.register();
            PrfConfig.register();
            StreamingAeadConfig.register();
            KeysetHandle handle = KeysetHandle.generateNew(KeyTemplates.get(template));
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a Tink " + template + " keyset", e);
        }
    }

    static String randomString(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static void trySetPermissions(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user profile's own ACLs apply.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Secrets[redacted]";
    }
}
