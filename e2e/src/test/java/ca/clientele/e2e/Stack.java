package ca.clientele.e2e;

import ca.clientele.local.LocalStack;
import ca.clientele.local.TwoStarts;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole platform ONCE per test JVM, exactly as {@code start-local.sh} does (same
 * launcher, fresh data directory under target/, a first start then a warm one: {@link TwoStarts}),
 * and stops it when the JUnit run ends.
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
        Running running = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
        // A start that failed fails every class at once: starting the whole stack again for each one would only
        // repeat the failure, several minutes each time.
        if (running.failure() != null) {
            throw new IllegalStateException("the stack did not start (see the first failing class)", running.failure());
        }
    }

    /** Closed by JUnit when the root store closes, i.e. after the last test class. */
    record Running(LocalStack stack, Throwable failure) implements AutoCloseable {

        static Running start() {
            Path root = Path.of(System.getProperty("clientele.root", "..")).toAbsolutePath();
            Path data = Path.of(System.getProperty("clientele.e2e.data", "target/stack-data"));
            // A fresh data dir each run (deleted first), so every test starts from the realm and the demo users as
            // imported; started twice as a newcomer does, the tests run on the warm start.
            try {
                LocalStack stack = TwoStarts.startWarm(root, data);
                current = stack;
                return new Running(stack, null);
            } catch (RuntimeException | AssertionError e) {
                return new Running(null, e);
            }
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.close();
            }
        }
    }
}
