package ca.clientele.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Runs a service jar as a child JVM, with a per-service CDS archive when class data sharing is on.
 *
 * <p>Each Boot jar is extracted once into {@code <dataDir>/app/<name>} (again when the jar changes) so that the archive
 * covers the application classes too: a service then starts in ~5 s instead of ~30 s on 2 cores. The archive is not
 * written at exit ({@code -XX:+AutoCreateSharedArchive} alone takes 15 s and more per JVM at Ctrl-C, beyond the stop
 * timeout when nine dump at once): the first run records with {@code -XX:+RecordDynamicDumpInfo} and, once the stack is
 * healthy, {@code jcmd <pid> VM.cds dynamic_dump} writes the archives one service at a time in the background.
 */
final class ServiceLauncher {

    private final Path repoRoot;
    private final Path dataDir;
    private final String java;
    private final Secrets secrets;
    private final Consumer<String> sink;
    private final boolean classDataSharing;
    private final Map<ChildProcess, Path> pendingArchives = new ConcurrentHashMap<>();

    ServiceLauncher(
            Path repoRoot,
            Path dataDir,
            String java,
            Secrets secrets,
            Consumer<String> sink,
            boolean classDataSharing) {
        this.repoRoot = repoRoot;
        this.dataDir = dataDir;
        this.java = java;
        this.secrets = secrets;
        this.sink = sink;
        this.classDataSharing = classDataSharing;
    }

    Path archive(ServiceSpec service) {
        return dataDir.resolve("cds").resolve(service.name() + ".jsa");
    }

    ChildProcess launch(ServiceSpec service, Path jar, UnaryOperator<ChildProcess> register) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(LocalStack.SERVICE_JVM_FLAGS);
        Path archive = archive(service);
        boolean record = classDataSharing && !Files.isRegularFile(archive);
        if (record) {
            command.add("-XX:+RecordDynamicDumpInfo");
        } else if (classDataSharing) {
            // Regenerated at exit only if it no longer matches (another JDK, a rebuilt jar).
            command.add("-XX:+AutoCreateSharedArchive");
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-jar");
        command.add(jar.toString());
        ChildProcess child = register.apply(ChildProcess.start(
                service.name(),
                command,
                environment(service),
                dataDir.resolve("work").resolve(service.name()),
                dataDir.resolve("logs").resolve(service.name() + ".log"),
                sink));
        if (record) {
            pendingArchives.put(child, archive);
        }
        return child;
    }

    /**
     * Writes the CDS archive of every service started without one, one at a time (each dump is CPU-heavy), while
     * {@code keepGoing} holds. A failed dump only costs speed: the next run records again.
     */
    void writePendingArchives(BooleanSupplier keepGoing) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return;
        }
        for (Map.Entry<ChildProcess, Path> pending : Map.copyOf(pendingArchives).entrySet()) {
            ChildProcess child = pending.getKey();
            Path archive = pending.getValue();
            if (!keepGoing.getAsBoolean()) {
                return;
            }
            if (!child.isAlive()) {
                continue;
            }
            Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
            try {
                Files.createDirectories(archive.getParent());
                Files.deleteIfExists(partial);
                Process dump = new ProcessBuilder(
                                jcmd.toString(),
                                Long.toString(child.pid()),
                                "VM.cds",
                                "dynamic_dump",
                                partial.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dataDir.resolve("logs")
                                .resolve(child.name() + "-cds.log")
                                .toFile())
                        .start();
                if (dump.waitFor(180, TimeUnit.SECONDS) && dump.exitValue() == 0 && Files.size(partial) > 0) {
                    Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    pendingArchives.remove(child);
                } else {
                    dump.destroyForcibly();
                }
            } catch (IOException e) {
                // Next run records again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // Left for the next run to overwrite.
                }
            }
        }
    }

    boolean hasPendingArchives() {
        return !pendingArchives.isEmpty();
    }

    Map<String, String> environment(ServiceSpec service) {
        Map<String, String> env = new LinkedHashMap<>(secrets.serviceEnvironment());
        env.put("SERVER_PORT", Integer.toString(service.port()));
        env.put("CLIENTELE_DATA_DIR", dataDir.toString());
        return env;
    }

    /** The extracted jar when extraction works (and is up to date), else the jar the build made. */
    Path runnableJar(ServiceSpec service) {
        Path jar = repoRoot.resolve(service.jar());
        if (!classDataSharing) {
            return jar;
        }
        Path destination = dataDir.resolve("app").resolve(service.name());
        Path stampFile = dataDir.resolve("app").resolve(service.name() + ".stamp");
        Path extracted = destination.resolve(jar.getFileName());
        try {
            String stamp = fingerprint(jar);
            if (Files.isRegularFile(extracted)
                    && Files.isRegularFile(stampFile)
                    && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
                return extracted;
            }
            deleteRecursively(destination);
            Files.deleteIfExists(stampFile);
            Files.deleteIfExists(archive(service));
            Files.createDirectories(destination.getParent());
            Process extract = new ProcessBuilder(
                            java,
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            destination.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("logs")
                            .resolve(service.name() + "-extract.log")
                            .toFile())
                    .start();
            if (extract.waitFor(Duration.ofSeconds(120).toMillis(), TimeUnit.MILLISECONDS)
                    && extract.exitValue() == 0
                    && Files.isRegularFile(extracted)) {
                Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
                return extracted;
            }
            extract.destroyForcibly();
        } catch (IOException e) {
            // Run the jar as is.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sink.accept(LogTag.of("stack") + service.name() + ": could not extract " + jar + "; running it as is");
        return jar;
    }

    /**
     * What the jar holds, not when it was written: every {@code ./mvnw install} repackages the Boot jars with new
     * timestamps, and re-extracting them would throw the CDS archives away on every start. Reads only the zip's central
     * directory (names, CRCs, sizes), which takes milliseconds.
     */
    static String fingerprint(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer numbers = ByteBuffer.allocate(16);
            zip.stream().forEach(entry -> {
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                numbers.clear();
                numbers.putLong(entry.getCrc()).putLong(entry.getSize());
                digest.update(numbers.array());
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (ZipException e) {
            throw new IOException(jar + " is not a jar: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
