package ca.clientele.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip that the build unpacks into {@code deploy/local/target/keycloak},
 * on the {@code keycloak} database of the embedded PostgreSQL, importing the {@code clientele} realm on first start,
 * with the Clientèle themes of {@code deploy/keycloak/themes}.
 */
final class KeycloakServer {

    static final int PORT = 8180;
    static final int MANAGEMENT_PORT = 9000;
    static final String REALM = "clientele";
    static final String ISSUER = "http://localhost:" + PORT + "/realms/" + REALM;
    static final String READINESS_URL = ISSUER + "/.well-known/openid-configuration";
    static final String ADMIN_USERNAME = "admin";

    /** Build-time options: {@code kc.sh build} bakes them in once so that {@code start --optimized} is fast. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");

    /**
     * kc.sh's defaults with Serial GC instead of G1 and C1 only: measured on 2 cores, ready in ~9 s instead of ~15 s and
     * ~300 MB RSS instead of ~430 MB; a login costs ~200 ms instead of ~100 ms (see docs/adr/0005-local-stack.md).
     */
    static final List<String> JAVA_OPTS = List.of(
            "-Xms64m",
            "-Xmx512m",
            "-XX:MetaspaceSize=96M",
            "-XX:MaxMetaspaceSize=256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8",
            "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.err.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8",
            "-Djava.security.egd=file:/dev/urandom",
            "-Djdk.tls.rejectClientInitiatedRenegotiation=true");

    private static final String BUILD_MARKER = ".clientele-build";

    private final Path home;
    private final Path repoRoot;

    private KeycloakServer(Path home, Path repoRoot) {
        this.home = home;
        this.repoRoot = repoRoot;
    }

    static String version() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/clientele-local-stack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("clientele-local-stack.properties is missing from the launcher", e);
        }
    }

    static KeycloakServer locate(Path repoRoot) {
        Path unpacked = repoRoot.resolve("deploy/local/target/keycloak");
        Path home = unpacked.resolve("keycloak-" + version());
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new LocalStackException(
                    "Missing " + repoRoot.relativize(home) + ": run ./mvnw -DskipTests install first");
        }
        Path realm = repoRoot.resolve("deploy/keycloak/clientele-realm.json");
        if (!Files.isRegularFile(realm)) {
            throw new LocalStackException("Missing " + repoRoot.relativize(realm) + " (the realm to import)");
        }
        return new KeycloakServer(home, repoRoot);
    }

    /** The bootstrap administrator and the client secrets the realm's JSON refers to ({@code ${CLIENTELE_…}}). */
    static Map<String, String> secretEnvironment(Secrets secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.keycloakAdminPassword());
        env.put("CLIENTELE_GATEWAY_CLIENT_SECRET", secrets.gatewayClientSecret());
        env.put("CLIENTELE_REGISTRY_CLIENT_SECRET", secrets.registryClientSecret());
        env.put("CLIENTELE_EVENT_CLIENT_SECRET", secrets.eventClientSecret());
        env.put("CLIENTELE_BILLING_CLIENT_SECRET", secrets.billingClientSecret());
        return env;
    }

    Path repoRoot() {
        return repoRoot;
    }

    Path home() {
        return home;
    }

    boolean isBuilt() {
        try {
            Path marker = home.resolve(BUILD_MARKER);
            return Files.isRegularFile(marker)
                    && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(String.join(" ", BUILD_OPTIONS));
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code kc.sh build} unless the unpacked distribution was already built with the same options. */
    void buildIfNeeded(Consumer<String> sink, Path logs, Duration timeout) {
        if (isBuilt()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add("build");
        command.addAll(BUILD_OPTIONS);
        ChildProcess build = ChildProcess.start(
                "keycloak", command, environment(Map.of(), null), home, logs.resolve("keycloak-build.log"), sink);
        if (!build.waitFor(timeout)) {
            ChildProcess.stop(build.handles(), Duration.ofSeconds(10));
            throw new LocalStackException("keycloak build did not finish within " + timeout.toSeconds()
                    + " s; last log lines:\n" + build.lastLines());
        }
        if (build.exitValue() != 0) {
            throw new LocalStackException("keycloak build failed; last log lines:\n" + build.lastLines());
        }
        try {
            Files.writeString(home.resolve(BUILD_MARKER), String.join(" ", BUILD_OPTIONS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills {@code <kc>/data/import} with the realm and the local demo users. Keycloak imports them only when the realm
     * does not exist yet, so a second start keeps whatever changed since.
     */
    void prepareImport() {
        Path importDir = home.resolve("data/import");
        try {
            Files.createDirectories(importDir);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(importDir, "*.json")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
            Path keycloakDir = repoRoot.resolve("deploy/keycloak");
            copyJson(keycloakDir, importDir);
            if (Files.isDirectory(keycloakDir.resolve("local"))) {
                copyJson(keycloakDir.resolve("local"), importDir);
            }
        } catch (IOException e) {
            throw new LocalStackException("Cannot prepare the Keycloak realm import in " + importDir + ": " + e);
        }
    }

    private static void copyJson(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from, "*.json")) {
            for (Path file : files) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    ChildProcess start(Secrets secrets, int postgresPort, Consumer<String> sink, Path logs) {
        prepareImport();
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add("start");
        command.add("--optimized");
        command.add("--db-url=jdbc:postgresql://localhost:" + postgresPort + "/keycloak");
        command.add("--db-username=postgres");
        command.add("--db-password=postgres");
        command.add("--http-enabled=true");
        command.add("--http-port=" + PORT);
        command.add("--http-management-port=" + MANAGEMENT_PORT);
        command.add("--hostname-strict=false");
        command.add("--cache=local");
        command.add("--import-realm");
        // The realm's loginTheme and emailTheme: Keycloak reads the repository's theme folder at run time (no kc.sh
        // build); with its theme cache on, an edited theme shows after the next start.
        command.add("--spi-theme--folder--dir=" + repoRoot.resolve("deploy/keycloak/themes"));
        command.add("--log-console-color=false");
        return ChildProcess.start(
                "keycloak", command, environment(Map.of(), secrets), home, logs.resolve("keycloak.log"), sink);
    }

    private static Map<String, String> environment(Map<String, String> extra, Secrets secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS", String.join(" ", JAVA_OPTS));
        if (secrets != null) {
            env.putAll(secretEnvironment(secrets));
        }
        extra.forEach(env::putIfAbsent);
        return env;
    }
}
