package ca.clientele.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Runs {@link FlakyChild} as a real child JVM, from a jar (class-data archives only take classes from jars). */
final class ChildJvm {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    private ChildJvm() {}

    /** A jar holding FlakyChild, written into {@code dir}. */
    static Path jar(Path dir) {
        Path jar = dir.resolve("flaky-child.jar");
        String entry = FlakyChild.class.getName().replace('.', '/') + ".class";
        try (var in = FlakyChild.class.getClassLoader().getResourceAsStream(entry);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> command(Path jar, List<String> jvmFlags, String... args) {
        List<String> command = new ArrayList<>();
        command.add(LocalStack.javaExecutable());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(jar.toString());
        command.add(FlakyChild.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean healthy(int port) {
        return ok("http://localhost:" + port + "/health");
    }

    /** A GET answered 200. */
    static boolean ok(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(1))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
