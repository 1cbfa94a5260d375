package ca.clientele.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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

/** The embedded PostgreSQL cluster (zonky, real binaries), its data kept in {@code <dataDir>/postgres}. */
final class PostgresServer implements AutoCloseable {

    static final int PORT = 15432;
    static final List<String> DATABASES =
            List.of("client_registry", "ticket", "booking", "billing", "document", "event", "keycloak");

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
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
            PostgresServer server = new PostgresServer(postgres);
            server.createMissingDatabases();
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new LocalStackException(
                    "postgresql failed to start in " + pgData + ": " + e.getMessage() + " (see " + logFile + ")", e);
        }
    }

    private void createMissingDatabases() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
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
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            // pg_ctl stop failed; the postmaster may already be gone (Ctrl-C reaches it too).
        }
    }
}
