package ca.clientele.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * PostgreSQL, Kafka or Keycloak as a container (Testcontainers), for machines with a container engine: the images
 * production runs instead of the embedded components ({@code start-local.sh --containers}, the e2e suite's
 * {@code -Pcontainers}). Containers share the host's network (Linux engines), so that every port and every
 * {@code localhost} address — the services', Keycloak's SMTP — is the same as with the embedded components.
 */
final class ContainerComponent implements Running {

    private static final Properties IMAGES = images();
    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("container-watch").factory());

    private final GenericContainer<?> container;
    private final Path logFile;
    private final CompletableFuture<Void> exit = new CompletableFuture<>();

    private ContainerComponent(GenericContainer<?> container, Path logFile) {
        this.container = container;
        this.logFile = logFile;
    }

    static ContainerComponent postgres(Path logs) {
        GenericContainer<?> container = new GenericContainer<>(image("postgres"))
                .withEnv(Map.of("POSTGRES_PASSWORD", "postgres", "POSTGRES_HOST_AUTH_METHOD", "trust"))
                .withCommand(
                        "postgres",
                        "-p",
                        String.valueOf(PostgresServer.PORT),
                        "-c",
                        "max_connections=300",
                        "-c",
                        "listen_addresses=localhost")
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 2));
        ContainerComponent component = start(container, logs.resolve("postgres.log"));
        String url = "jdbc:postgresql://localhost:" + PostgresServer.PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            PostgresServer.createMissingDatabases(connection);
        } catch (SQLException e) {
            component.stop(Duration.ofSeconds(10));
            throw new LocalStackException(
                    "postgresql (container) started but its databases could not be created: " + e.getMessage(), e);
        }
        return component;
    }

    /** One KRaft node, configured as the embedded broker is (KafkaBroker): 3 partitions per topic. */
    static ContainerComponent kafka(Path logs) {
        String controller = "localhost:" + KafkaBroker.CONTROLLER_PORT;
        GenericContainer<?> container = new GenericContainer<>(image("kafka"))
                .withEnv(Map.ofEntries(
                        Map.entry("KAFKA_NODE_ID", "1"),
                        Map.entry("KAFKA_PROCESS_ROLES", "broker,controller"),
                        Map.entry(
                                "KAFKA_LISTENERS",
                                "PLAINTEXT://localhost:" + KafkaBroker.PORT + ",CONTROLLER://" + controller),
                        Map.entry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://" + KafkaBroker.BOOTSTRAP_SERVERS),
                        Map.entry("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER"),
                        Map.entry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                        Map.entry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@" + controller),
                        Map.entry("KAFKA_NUM_PARTITIONS", "3"),
                        Map.entry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true"),
                        Map.entry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"),
                        Map.entry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1"),
                        Map.entry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")))
                .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1));
        return start(container, logs.resolve("kafka.log"));
    }

    /**
     * The same server options, realm import (realm + local demo users) and themes as {@link KeycloakServer}; its
     * database is the {@code keycloak} one of the PostgreSQL container.
     */
    static ContainerComponent keycloak(KeycloakServer server, Map<String, String> environment, Path logs) {
        server.prepareImport();
        List<String> command = new ArrayList<>(List.of("start"));
        command.addAll(KeycloakServer.BUILD_OPTIONS);
        command.addAll(List.of(
                "--db-url=jdbc:postgresql://localhost:" + PostgresServer.PORT + "/keycloak",
                "--db-username=postgres",
                "--db-password=postgres",
                "--http-enabled=true",
                "--http-port=" + KeycloakServer.PORT,
                "--http-management-port=" + KeycloakServer.MANAGEMENT_PORT,
                "--hostname-strict=false",
                "--cache=local",
                "--import-realm"));
        GenericContainer<?> container = new GenericContainer<>(image("keycloak"))
                .withEnv(environment)
                .withCopyFileToContainer(
                        MountableFile.forHostPath(server.home().resolve("data/import")), "/opt/keycloak/data/import")
                .withCopyFileToContainer(
                        MountableFile.forHostPath(server.repoRoot().resolve("deploy/keycloak/themes")),
                        "/opt/keycloak/themes")
                .withCommand(command.toArray(String[]::new))
                .waitingFor(Wait.forLogMessage(".*Listening on: http.*", 1).withStartupTimeout(Duration.ofMinutes(4)));
        return start(container, logs.resolve("keycloak.log"));
    }

    private static ContainerComponent start(GenericContainer<?> container, Path logFile) {
        container.withNetworkMode("host").withLogConsumer(frame -> append(logFile, frame.getUtf8String()));
        ContainerComponent component = new ContainerComponent(container, logFile);
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new LocalStackException(
                    container.getDockerImageName() + " did not start: " + e.getMessage() + " (see " + logFile + ")", e);
        }
        WATCH.scheduleWithFixedDelay(component::checkAlive, 1, 1, TimeUnit.SECONDS);
        return component;
    }

    private void checkAlive() {
        if (!exit.isDone() && !container.isRunning()) {
            exit.complete(null);
            throw new IllegalStateException("stop watching"); // cancels this periodic check
        }
    }

    private static void append(Path logFile, String text) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(
                    logFile, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String image(String name) {
        String image = IMAGES.getProperty("image." + name);
        if (image == null) {
            throw new IllegalStateException("No image." + name + " in clientele-local-stack.properties");
        }
        return image;
    }

    private static Properties images() {
        Properties properties = new Properties();
        try (InputStream in = ContainerComponent.class.getResourceAsStream("/clientele-local-stack.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("clientele-local-stack.properties is missing from the launcher", e);
        }
        return properties;
    }

    /** A container has no process of ours: the status file shows no pid. */
    @Override
    public long pid() {
        return -1;
    }

    @Override
    public boolean isAlive() {
        return container.isRunning();
    }

    @Override
    public CompletableFuture<?> onExit() {
        return exit;
    }

    @Override
    public String exitDescription() {
        return "container " + container.getDockerImageName() + " stopped";
    }

    @Override
    public String lastLines() {
        String logs = container.isCreated() ? container.getLogs() : "";
        List<String> lines = logs.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    @Override
    public void stop(Duration timeout) {
        container.stop();
        exit.complete(null);
    }

    @Override
    public List<ProcessHandle> handles() {
        return List.of();
    }
}
