package ca.clientele.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The class-data archives that make a service start in seconds: one per service under {@code <dataDir>/cds/}, each
 * written by a <em>training run</em> of its own, never dumped out of a serving JVM.
 *
 * <p>A training run is the service's own command plus {@code -Dspring.context.exit=onRefresh}: Spring refreshes the
 * context (every class start-up needs is loaded, the web server is created but never binds its port, no Kafka listener
 * starts) and the JVM exits, writing the archive on the way out. On JDK 25+ that is an AOT cache
 * ({@code -XX:AOTCacheOutput}, JEP 483/514/515: classes loaded and linked, method profiles); on JDK 21–24 a dynamic CDS
 * archive ({@code -XX:ArchiveClassesAtExit}). The archive is written to a temporary name and moved into place only when
 * the run succeeded, together with a stamp (JDK, jar fingerprint, JVM flags, size, CRC32C). A stamp that does not
 * match, a truncated or altered file: the archive is deleted before the service starts (it runs without one) and is
 * trained again. The JVM also refuses an archive it cannot map, and then runs without it.
 */
final class StartupArchives {

    static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(300);

    /** What makes a Spring Boot service exit right after its context refresh, and keeps the run side-effect free. */
    static final List<String> TRAINING_PROPERTIES = List.of(
            "-Dspring.context.exit=onRefresh",
            // The serving JVM owns the outbox: a training run must not republish its outstanding events.
            "-Dspring.modulith.events.republish-outstanding-events-on-restart=false");

    /** Why {@link #check} found an archive unusable; {@code NONE} and {@code USABLE} need no action. */
    enum Verdict {
        NONE,
        USABLE,
        STALE,
        CORRUPT
    }

    private final Path dir;
    private final int jdkFeature;
    private final String jdk;

    StartupArchives(Path dir) {
        this(
                dir,
                Runtime.version().feature(),
                System.getProperty("java.vm.version") + "@" + LocalStack.javaExecutable());
    }

    StartupArchives(Path dir, int jdkFeature, String jdk) {
        this.dir = dir;
        this.jdkFeature = jdkFeature;
        this.jdk = jdk;
    }

    /** JDK 25 brought the one-step AOT cache; before it, a dynamic CDS archive written at exit. */
    boolean aotCache() {
        return jdkFeature >= 25;
    }

    Path archive(String name) {
        return dir.resolve(name + (aotCache() ? ".aot" : ".jsa"));
    }

    private Path stamp(String name) {
        return dir.resolve(name + ".stamp");
    }

    /** The flags that make a JVM start from the archive (after {@link #check} said it is usable). */
    List<String> useFlags(String name) {
        Path archive = archive(name);
        return aotCache()
                ? List.of("-XX:AOTCache=" + archive, "-Xlog:aot*=off", "-Xlog:cds*=off")
                : List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    /** The flags of a training run writing to {@code output}. */
    List<String> trainingFlags(Path output) {
        List<String> flags = new ArrayList<>();
        if (aotCache()) {
            flags.add("-XX:AOTCacheOutput=" + output);
            flags.add("-Xlog:aot*=warning");
        } else {
            flags.add("-XX:ArchiveClassesAtExit=" + output);
        }
        flags.addAll(TRAINING_PROPERTIES);
        return flags;
    }

    /**
     * Whether the archive of {@code name} may be used by a JVM with these {@code jvmFlags} on a jar of this
     * {@code jarFingerprint}; an unusable one is deleted (with its stamp) so that it is trained again.
     */
    Verdict check(String name, String jarFingerprint, List<String> jvmFlags) {
        Path archive = archive(name);
        if (!Files.exists(archive)) {
            deleteQuietly(stamp(name));
            return Verdict.NONE;
        }
        Verdict verdict = verdict(archive, readStamp(name), expected(jarFingerprint, jvmFlags));
        if (verdict != Verdict.USABLE) {
            deleteQuietly(archive);
            deleteQuietly(stamp(name));
        }
        return verdict;
    }

    private Verdict verdict(Path archive, Properties stamp, Map<String, String> expected) {
        if (stamp == null) {
            return Verdict.STALE;
        }
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            if (!entry.getValue().equals(stamp.getProperty(entry.getKey()))) {
                return Verdict.STALE;
            }
        }
        try {
            if (Long.parseLong(stamp.getProperty("size", "-1")) != Files.size(archive)
                    || !crc32c(archive).equals(stamp.getProperty("crc32c"))) {
                return Verdict.CORRUPT;
            }
        } catch (IOException | NumberFormatException e) {
            return Verdict.CORRUPT;
        }
        return Verdict.USABLE;
    }

    private Map<String, String> expected(String jarFingerprint, List<String> jvmFlags) {
        return Map.of("jdk", jdk, "jar", jarFingerprint, "flags", String.join(" ", jvmFlags));
    }

    /**
     * Runs {@code command} (the service's own command, with {@code trainingFlags} of a temporary output inserted by
     * {@code trainingCommand}) and installs the archive if it succeeded. Returns whether an archive was installed; a
     * failed training only costs speed, and its log says why.
     */
    boolean train(
            String name,
            String jarFingerprint,
            List<String> jvmFlags,
            TrainingCommand trainingCommand,
            Map<String, String> environment,
            Path workingDirectory,
            Path logFile,
            Consumer<ChildProcess> register) {
        Path archive = archive(name);
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try {
            Files.createDirectories(dir);
            deleteQuietly(partial);
            ChildProcess run = ChildProcess.start(
                    name + "-training",
                    trainingCommand.command(trainingFlags(partial)),
                    environment,
                    workingDirectory,
                    logFile,
                    line -> {});
            register.accept(run);
            if (!run.waitFor(TRAINING_TIMEOUT)) {
                ChildProcess.stop(run.handles(), Duration.ofSeconds(5));
                return false;
            }
            if (run.exitValue() != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                return false;
            }
            install(name, partial, jarFingerprint, jvmFlags);
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            deleteQuietly(partial);
            deleteQuietly(partial.resolveSibling(partial.getFileName() + ".config"));
        }
    }

    /** Moves a finished archive into place with its stamp; the stamp last, so a half-installed archive is stale. */
    void install(String name, Path finished, String jarFingerprint, List<String> jvmFlags) throws IOException {
        Path archive = archive(name);
        deleteQuietly(stamp(name));
        Files.move(finished, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Properties stamp = new Properties();
        stamp.putAll(expected(jarFingerprint, jvmFlags));
        stamp.setProperty("size", Long.toString(Files.size(archive)));
        stamp.setProperty("crc32c", crc32c(archive));
        Path tmp = Files.createTempFile(dir, name, ".stamp.tmp");
        try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            stamp.store(out, "Start-up archive of " + name + ": deleted and trained again when any of this differs");
        }
        Files.move(tmp, stamp(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Properties readStamp(String name) {
        Path file = stamp(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties stamp = new Properties();
            stamp.load(in);
            return stamp;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** CRC32C runs at memory speed (hardware instruction): about a second for every archive of the stack. */
    static String crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                crc.update(buffer, 0, read);
            }
        }
        return HexFormat.of().toHexDigits(crc.getValue(), 8);
    }

    /** Bytes used by every archive in the directory (for the console and the README's disk figure). */
    long diskUse() {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Checked (and deleted) again on the next start.
        }
    }

    /** Builds the command of a training run around the flags that direct its archive. */
    @FunctionalInterface
    interface TrainingCommand {
        List<String> command(List<String> trainingFlags);
    }
}
