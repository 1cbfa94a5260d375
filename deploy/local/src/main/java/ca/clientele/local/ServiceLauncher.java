package ca.clientele.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Runs a service jar as a child JVM, from its start-up archive when class data sharing is on.
 *
 * <p>Each Boot jar is extracted once into {@code <dataDir>/app/<name>} (again when the jar changes) so that the archive
 * covers the application classes too: a service then starts in a few seconds instead of ~30 s on 2 cores. Archives are
 * written by training runs ({@link StartupArchives}), never dumped out of a serving JVM: {@code jcmd VM.cds
 * dynamic_dump} on a live service crashed it (SIGSEGV in the JDK's lambda proxy dictionary, issue 6).
 */
final class ServiceLauncher {

    /** A service ready to launch: the jar to run and, when archives are on, what identifies its content. */
    record Prepared(ServiceSpec service, Path jar, String fingerprint) {}

    private final Path repoRoot;
    private final Path dataDir;
    private final String java;
    private final Secrets secrets;
    private final Consumer<String> report;
    private final Consumer<String> echo;
    private final StartupArchives archives;

    /**
     * @param report where the launcher's own lines go (archive problems)
     * @param echo where the children's output goes besides their log files (nowhere unless --verbose)
     * @param archives the start-up archives, or {@code null} to run without (and without extracting the jars)
     */
    ServiceLauncher(
            Path repoRoot,
            Path dataDir,
            String java,
            Secrets secrets,
            Consumer<String> report,
            Consumer<String> echo,
            StartupArchives archives) {
        this.repoRoot = repoRoot;
        this.dataDir = dataDir;
        this.java = java;
        this.secrets = secrets;
        this.report = report;
        this.echo = echo;
        this.archives = archives;
    }

    /** The JVM flags of a service, and the crash report next to its log (so the launcher can point at it). */
    private List<String> jvmFlags(ServiceSpec service) {
        List<String> flags = new ArrayList<>(service.jvmFlags());
        flags.add("-XX:ErrorFile=" + Supervisor.crashReportPath(logFile(service), "%p"));
        return flags;
    }

    private Path logFile(ServiceSpec service) {
        return dataDir.resolve("logs").resolve(service.name() + ".log");
    }

    /**
     * Starts one incarnation of the service, from its archive when a usable one exists (checked at every launch: a
     * restart picks up an archive trained since, and a corrupt one is never used).
     */
    ChildProcess launch(Prepared prepared) {
        ServiceSpec service = prepared.service();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmFlags(service));
        if (archives != null && prepared.fingerprint() != null) {
            StartupArchives.Verdict verdict =
                    archives.check(service.name(), prepared.fingerprint(), service.jvmFlags());
            switch (verdict) {
                case USABLE -> command.addAll(archives.useFlags(service.name()));
                case STALE ->
                    report.accept(service.name()
                            + ": its start-up archive no longer matches (another JDK, jar or flags); starting without"
                            + " it, a new one is trained after start");
                case CORRUPT ->
                    report.accept(service.name()
                            + ": its start-up archive is damaged (size or checksum); deleted, starting without it, a"
                            + " new one is trained after start");
                case NONE -> {}
            }
        }
        command.add("-jar");
        command.add(prepared.jar().toString());
        return ChildProcess.start(
                service.name(),
                command,
                environment(service),
                dataDir.resolve("work").resolve(service.name()),
                logFile(service),
                echo);
    }

    /** Whether the service needs a training run: archives are on and it has no usable archive. */
    boolean needsTraining(Prepared prepared) {
        return archives != null
                && prepared.fingerprint() != null
                && !Files.isRegularFile(archives.archive(prepared.service().name()));
    }

    /**
     * A training run of the service (its own command, exiting after the context refresh, on port 0 and in a working
     * directory of its own, at low CPU priority) that writes its archive; {@code register} gets the child so that a
     * stop ends it. Returns whether an archive was written.
     */
    boolean train(Prepared prepared, Consumer<ChildProcess> register) {
        ServiceSpec service = prepared.service();
        Map<String, String> env = environment(service);
        env.put("SERVER_PORT", "0");
        return archives.train(
                service.name(),
                prepared.fingerprint(),
                service.jvmFlags(),
                trainingFlags -> {
                    List<String> command = new ArrayList<>(lowPriority());
                    command.add(java);
                    command.addAll(jvmFlags(service));
                    command.addAll(trainingFlags);
                    command.add("-jar");
                    command.add(prepared.jar().toString());
                    return command;
                },
                env,
                dataDir.resolve("work").resolve(service.name() + "-training"),
                dataDir.resolve("logs").resolve(service.name() + "-training.log"),
                register);
    }

    /** {@code nice} keeps a training run from slowing the services people are using (it execs, same pid). */
    private static List<String> lowPriority() {
        return Files.isExecutable(Path.of("/usr/bin/nice")) ? List.of("/usr/bin/nice", "-n", "10") : List.of();
    }

    /** Requests per minute the local gateway allows per IP (sign-in, writes) and per session (writes). */
    static final int LOCAL_RATE_LIMIT = 10_000;

    Map<String, String> environment(ServiceSpec service) {
        Map<String, String> env = new LinkedHashMap<>(secrets.serviceEnvironment());
        env.put("SERVER_PORT", Integer.toString(service.port()));
        env.put("CLIENTELE_DATA_DIR", dataDir.toString());
        // Demo data (a branch, services, staff hours) lives in the services' "demo" profile, never in their
        // production migrations; the local stack is where people try the platform, so it turns the profile on.
        env.put("SPRING_PROFILES_ACTIVE", "demo");
        if (service.module().equals("document-service")) {
            // The files people upload, encrypted, kept between runs with the rest of the stack's data.
            env.put(
                    "CLIENTELE_DOCUMENTS_STORAGE_LOCAL_ROOT",
                    dataDir.resolve("documents").toString());
        }
        if (service.module().equals("gateway")) {
            // The gateway's rate limits are production values; the browser tests sign in and write far more often
            // from 127.0.0.1 than one person would, so the local stack raises them (ADR 0032).
            env.put("CLIENTELE_RATE_LIMITS_SIGN_IN_PER_IP", Integer.toString(LOCAL_RATE_LIMIT));
            env.put("CLIENTELE_RATE_LIMITS_WRITES_PER_SESSION", Integer.toString(LOCAL_RATE_LIMIT));
            env.put("CLIENTELE_RATE_LIMITS_WRITES_PER_IP", Integer.toString(LOCAL_RATE_LIMIT));
        }
        // glibc gives each thread that mallocs its own 64 MB arena; two are plenty for a JVM whose heap is its own.
        env.put("MALLOC_ARENA_MAX", "2");
        return env;
    }

    /**
     * The extracted jar when extraction works (and is up to date), else the jar the build made (and then no archive:
     * the fat jar's nested jars cannot be archived).
     */
    Prepared prepare(ServiceSpec service) {
        Path jar = repoRoot.resolve(service.jar());
        if (archives == null) {
            return new Prepared(service, jar, null);
        }
        Path destination = dataDir.resolve("app").resolve(service.name());
        Path stampFile = dataDir.resolve("app").resolve(service.name() + ".stamp");
        Path extracted = destination.resolve(jar.getFileName());
        try {
            String stamp = fingerprint(jar);
            if (Files.isRegularFile(extracted)
                    && Files.isRegularFile(stampFile)
                    && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
                return new Prepared(service, extracted, stamp);
            }
            deleteRecursively(destination);
            Files.deleteIfExists(stampFile);
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
                return new Prepared(service, extracted, stamp);
            }
            extract.destroyForcibly();
        } catch (IOException e) {
            // Run the jar as is.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!Thread.currentThread().isInterrupted()) {
            report.accept(
                    service.name() + ": could not extract " + jar + "; running it as is, without start-up archive");
        }
        return new Prepared(service, jar, null);
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

    static void deleteRecursively(Path dir) throws IOException {
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
