package ca.clientele.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** The embedded PostgreSQL cluster (zonky, real binaries), its data kept in {@code <dataDir>/postgres}. */
final class PostgresServer implements AutoCloseable, Running {

    static final int PORT = 15432;
    /** One per service; {@code gateway} holds the gateway's sessions and rate-limit counters (ADR 0032). */
    static final List<String> DATABASES =
            List.of("client_registry", "ticket", "booking", "billing", "document", "event", "gateway", "keycloak");

    private final EmbeddedPostgres postgres;
    private final Path logFile;
    private final long pid;

    private PostgresServer(EmbeddedPostgres postgres, Path pgData, Path logFile) {
        this.postgres = postgres;
        this.logFile = logFile;
        this.pid = postmasterPid(pgData);
    }

    /** pg_ctl starts the postmaster in a session of its own; its pid is the first line of postmaster.pid. */
    private static long postmasterPid(Path pgData) {
        try {
            return Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid"))
                    .getFirst()
                    .strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static PostgresServer start(Path dataDir, Path logFile) {
        Path pgData = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgData);
            Files.createDirectories(logFile.getParent());
            Redirect log = Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(PORT)
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // The launcher stops PostgreSQL itself, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "localhost")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            PostgresServer server = new PostgresServer(postgres, pgData, logFile);
            server.createMissingDatabases();
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new LocalStackException(
                    "postgresql failed to start in " + pgData + ": " + e.getMessage() + " (see " + logFile + ")", e);
        }
    }

    private void createMissingDatabases() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            createMissingDatabases(connection);
        }
    }

    /** One database per service (and Keycloak's), created on first start; a later start keeps them. */
    static void createMissingDatabases(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            Set<String> existing = new HashSet<>();
            try (ResultSet rs = statement.executeQuery("SELECT datname FROM pg_database")) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
            for (String database : DATABASES) {
                if (!existing.contains(database)) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
        }
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public CompletableFuture<?> onExit() {
        return ProcessHandle.of(pid)
                .map(ProcessHandle::onExit)
                .orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    @Override
    public String exitDescription() {
        return "the postmaster (pid " + pid + ") exited";
    }

    @Override
    public String lastLines() {
        try (Stream<String> lines = Files.lines(logFile)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - ChildProcess.TAIL_LINES), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(see " + logFile + ")";
        }
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    @Override
    public void stop(Duration timeout) {
        close();
    }

    /** Stopped by {@link #close()} (pg_ctl stop), never by signals to its processes. */
    @Override
    public List<ProcessHandle> handles() {
        return List.of();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            // pg_ctl stop failed; the postmaster may already be gone (Ctrl-C reaches it too).
        }
    }
}
