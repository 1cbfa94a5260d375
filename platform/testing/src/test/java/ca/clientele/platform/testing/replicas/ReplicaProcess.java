package ca.clientele.platform.testing.replicas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@link ReplicaApplication} in a JVM of its own, started with this test JVM's classpath, so that it can be killed
 * like a crashed pod ({@code kill -9}: no shutdown hook, no flush). Its output goes to
 * {@code target/replicas/<node>.log}.
 */
final class ReplicaProcess implements AutoCloseable {

    private final String node;
    private final Process process;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private ReplicaProcess(String node, Process process) {
        this.node = node;
        this.process = process;
    }

    static ReplicaProcess start(String node, List<String> arguments) throws IOException {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ReplicaApplication.class.getName(),
                "--replica.node=" + node));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ReplicaProcess replica = new ReplicaProcess(node, process);
        Path log = Path.of("target", "replicas", node + ".log");
        Files.createDirectories(log.getParent());
        Thread.ofPlatform().daemon().name("replica-" + node + "-output").start(() -> replica.copyOutput(log));
        process.onExit()
                .thenRun(() -> replica.ready.completeExceptionally(
                        new IllegalStateException("replica " + node + " exited before it was ready, see " + log)));
        return replica;
    }

    private void copyOutput(Path log) {
        try (BufferedReader output =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                file.println(line);
                if (line.contains(ReplicaApplication.READY)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    String node() {
        return node;
    }

    /** Blocks until the replica has started (its context is ready). */
    ReplicaProcess awaitReady() {
        ready.orTimeout(3, TimeUnit.MINUTES).join();
        return this;
    }

    /** {@code kill -9}: the JVM ends at once, with whatever its Kafka producer still buffered. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A graceful stop (SIGTERM): Spring closes the context, the producer flushes. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
