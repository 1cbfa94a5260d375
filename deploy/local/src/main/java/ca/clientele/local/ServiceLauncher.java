package ca.clientele.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Runs a service jar as a child JVM. Each Boot jar is extracted once into {@code <dataDir>/app/<name>} (re-extracted
 * when the jar changes) so that the per-service CDS archive, written at the first clean exit, covers the application
 * classes too; a jar that cannot be extracted runs as is.
 */
final class ServiceLauncher {

    private final Path repoRoot;
    private final Path dataDir;
    private final String java;
    private final Secrets secrets;
    private final Consumer<String> sink;

    ServiceLauncher(Path repoRoot, Path dataDir, String java, Secrets secrets, Consumer<String> sink) {
        this.repoRoot = repoRoot;
        this.dataDir = dataDir;
        this.java = java;
        this.secrets = secrets;
        this.sink = sink;
    }

    ChildProcess launch(ServiceSpec service, Path jar, UnaryOperator<ChildProcess> register) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(LocalStack.SERVICE_JVM_FLAGS);
        command.add("-XX:+AutoCreateSharedArchive");
        command.add("-XX:SharedArchiveFile=" + dataDir.resolve("cds").resolve(service.name() + ".jsa"));
        command.add("-jar");
        command.add(jar.toString());
        return register.apply(ChildProcess.start(
                service.name(),
                command,
                environment(service),
                dataDir.resolve("work").resolve(service.name()),
                dataDir.resolve("logs").resolve(service.name() + ".log"),
                sink));
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
        Path destination = dataDir.resolve("app").resolve(service.name());
        Path stampFile = dataDir.resolve("app").resolve(service.name() + ".stamp");
        Path extracted = destination.resolve(jar.getFileName());
        try {
            String stamp =
                    Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
            if (Files.isRegularFile(extracted)
                    && Files.isRegularFile(stampFile)
                    && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
                return extracted;
            }
            deleteRecursively(destination);
            Files.deleteIfExists(stampFile);
            Files.deleteIfExists(dataDir.resolve("cds").resolve(service.name() + ".jsa"));
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
