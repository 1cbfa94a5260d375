package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleLineTest {

    @Test
    void structuredLinesBecomeReadable() {
        String ecs = "{\"@timestamp\":\"2026-11-22T08:25:07.064235414Z\",\"log\":{\"level\":\"INFO\","
                + "\"logger\":\"org.flywaydb.core.internal.command.DbMigrate\"},\"process\":{\"pid\":1},"
                + "\"message\":\"Schema \\\"public\\\" is up to date.\",\"ecs\":{\"version\":\"8.11\"}}";

        assertThat(ConsoleLine.render(ecs))
                .containsExactly("08:25:07.064 INFO  DbMigrate: Schema \"public\" is up to date.");
    }

    @Test
    void multiLineMessagesAndStackTracesAreIndented() {
        String ecs = "{\"@timestamp\":\"2026-11-22T08:24:46.369Z\",\"log\":{\"level\":\"ERROR\",\"logger\":\"x.Y\"},"
                + "\"message\":\"\\n\\nAPPLICATION FAILED TO START\\nPort 8081 was already in use.\\n\","
                + "\"error\":{\"type\":\"java.lang.IllegalStateException\",\"message\":\"boom\","
                + "\"stack_trace\":\"java.lang.IllegalStateException: boom\\n\\tat x.Y.z(Y.java:1)\"}}";

        assertThat(ConsoleLine.render(ecs))
                .containsExactly(
                        "08:24:46.369 ERROR Y: APPLICATION FAILED TO START",
                        "    Port 8081 was already in use.",
                        "    java.lang.IllegalStateException: boom",
                        "    \tat x.Y.z(Y.java:1)");
    }

    @Test
    void otherLinesAreKeptAsIs() {
        assertThat(ConsoleLine.render("2026-11-22 07:46:37,729 INFO  [io.quarkus] (main) Keycloak started"))
                .containsExactly("2026-11-22 07:46:37,729 INFO  [io.quarkus] (main) Keycloak started");
        assertThat(ConsoleLine.render("{\"@timestamp\": broken")).containsExactly("{\"@timestamp\": broken");
    }
}
