package ca.clientele.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Starts the whole Clientèle platform on embedded defaults: PostgreSQL, a KRaft Kafka broker, GreenMail SMTP, Keycloak
 * and every service, with data kept in a data directory between runs. Used by {@code start-local.sh} and, as a library,
 * by the e2e tests.
 */
public final class LocalStack implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    static final Duration KEYCLOAK_BUILD_TIMEOUT = Duration.ofSeconds(300);
    static final String DEMO_PASSWORD = "demo1234";

    /** JVM flags of every service: small and fast to start (measured in docs/adr/0005-local-stack.md). */
    static final List<String> SERVICE_JVM_FLAGS = jvmFlags(
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-XX:MaxMetaspaceSize=192m",
            "-Xms32m",
            "-Xmx192m",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError",
            // CDS explains every class it cannot archive; nothing to act on.
            "-Xlog:cds*=off");

    /**
     * The given flags plus those that keep the console free of JDK warnings about libraries (Netty, protobuf) not yet
     * declaring their native or Unsafe use; children run on this same JVM.
     */
    static List<String> jvmFlags(String... flags) {
        List<String> all = new ArrayList<>(List.of(flags));
        all.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 24) {
            all.add("--sun-misc-unsafe-memory-access=allow");
        }
        return List.copyOf(all);
    }

    private final Path repoRoot;
    private final Path dataDir;
    private Consumer<String> sink = System.out::println;
    private boolean infraOnly;
    private boolean classDataSharing = true;
    private Set<String> onlyServices = Set.of();

    private final Object lock = new Object();
    private boolean started;
    private boolean closed;
    private final CompletableFuture<Void> closing = new CompletableFuture<>();

    private ExecutorService executor;
    private ScheduledExecutorService scheduler;
    private HttpClient http;
    private Secrets secrets;
    private PostgresServer postgres;
    private MailCatcher mail;
    private KafkaBroker kafkaBroker;
    private ChildProcess kafka;
    private ChildProcess keycloak;
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean ready;
    private StaleProcesses staleProcesses;

    private LocalStack(Path repoRoot, Path dataDir) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Describes a stack rooted at the repository {@code repoRoot}, keeping its data in {@code dataDir}; starts nothing. */
    public static LocalStack create(Path repoRoot, Path dataDir) {
        return new LocalStack(repoRoot, dataDir);
    }

    /** Where every output line goes, prefixed with a padded {@code [name]} tag (default: System.out). */
    public LocalStack withLogSink(Consumer<String> sink) {
        this.sink = line -> {
            synchronized (this) {
                sink.accept(line);
            }
        };
        return this;
    }

    /** Starts only the infrastructure: PostgreSQL, Kafka, SMTP and Keycloak (no service jar needed). */
    public LocalStack infraOnly() {
        this.infraOnly = true;
        return this;
    }

    /**
     * Runs the services without extracting their jars and without CDS archives: for a data dir used once (a CI run),
     * where writing the archives costs more than it saves.
     */
    public LocalStack withoutClassDataSharing() {
        this.classDataSharing = false;
        return this;
    }

    /** Starts only the named services (registry, tickets, booking, billing, documents, events, web, admin, gateway). */
    public LocalStack onlyServices(Collection<String> names) {
        Set<String> known = ServiceSpec.ALL.stream().map(ServiceSpec::name).collect(Collectors.toSet());
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown service " + name + "; known: " + known);
            }
        }
        this.onlyServices = Set.copyOf(names);
        return this;
    }

    List<ServiceSpec> services() {
        if (infraOnly) {
            return List.of();
        }
        return ServiceSpec.ALL.stream()
                .filter(s -> onlyServices.isEmpty() || onlyServices.contains(s.name()))
                .toList();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The generated password of the Keycloak bootstrap admin (master realm, user {@code admin}); after start(). */
    public String keycloakAdminPassword() {
        if (secrets == null) {
            throw new IllegalStateException("start() first");
        }
        return secrets.keycloakAdminPassword();
    }

    /** Starts everything and waits until healthy; on failure stops what was started and throws one clear message. */
    public void start() {
        synchronized (lock) {
            if (started || closed) {
                throw new IllegalStateException(closed ? "This stack was closed" : "This stack was already started");
            }
            started = true;
            executor = Executors.newCachedThreadPool(daemonThreads("local-stack"));
            scheduler = Executors.newScheduledThreadPool(4, daemonThreads("local-stack-poll"));
        }
        try {
            doStart();
        } catch (RuntimeException e) {
            LocalStackException failure = unwrap(e);
            close();
            throw failure;
        }
    }

    private void doStart() {
        Instant begin = Instant.now();
        Preflight.checkJava(Runtime.version().feature());
        staleProcesses = new StaleProcesses(dataDir);
        int leftovers = staleProcesses.stopLeftovers();
        if (leftovers > 0) {
            info("Stopped " + leftovers + " processes left running by a previous run that was killed");
        }
        Preflight.checkPortsFree(ports());
        if (!infraOnly) {
            Preflight.checkJars(repoRoot, services());
        }
        KeycloakServer keycloakServer = KeycloakServer.locate(repoRoot);
        String kafkaClasspath = kafkaClasspath();
        Path logs = dataDir.resolve("logs");
        createDirectories(logs, dataDir.resolve("cds"));
        secrets = Secrets.loadOrCreate(dataDir.resolve("secrets"));
        http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(1))
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
        info("Starting the local stack (data in " + dataDir + ")");

        String java = javaExecutable();
        kafkaBroker = new KafkaBroker(dataDir, kafkaClasspath, java);
        CompletableFuture<Void> kafkaReady = CompletableFuture.runAsync(
                        () -> {
                            kafkaBroker.prepare(sink, logs);
                            kafka = register(kafkaBroker.start(sink, logs));
                        },
                        executor)
                .thenCompose(v -> awaitReady("kafka", kafka, kafkaBroker::isReady))
                .thenRun(() -> {
                    kafkaBroker.close();
                    info("Kafka ready on " + KafkaBroker.BOOTSTRAP_SERVERS + " after " + seconds(begin) + " s");
                });
        CompletableFuture<Void> keycloakBuilt = CompletableFuture.runAsync(
                () -> {
                    if (!keycloakServer.isBuilt()) {
                        info("Building Keycloak once for a fast optimized start (kc.sh build)");
                    }
                    keycloakServer.buildIfNeeded(sink, logs, KEYCLOAK_BUILD_TIMEOUT);
                },
                executor);
        ServiceLauncher launcher = new ServiceLauncher(repoRoot, dataDir, java, secrets, sink, classDataSharing);
        Map<ServiceSpec, CompletableFuture<Path>> jars = new LinkedHashMap<>();
        if (!infraOnly) {
            for (ServiceSpec service : services()) {
                jars.put(service, CompletableFuture.supplyAsync(() -> launcher.runnableJar(service), executor));
            }
        }

        register(() -> {
            mail = new MailCatcher(dataDir.resolve("mail"), sink);
            mail.start(scheduler);
        });
        info("SMTP (GreenMail) on localhost:" + MailCatcher.SMTP_PORT + ": mail is captured, nothing is delivered");

        Instant pgBegin = Instant.now();
        register(() -> postgres = PostgresServer.start(dataDir, logs.resolve("postgres.log")));
        info("PostgreSQL ready on localhost:" + PostgresServer.PORT + " in " + seconds(pgBegin) + " s");

        List<CompletableFuture<Void>> everything = new ArrayList<>();
        everything.add(kafkaReady);
        everything.add(keycloakBuilt.thenComposeAsync(
                v -> {
                    Instant keycloakBegin = Instant.now();
                    keycloak = register(keycloakServer.start(secrets, PostgresServer.PORT, sink, logs));
                    return awaitReady("keycloak", keycloak, httpOk(KeycloakServer.READINESS_URL))
                            .thenRun(() -> info("Keycloak ready in " + seconds(keycloakBegin) + " s"));
                },
                executor));
        jars.forEach((service, jar) -> everything.add(kafkaReady
                .thenCombine(jar, (v, path) -> path)
                .thenComposeAsync(
                        path -> awaitReady(
                                        service.name(),
                                        launcher.launch(service, path, this::register),
                                        httpOk(service.readinessUrl()))
                                .thenRun(() -> info(service.name() + " ready after " + seconds(begin) + " s")),
                        executor)));
        awaitAll(everything);
        for (ChildProcess child : List.copyOf(children)) {
            if (!child.isAlive()) {
                // Something else answered on its port (it was taken after the pre-flight check).
                throw new LocalStackException(child.name() + " failed to start (exit code " + child.exitValue()
                        + "); last log lines:\n" + child.lastLines());
            }
        }
        ready = true;
        watchForUnexpectedExits();
        info("All components ready in " + seconds(begin) + " s");
        if (launcher.hasPendingArchives()) {
            info("Writing CDS archives in the background (first run only): the next start is much faster");
            executor.execute(() -> launcher.writePendingArchives(() -> !closing.isDone()));
        }
    }

    /** Ports that must be free, in the order they are reported. */
    Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (!infraOnly) {
            services().stream()
                    .sorted((a, b) -> Integer.compare(a.port(), b.port()))
                    .forEach(s -> ports.put(s.port(), s.name()));
        }
        ports.put(KeycloakServer.PORT, "keycloak");
        ports.put(KeycloakServer.MANAGEMENT_PORT, "keycloak management");
        ports.put(KafkaBroker.PORT, "kafka");
        ports.put(KafkaBroker.CONTROLLER_PORT, "kafka controller");
        ports.put(PostgresServer.PORT, "postgresql");
        ports.put(MailCatcher.SMTP_PORT, "smtp");
        return ports;
    }

    /** Kafka's child JVM runs on the launcher's own dependencies: {@code deploy/local/target/lib/*} when built. */
    private String kafkaClasspath() {
        Path lib = repoRoot.resolve("deploy/local/target/lib");
        try (var jars = Files.list(lib)) {
            if (jars.anyMatch(p -> p.getFileName().toString().startsWith("kafka_"))) {
                return lib + "/*";
            }
        } catch (IOException e) {
            // Fall back to the classpath this JVM runs on.
        }
        return System.getProperty("java.class.path");
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Registers what a step starts, unless the stack is closing: then the step is undone at once. */
    private void register(Runnable step) {
        synchronized (lock) {
            if (closed) {
                throw new LocalStackException("The local stack was stopped while starting.");
            }
            step.run();
        }
    }

    private ChildProcess register(ChildProcess child) {
        synchronized (lock) {
            if (closed) {
                ChildProcess.stop(child.handles(), Duration.ofSeconds(5));
                throw new LocalStackException("The local stack was stopped while starting.");
            }
            children.add(child);
            child.handles().forEach(staleProcesses::remember);
            return child;
        }
    }

    /** Polls {@code check} every second until true; fails if the child exits or after {@link #READY_TIMEOUT}. */
    private CompletableFuture<Void> awaitReady(String name, ChildProcess child, BooleanSupplier check) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        CompletableFuture<Void> result = new CompletableFuture<>();
        ScheduledFuture<?> poll = scheduler.scheduleWithFixedDelay(
                () -> {
                    if (result.isDone()) {
                        return;
                    }
                    try {
                        if (!child.isAlive()) {
                            result.completeExceptionally(new LocalStackException(name + " failed to start (exit code "
                                    + child.exitValue() + "); last log lines:\n" + child.lastLines()));
                        } else if (check.getAsBoolean()) {
                            result.complete(null);
                        } else if (Instant.now().isAfter(deadline)) {
                            result.completeExceptionally(new LocalStackException(
                                    name + " failed to start (not ready after " + READY_TIMEOUT.toSeconds()
                                            + " s); last log lines:\n" + child.lastLines()));
                        }
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                },
                0,
                1,
                TimeUnit.SECONDS);
        result.whenComplete((ignored, failure) -> poll.cancel(false));
        return result;
    }

    private BooleanSupplier httpOk(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        return () -> {
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    /** Waits for every future; the first failure of any of them, or of {@code watched}, or a close(), ends the wait. */
    @SafeVarargs
    private void awaitAll(List<? extends CompletableFuture<?>> futures, CompletableFuture<?>... watched) {
        CompletableFuture<Object> firstFailure = new CompletableFuture<>();
        closing.whenComplete((v, e) -> firstFailure.completeExceptionally(
                new LocalStackException("The local stack was stopped while starting.")));
        List<CompletableFuture<?>> all = new ArrayList<>(futures);
        all.addAll(List.of(watched));
        for (CompletableFuture<?> future : all) {
            future.whenComplete((v, e) -> {
                if (e != null) {
                    firstFailure.completeExceptionally(e);
                }
            });
        }
        CompletableFuture<Void> done = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
        try {
            CompletableFuture.anyOf(done, firstFailure).get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while starting the local stack.");
        }
    }

    private static LocalStackException unwrap(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof CompletionException
                        || cause instanceof ExecutionException
                        || cause instanceof UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof LocalStackException failure) {
            return failure;
        }
        return new LocalStackException("The local stack failed to start: " + cause, cause);
    }

    private void watchForUnexpectedExits() {
        List<ChildProcess> running = new ArrayList<>(children);
        for (ChildProcess child : running) {
            child.onExit().thenRun(() -> {
                if (!closing.isDone()) {
                    info(child.name() + " stopped unexpectedly (exit code " + child.exitValue() + "); see "
                            + child.logFile());
                }
            });
        }
    }

    /** Stops everything cleanly: services, then Keycloak and Kafka, then SMTP and PostgreSQL. Idempotent. */
    @Override
    public void close() {
        List<ChildProcess> stopping;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            closing.complete(null);
            stopping = new ArrayList<>(children);
        }
        boolean anything = !stopping.isEmpty() || postgres != null || mail != null;
        if (anything) {
            info("Stopping the local stack");
        }
        List<ChildProcess> infra =
                stopping.stream().filter(c -> c == kafka || c == keycloak).toList();
        List<ChildProcess> apps =
                stopping.stream().filter(c -> !infra.contains(c)).toList();
        stopAll(apps);
        stopAll(infra);
        if (kafkaBroker != null) {
            kafkaBroker.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (staleProcesses != null && anything) {
            staleProcesses.forget();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (anything) {
            info("Stopped.");
        }
    }

    private static void stopAll(List<ChildProcess> children) {
        List<ProcessHandle> handles = new ArrayList<>();
        children.forEach(c -> handles.addAll(c.handles()));
        ChildProcess.stop(handles, STOP_TIMEOUT);
    }

    boolean isReady() {
        return ready;
    }

    private void info(String message) {
        sink.accept(LogTag.of("stack") + message);
    }

    private static String seconds(Instant since) {
        return String.format(
                java.util.Locale.ROOT,
                "%.1f",
                Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    private static void createDirectories(Path... dirs) {
        for (Path dir : dirs) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new LocalStackException("Cannot create " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> Thread.ofPlatform()
                .name(prefix + "-" + count.incrementAndGet())
                .daemon(true)
                .unstarted(runnable);
    }

    static final String USAGE = """
            Usage: start-local.sh [--no-build] [--data-dir DIR] [--root DIR] [--infra-only] [--services a,b] [--no-cds]
              --no-build       (start-local.sh only) skip ./mvnw install
              --data-dir DIR   data, logs and generated secrets (default: <root>/.local-data)
              --root DIR       the repository (default: the working directory)
              --infra-only     only PostgreSQL, Kafka, SMTP and Keycloak
              --services a,b   only these services (registry, tickets, booking, billing, documents, events, web, admin,
                               gateway), for debugging
              --no-cds         no jar extraction nor CDS archives (slower start, nothing written for it)""";

    /** {@code --root DIR} (default: the working directory), {@code --data-dir DIR}, {@code --infra-only}. */
    public static void main(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        Path dataDir = null;
        boolean infraOnly = false;
        boolean noCds = false;
        List<String> only = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(argument(args, ++i, "--root"));
                case "--data-dir" -> dataDir = Path.of(argument(args, ++i, "--data-dir"));
                case "--infra-only" -> infraOnly = true;
                case "--no-cds" -> noCds = true;
                case "--services" ->
                    only = List.of(argument(args, ++i, "--services").split(","));
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i] + " (try --help)");
                    System.exit(2);
                }
            }
        }
        if (dataDir == null) {
            dataDir = root.resolve(".local-data");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        LocalStack stack = LocalStack.create(root, dataDir);
        if (infraOnly) {
            stack.infraOnly();
        }
        if (noCds) {
            stack.withoutClassDataSharing();
        }
        if (!only.isEmpty()) {
            try {
                stack.onlyServices(only);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
        }
        Thread hook = new Thread(stack::close, "local-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Instant begin = Instant.now();
        try {
            stack.start();
        } catch (LocalStackException e) {
            System.err.println();
            System.err.println(e.getMessage());
            stack.close();
            System.exit(1);
            return;
        }
        System.out.println(stack.banner(Duration.between(begin, Instant.now())));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String argument(String[] args, int index, String option) {
        if (index >= args.length) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return args[index];
    }

    String banner(Duration elapsed) {
        StringBuilder out = new StringBuilder();
        String line = "=".repeat(72);
        out.append('\n').append(line).append('\n');
        out.append(String.format(
                java.util.Locale.ROOT,
                " Clientèle is up (%s) in %.1f s%n",
                infraOnly ? "infrastructure only" : "all services",
                elapsed.toMillis() / 1000.0));
        out.append(line).append('\n');
        if (!infraOnly) {
            out.append(" Portal           http://localhost:8080/\n");
            out.append(" Admin            http://localhost:8080/admin/\n");
        }
        out.append(" Keycloak console http://localhost:" + KeycloakServer.PORT + "/admin/  (user "
                + KeycloakServer.ADMIN_USERNAME + ", password " + secrets.keycloakAdminPassword() + ")\n");
        out.append(" Issuer           " + KeycloakServer.ISSUER + "\n");
        out.append(" SMTP             localhost:" + MailCatcher.SMTP_PORT + "  (captured; saved to "
                + dataDir.resolve("mail") + ")\n");
        out.append(" PostgreSQL       localhost:" + PostgresServer.PORT + "  (user postgres, no password)\n");
        out.append(" Kafka            " + KafkaBroker.BOOTSTRAP_SERVERS + "\n");
        out.append(" Logs             " + dataDir.resolve("logs") + "\n");
        out.append('\n');
        out.append(" Demo logins (password " + DEMO_PASSWORD + "):\n");
        out.append("   admin@clientele.test    Julien Béliveau   admin, staff\n");
        out.append("   cynthia@clientele.test  Cynthia Lemay     staff (technician)\n");
        out.append("   client1@clientele.test  Francis Marceau   client\n");
        out.append("   client2@clientele.test  Marie Tremblay    client\n");
        out.append('\n');
        out.append(" Ctrl-C stops everything; data stays in " + dataDir + "\n");
        out.append(line);
        return out.toString();
    }
}
