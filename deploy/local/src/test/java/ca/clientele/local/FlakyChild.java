package ca.clientele.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in service for the supervisor's tests, run as a real child JVM: it answers {@code GET /health} on a port and
 * crashes as its mode says. Incarnations are counted in a file, so the n-th start of the same command can behave
 * differently from the first. With {@code -Dspring.context.exit=onRefresh} it exits at once, as a Spring service's
 * training run does.
 *
 * <p>Usage: {@code FlakyChild <port> <counter-file> <mode>}; modes: {@code steady}, {@code crash-once} (the first
 * incarnation is healthy for a moment, then dies; later ones stay up), {@code crash-always} (healthy the first time,
 * then every incarnation dies), {@code never-healthy} (dies before answering), {@code oom} (runs out of memory at
 * once: with {@code -XX:+CrashOnOutOfMemoryError} a real JVM crash with its error report).
 */
public final class FlakyChild {

    private FlakyChild() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if ("onRefresh".equals(System.getProperty("spring.context.exit"))) {
            // Load something worth archiving, as a context refresh would.
            HttpServer.create().getClass().getName();
            return;
        }
        int port = Integer.parseInt(args[0]);
        Path counter = Path.of(args[1]);
        String mode = args[2];
        int incarnation = Files.exists(counter)
                ? Integer.parseInt(Files.readString(counter).strip()) + 1
                : 1;
        Files.writeString(counter, Integer.toString(incarnation));
        if (mode.equals("oom")) {
            java.util.List<long[]> hog = new java.util.ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
        if (mode.equals("never-healthy")) {
            System.out.println("giving up before listening");
            System.exit(3);
        }
        java.util.concurrent.CountDownLatch seenHealthy = new java.util.concurrent.CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            seenHealthy.countDown();
        });
        server.start();
        System.out.println("incarnation " + incarnation + " listening on " + port);
        boolean dies = switch (mode) {
            case "crash-once" -> incarnation == 1;
            case "crash-always" -> true;
            default -> false;
        };
        if (dies) {
            // It dies once the supervisor has seen it healthy (its health check answered), as a service that crashes
            // after start does.
            seenHealthy.await();
            System.out.println("incarnation " + incarnation + " crashing");
            Runtime.getRuntime().halt(3);
        }
        // Serves until the supervisor stops it.
        new java.util.concurrent.CountDownLatch(1).await();
    }
}
