package ca.clientele.e2e;

import ca.clientele.local.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole platform ONCE per test JVM, exactly as {@code start-local.sh} does (same
 * launcher, fresh data directory under target/), and stops it when the JUnit run ends.
 */
final class Stack implements BeforeAllCallback {

    static final String GATEWAY = "http://localhost:8080";

    /** The running stack, for tests that look behind the UI (Keycloak's admin API, captured mail). */
    private static volatile LocalStack current;

    static LocalStack current() {
        if (current == null) {
            throw new IllegalStateException("the stack is not started: extend the test with Stack");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** Closed by JUnit when the root store closes, i.e. after the last test class. */
    record Running(LocalStack stack) implements AutoCloseable {

        static Running start() {
            Path root = Path.of(System.getProperty("clientele.root", "..")).toAbsolutePath();
            Path data = Path.of(System.getProperty("clientele.e2e.data", "target/stack-data"));
            // A fresh data dir each run, so every test starts from the realm and the demo users as
            // imported (a re-run without `clean` would otherwise see the last run's changes); writing
            // CDS archives for a throw-away directory would only compete with the tests.
            deleteRecursively(data);
            LocalStack stack = LocalStack.create(root, data).withoutClassDataSharing();
            try {
                stack.start();
            } catch (RuntimeException e) {
                stack.close();
                throw e;
            }
            current = stack;
            return new Running(stack);
        }

        private static void deleteRecursively(Path dir) {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot clear the e2e data directory " + dir, e);
            }
        }

        @Override
        public void close() {
            stack.close();
        }
    }
}
