package ca.clientele.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
        if (Runtime.version().feature() >= 22) {
            // Hands malloc's freed pages back every 5 s: about 6 MB less RSS per idle service (measured, issue 6).
            all.add("-XX:TrimNativeHeapInterval=5000");
        }
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
    private boolean containers;
    private boolean classDataSharing = true;
    private boolean training = true;
    private boolean verbose;
    private Supervisor.Policy policy = Supervisor.Policy.DEFAULT;
    private Set<String> onlyServices = Set.of();

    private final Object lock = new Object();
    private boolean started;
    private boolean closed;
    private final CompletableFuture<Void> closing = new CompletableFuture<>();
    private final CompletableFuture<Void> trainings = new CompletableFuture<>();

    private ExecutorService executor;
    private ScheduledExecutorService scheduler;
    private HttpClient http;
    private Secrets secrets;
    private volatile MailCatcher mail;
    private KafkaBroker kafkaBroker;
    private volatile Supervisor postgres;
    private volatile Supervisor kafka;
    private volatile Supervisor keycloak;
    private final List<Supervisor> services = Collections.synchronizedList(new ArrayList<>());
    private final List<ChildProcess> trainingRuns = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean ready;
    private StaleProcesses staleProcesses;
    private StatusFile status;
    private Instant smtpSince;

    private LocalStack(Path repoRoot, Path dataDir) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Describes a stack rooted at the repository {@code repoRoot}, keeping its data in {@code dataDir}; starts nothing. */
    public static LocalStack create(Path repoRoot, Path dataDir) {
        return new LocalStack(repoRoot, dataDir);
    }

    /** Where the launcher's lines go: one per component as it becomes ready, problems, restarts (default: System.out). */
    public LocalStack withLogSink(Consumer<String> sink) {
        this.sink = line -> {
            synchronized (this) {
                sink.accept(line);
            }
        };
        return this;
    }

    /** Also streams every component's own output to the sink, tagged with its name (the log files have it anyway). */
    public LocalStack verbose() {
        this.verbose = true;
        return this;
    }

    /** Starts only the infrastructure: PostgreSQL, Kafka, SMTP and Keycloak (no service jar needed). */
    public LocalStack infraOnly() {
        this.infraOnly = true;
        return this;
    }

    /**
     * Runs PostgreSQL, Kafka and Keycloak as containers of the images production runs (a container engine is needed,
     * Linux: they share the host's network), on the same ports as the embedded ones.
     */
    public LocalStack withContainers() {
        this.containers = true;
        return this;
    }

    /**
     * Runs the services without extracting their jars and without start-up archives: for a data dir used once (a CI
     * run), where training the archives costs more than it saves.
     */
    public LocalStack withoutClassDataSharing() {
        this.classDataSharing = false;
        return this;
    }

    /**
     * Starts services from the archives already trained but trains no missing one: for a run whose own work (a test
     * suite) would compete with the training's CPU.
     */
    public LocalStack withoutTraining() {
        this.training = false;
        return this;
    }

    /** How components are restarted (tests use short pauses). */
    LocalStack withRestartPolicy(Supervisor.Policy policy) {
        this.policy = policy;
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
        status = new StatusFile(dataDir);
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
        keepPreviousLogs(logs);
        secrets = Secrets.loadOrCreate(dataDir.resolve("secrets"));
        http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(1))
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
        info("Starting Clientèle from " + dataDir + " (full logs in " + logs
                + (verbose ? "" : "; --verbose streams them") + ")");
        Consumer<String> echo = verbose ? sink : line -> {};

        String java = javaExecutable();
        kafkaBroker = new KafkaBroker(dataDir, kafkaClasspath, java);
        CompletableFuture<Void> kafkaPrepared = containers
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> kafkaBroker.prepare(echo, logs), executor);
        CompletableFuture<Void> keycloakBuilt = containers
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(
                        () -> {
                            if (!keycloakServer.isBuilt()) {
                                info("Building Keycloak once for a fast optimized start (kc.sh build, about 30 s)");
                            }
                            keycloakServer.buildIfNeeded(echo, logs, KEYCLOAK_BUILD_TIMEOUT);
                        },
                        executor);
        StartupArchives archives = classDataSharing ? new StartupArchives(dataDir.resolve("cds")) : null;
        ServiceLauncher launcher = new ServiceLauncher(repoRoot, dataDir, java, secrets, this::info, echo, archives);
        Map<ServiceSpec, CompletableFuture<ServiceLauncher.Prepared>> prepared = new LinkedHashMap<>();
        for (ServiceSpec service : services()) {
            prepared.put(service, CompletableFuture.supplyAsync(() -> launcher.prepare(service), executor));
        }

        register(() -> {
            mail = new MailCatcher(dataDir.resolve("mail"), sink);
            mail.start(scheduler);
            smtpSince = Instant.now();
        });
        ready("smtp", begin, "localhost:" + MailCatcher.SMTP_PORT + ", mail captured in " + dataDir.resolve("mail"));

        postgres = supervise(
                "postgresql",
                PostgresServer.PORT,
                containers
                        ? () -> ContainerComponent.postgres(logs)
                        : () -> PostgresServer.start(dataDir, logs.resolve("postgres.log")),
                () -> {
                    Running pg = postgres.current();
                    return pg != null && pg.isAlive();
                });
        CompletableFuture<Void> postgresReady =
                postgres.start().thenRun(() -> ready("postgresql", begin, "localhost:" + PostgresServer.PORT));
        kafka = supervise(
                "kafka",
                KafkaBroker.PORT,
                containers ? () -> ContainerComponent.kafka(logs) : () -> kafkaBroker.start(echo, logs),
                kafkaBroker::isReady);
        CompletableFuture<Void> kafkaReady = kafkaPrepared
                .thenCompose(v -> kafka.start())
                .thenRun(() -> ready("kafka", begin, KafkaBroker.BOOTSTRAP_SERVERS));
        keycloak = supervise(
                "keycloak",
                KeycloakServer.PORT,
                containers
                        ? () -> ContainerComponent.keycloak(
                                keycloakServer, KeycloakServer.secretEnvironment(secrets), logs)
                        : () -> keycloakServer.start(secrets, PostgresServer.PORT, echo, logs),
                httpOk(KeycloakServer.READINESS_URL));
        List<CompletableFuture<Void>> everything = new ArrayList<>();
        everything.add(postgresReady);
        everything.add(kafkaReady);
        everything.add(keycloakBuilt
                .thenCombine(postgresReady, (a, b) -> b)
                .thenCompose(v -> keycloak.start())
                .thenRun(() -> ready("keycloak", begin, "http://localhost:" + KeycloakServer.PORT + "/")));
        CompletableFuture<Void> storesReady = CompletableFuture.allOf(postgresReady, kafkaReady);
        prepared.forEach((service, jar) -> {
            Supervisor supervisor = supervise(
                    service.name(), service.port(), () -> launcher.launch(jar.join()), httpOk(service.readinessUrl()));
            services.add(supervisor);
            everything.add(storesReady
                    .thenCombine(jar, (v, p) -> p)
                    .thenCompose(p -> supervisor.start())
                    .thenRun(() -> ready(service.name(), begin, "http://localhost:" + service.port() + "/")));
        });
        awaitAll(everything);
        ready = true;
        writeStatus();
        info("All components ready in " + seconds(begin) + " s");
        List<ServiceLauncher.Prepared> untrained = prepared.values().stream()
                .map(CompletableFuture::join)
                .filter(launcher::needsTraining)
                .toList();
        if (untrained.isEmpty() || !training) {
            trainings.complete(null);
        } else {
            executor.execute(() -> train(launcher, archives, untrained));
        }
    }

    /**
     * Trains the missing start-up archives one at a time (each run is a full context refresh, CPU-heavy on 2 cores), in
     * separate JVMs that exit on their own: nothing is dumped out of a serving service.
     */
    private void train(ServiceLauncher launcher, StartupArchives archives, List<ServiceLauncher.Prepared> untrained) {
        Instant begin = Instant.now();
        info("Training start-up archives for " + untrained.size()
                + " services in the background, one at a time (the next start is faster)");
        List<String> failed = new ArrayList<>();
        try {
            for (ServiceLauncher.Prepared service : untrained) {
                if (closing.isDone()) {
                    return;
                }
                boolean written = launcher.train(service, run -> {
                    synchronized (lock) {
                        if (closed) {
                            run.stop(Duration.ofSeconds(5));
                            return;
                        }
                        trainingRuns.add(run);
                        run.handles().forEach(staleProcesses::remember);
                    }
                });
                if (!written && !closing.isDone()) {
                    failed.add(service.service().name());
                }
            }
            if (closing.isDone()) {
                return;
            }
            info(String.format(
                    java.util.Locale.ROOT,
                    "Start-up archives written in %s s (%d MB in %s)%s",
                    seconds(begin),
                    archives.diskUse() / (1024 * 1024),
                    dataDir.resolve("cds"),
                    failed.isEmpty()
                            ? ""
                            : "; training failed for " + failed
                                    + " (they start without one; see <name>-training.log)"));
        } finally {
            trainings.complete(null);
        }
    }

    /**
     * Stops one application service (its name as {@code --status} shows it, e.g. {@code booking}) and keeps it
     * stopped, the rest of the stack running: end-to-end tests use it to see the others cope with it being down.
     * {@link #startService} starts it again.
     */
    public void stopService(String name) {
        Supervisor supervisor = service(name);
        info("Stopping " + name + " on request");
        supervisor.stop(STOP_TIMEOUT);
        writeStatus();
    }

    /** Starts again a service stopped by {@link #stopService}; returns when it is healthy (or throws). */
    public void startService(String name) {
        Supervisor supervisor = service(name);
        info("Starting " + name + " again on request");
        awaitAll(List.of(supervisor.resume()));
    }

    private Supervisor service(String name) {
        synchronized (services) {
            return services.stream()
                    .filter(supervisor -> supervisor.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No service named " + name + " in this stack"));
        }
    }

    /** Completes when the background training of start-up archives has ended (at once if there was none). */
    public CompletableFuture<Void> trainings() {
        return trainings;
    }

    private Supervisor supervise(String name, int port, Supplier<Running> launch, BooleanSupplier healthy) {
        return new Supervisor(
                name,
                port,
                () -> {
                    Running running = launch.get();
                    synchronized (lock) {
                        if (closed) {
                            running.stop(Duration.ofSeconds(5));
                            throw new LocalStackException("The local stack was stopped while starting.");
                        }
                        running.handles().forEach(staleProcesses::remember);
                    }
                    return running;
                },
                healthy,
                policy,
                scheduler,
                this::info,
                this::writeStatus);
    }

    /** Every component, in the order --status lists them. */
    List<Supervisor.Snapshot> snapshot() {
        List<Supervisor.Snapshot> all = new ArrayList<>();
        for (Supervisor s : new Supervisor[] {postgres, kafka, keycloak}) {
            if (s != null) {
                all.add(s.snapshot());
            }
        }
        if (mail != null) {
            all.add(new Supervisor.Snapshot(
                    "smtp",
                    closed ? Supervisor.State.STOPPED : Supervisor.State.READY,
                    ProcessHandle.current().pid(),
                    MailCatcher.SMTP_PORT,
                    smtpSince,
                    0,
                    "inside the launcher"));
        }
        synchronized (services) {
            services.forEach(s -> all.add(s.snapshot()));
        }
        return all;
    }

    private void writeStatus() {
        if (status != null && !closed) {
            status.write(snapshot());
        }
    }

    private void ready(String name, Instant begin, String where) {
        sink.accept(String.format(java.util.Locale.ROOT, "  %-11s ready %6s s   %s", name, seconds(begin), where));
        writeStatus();
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

    /** A check that {@code url} answers 200 (the supervisors' health probe; also read by the e2e stack checks). */
    BooleanSupplier httpOk(String url) {
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

    /** Waits for every future; the first failure of any of them, or a close(), ends the wait. */
    private void awaitAll(List<? extends CompletableFuture<?>> futures) {
        CompletableFuture<Object> firstFailure = new CompletableFuture<>();
        closing.whenComplete((v, e) -> firstFailure.completeExceptionally(
                new LocalStackException("The local stack was stopped while starting.")));
        for (CompletableFuture<?> future : futures) {
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

    /**
     * Stops everything cleanly: training runs, then the services, then Keycloak and Kafka, then SMTP and PostgreSQL; no
     * component is restarted once this began. Idempotent.
     */
    @Override
    public void close() {
        List<ChildProcess> runs;
        List<Supervisor> apps;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            closing.complete(null);
            runs = new ArrayList<>(trainingRuns);
            apps = new ArrayList<>(services);
        }
        List<Supervisor> infra = new ArrayList<>();
        for (Supervisor s : new Supervisor[] {keycloak, kafka}) {
            if (s != null) {
                infra.add(s);
            }
        }
        boolean anything = !apps.isEmpty() || !infra.isEmpty() || postgres != null || mail != null;
        if (anything) {
            info("Stopping the local stack");
        }
        List<ProcessHandle> training = new ArrayList<>();
        runs.forEach(run -> training.addAll(run.handles()));
        ChildProcess.stop(training, Duration.ofSeconds(5));
        stopAll(apps);
        stopAll(infra);
        if (kafkaBroker != null) {
            kafkaBroker.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (postgres != null) {
            postgres.stop(STOP_TIMEOUT);
        }
        if (status != null) {
            status.delete();
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
        trainings.complete(null);
        if (anything) {
            info("Stopped.");
        }
    }

    /** Marks every supervisor as stopping (no restart), then stops all their processes at once. */
    private static void stopAll(List<Supervisor> supervisors) {
        List<ProcessHandle> handles = new ArrayList<>();
        for (Supervisor supervisor : supervisors) {
            supervisor.markStopping();
            Running running = supervisor.current();
            if (running != null) {
                handles.addAll(running.handles());
            }
        }
        ChildProcess.stop(handles, STOP_TIMEOUT);
    }

    private void info(String message) {
        sink.accept(message);
    }

    private static String seconds(Instant since) {
        return String.format(
                java.util.Locale.ROOT,
                "%.1f",
                Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    /**
     * Logs are appended to (a restarted component keeps what it wrote before crashing); the last run's go to
     * {@code logs/previous/}, so a crash is still readable after a restart of the stack.
     */
    private static void keepPreviousLogs(Path logs) {
        Path previous = logs.resolve("previous");
        try (var files = Files.list(logs)) {
            createDirectories(previous);
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                Files.move(log, previous.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The logs then simply keep growing.
        }
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
                                  [--containers] [--verbose] [--status]
              --no-build       (start-local.sh only) skip ./mvnw install
              --status         show each component of the running stack: state, PID, port, uptime, restarts
              --verbose        also stream every component's log to the console (always in <data-dir>/logs)
              --data-dir DIR   data, logs and generated secrets (default: <root>/.local-data)
              --root DIR       the repository (default: the working directory)
              --infra-only     only PostgreSQL, Kafka, SMTP and Keycloak
              --services a,b   only these services (registry, tickets, booking, billing, documents, events, web, admin,
                               gateway), for debugging
              --no-cds         no jar extraction nor start-up archives (slower start, nothing written for it)
              --containers     PostgreSQL, Kafka and Keycloak as containers of the images production runs (needs a
                               Linux container engine; containers keep no data between runs)""";

    /** {@code --root DIR} (default: the working directory), {@code --data-dir DIR}, {@code --infra-only}. */
    public static void main(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        Path dataDir = null;
        boolean infraOnly = false;
        boolean containers = false;
        boolean noCds = false;
        boolean verbose = false;
        boolean showStatus = false;
        List<String> only = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(argument(args, ++i, "--root"));
                case "--data-dir" -> dataDir = Path.of(argument(args, ++i, "--data-dir"));
                case "--infra-only" -> infraOnly = true;
                case "--containers" -> containers = true;
                case "--no-cds" -> noCds = true;
                case "--verbose" -> verbose = true;
                case "--status" -> showStatus = true;
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
        if (showStatus) {
            System.exit(printStatus(dataDir));
            return;
        }
        // The readiness admin client's reconnect warnings while a restarted broker comes back are not news.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
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
        if (containers) {
            stack.withContainers();
        }
        if (verbose) {
            stack.verbose();
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

    /** Prints the running stack's components; 0 when it runs with every component ready, 1 otherwise. */
    static int printStatus(Path dataDir) {
        var components = new StatusFile(dataDir).read();
        if (components.isEmpty()) {
            System.out.println("The local stack is not running (data directory " + dataDir + ").");
            return 1;
        }
        System.out.print(StatusFile.table(components.get(), Instant.now()));
        System.out.println("Logs: " + dataDir.resolve("logs"));
        return components.get().stream().allMatch(c -> c.state() == Supervisor.State.READY) ? 0 : 1;
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
        out.append(
                " Logs             " + dataDir.resolve("logs") + "  (state of each part: ./start-local.sh --status)\n");
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
