package io.claimwatch.tools;

import io.claimwatch.localpg.LocalPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole system on one machine: a PostgreSQL (embedded unless CLAIMWATCH_DB_URL names one) and
 * the four services, each a separate process started from its packaged build
 * ({@code <service>/target/quarkus-app/quarkus-run.jar}), wired together by ports.
 */
public final class LocalCluster implements AutoCloseable {

  /** The services in start order: backends first, the gateway last. */
  public static final List<String> SERVICES = List.of("claims-service", "extract-service", "ingest-service", "gateway");

  /** The address every service binds and is called on. */
  public static final String LOOPBACK = "127.0.0.1";

  /**
   * An entry of a service's extra environment that is not passed on as a variable: JVM options (split at spaces) that
   * replace the service's heap size and collector ({@link #heapOptions}), e.g. to compare collectors in a benchmark.
   */
  public static final String JVM_OPTIONS = "CLAIMWATCH_JVM_OPTIONS";

  /** Ports of one service. */
  public record Ports(int http, int management) {}

  private final Path root;
  private final Path logDir;
  private final LocalPostgres postgres;
  private final Map<String, Ports> ports;
  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> extraEnv;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
  private final Thread stopOnExit = new Thread(this::close, "local-cluster-stop");
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  /** The gateway's API key with every scope: CLAIMWATCH_ADMIN_KEY when set, else a new random one. */
  private final String adminKey = Optional.ofNullable(System.getenv("CLAIMWATCH_ADMIN_KEY")).filter(k -> !k.isBlank())
      .orElseGet(LocalCluster::newKey);
  /** The page tokens' signing key, the same across restarts of the gateway in this cluster. */
  private final String pageTokenKey = newKey();
  /**
   * The key that signs and checks service tokens between the services: CLAIMWATCH_SERVICE_TOKEN_KEY when set (at least
   * 32 bytes), else a new random one.
   */
  private final String serviceTokenKey = Optional.ofNullable(System.getenv("CLAIMWATCH_SERVICE_TOKEN_KEY"))
      .filter(k -> !k.isBlank()).orElseGet(LocalCluster::newKey);

  private LocalCluster(Path root, Path logDir, LocalPostgres postgres, Map<String, Ports> ports,
      Map<String, Map<String, String>> extraEnv) {
    // A cluster stops with the JVM that started it (Ctrl-C, SIGTERM to a benchmark), not only when closed: its services
    // and PostgreSQL are separate processes that would otherwise run on, holding ports and memory.
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    this.extraEnv = extraEnv;
    this.root = root;
    this.logDir = logDir;
    this.postgres = postgres;
    this.ports = ports;
  }

  /**
   * Starts everything and waits until every service is ready.
   *
   * @param root the repository root (holding the services' folders)
   * @param dataDir where the embedded PostgreSQL keeps its files; empty for a throw-away one
   * @param fixedPorts the README's ports (gateway 8080 ...), or free ones when false
   */
  public static LocalCluster start(Path root, Optional<Path> dataDir, boolean fixedPorts, Duration readyTimeout)
      throws IOException, InterruptedException {
    return start(root, dataDir, fixedPorts, readyTimeout, Map.of());
  }

  /**
   * Starts everything as {@link #start(Path, Optional, boolean, Duration)} does, with extra environment
   * variables per service (e.g. {@code "ingest-service" -> {INGEST_WORKER_FIRST_BACKOFF=200ms}}), which
   * win over the cluster's own; they stay in force when a service is restarted.
   */
  public static LocalCluster start(Path root, Optional<Path> dataDir, boolean fixedPorts, Duration readyTimeout,
      Map<String, Map<String, String>> extraEnv) throws IOException, InterruptedException {
    return start(root, dataDir, fixedPorts, readyTimeout, extraEnv, Map.of());
  }

  /** As above, with settings of the embedded PostgreSQL server (e.g. shared_preload_libraries). */
  public static LocalCluster start(Path root, Optional<Path> dataDir, boolean fixedPorts, Duration readyTimeout,
      Map<String, Map<String, String>> extraEnv, Map<String, String> postgresSettings) throws IOException, InterruptedException {
    for (String s : SERVICES) {
      Path jar = root.resolve(s).resolve("target/quarkus-app/quarkus-run.jar");
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests package");
      }
    }
    Map<String, Ports> ports = new LinkedHashMap<>();
    for (String s : SERVICES) {
      int[] defaults = switch (s) {
        case "gateway" -> new int[] {8080, 9000};
        case "ingest-service" -> new int[] {8081, 9001};
        case "extract-service" -> new int[] {8082, 9002};
        default -> new int[] {8083, 9003};
      };
      ports.put(s, fixedPorts ? new Ports(defaults[0], defaults[1]) : new Ports(freePort(), freePort()));
    }
    Path logDir = dataDir.map(d -> d.resolveSibling("logs")).orElse(Files.createTempDirectory("claimwatch-logs"));
    Files.createDirectories(logDir);
    LocalPostgres pg = LocalPostgres.startOrConnect(dataDir, 0, postgresSettings);
    LocalCluster cluster = new LocalCluster(root, logDir, pg, ports, Map.copyOf(extraEnv));
    try {
      for (String s : SERVICES) {
        cluster.launch(s);
      }
      cluster.awaitReady(readyTimeout);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * Each service's heap, unless its extra environment gives {@link #JVM_OPTIONS}: a fixed 256 MB (four share one
   * laptop-sized machine; the largest live set, extract-service's, is under 60 MB), committed and touched at start-up,
   * so that the RSS does not creep as the serial collector's old generation fills toward a full collection (a heap
   * that starts at the JVM's default of 1/64 of the machine's memory touches its pages one by one over hours); the
   * C library's free native memory (the JIT's compiler arenas) handed back every minute (a JDK 17 before 17.0.9 has
   * no TrimNativeHeapInterval: it then starts without it rather than not at all). benchmarks/README.md, Memory.
   */
  static final List<String> DEFAULT_HEAP_OPTIONS = List.of("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch",
      "-XX:+UseSerialGC", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:TrimNativeHeapInterval=60000");

  static List<String> heapOptions(Map<String, String> serviceEnv) {
    String given = serviceEnv.get(JVM_OPTIONS);
    if (given != null && !given.isBlank()) {
      return List.of(given.trim().split("\\s+"));
    }
    return DEFAULT_HEAP_OPTIONS;
  }

  private void launch(String service) throws IOException {
    Ports p = ports.get(service);
    // Out of memory, a service exits (and shows as dead) instead of limping on.
    List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-XX:+ExitOnOutOfMemoryError"));
    cmd.addAll(heapOptions(extraEnv.getOrDefault(service, Map.of())));
    // Each collection's heap after it, for the benchmarks' memory figures (GcLog); a few hundred bytes a collection.
    cmd.add(GcLog.option(gcLog(service)));
    cmd.add("-jar");
    cmd.add(root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar").toString());
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Map<String, String> env = pb.environment();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(p.http()));
    env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(p.management()));
    // One machine: every service listens on the loopback interface only, and calls the others with service tokens.
    env.put("QUARKUS_HTTP_HOST", LOOPBACK);
    env.put("QUARKUS_MANAGEMENT_HOST", LOOPBACK);
    env.put("CLAIMWATCH_SERVICE_TOKEN_KEY", serviceTokenKey);
    String database = switch (service) {
      case "ingest-service" -> "ingest";
      case "claims-service" -> "claims";
      default -> null;
    };
    if (database != null) {
      env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.database(database));
      env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
      env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
    }
    for (String client : List.of("extract", "claims", "ingest")) {
      String target = client.equals("extract") ? "extract-service" : client.equals("claims") ? "claims-service" : "ingest-service";
      env.put("QUARKUS_GRPC_CLIENTS_" + client.toUpperCase() + "_HOST", LOOPBACK);
      env.put("QUARKUS_GRPC_CLIENTS_" + client.toUpperCase() + "_PORT", Integer.toString(ports.get(target).http()));
    }
    if (service.equals("gateway")) {
      // The gateway stores keys only as SHA-256 hashes; the key itself stays in this process.
      env.put("GATEWAY_AUTH_KEYS", "admin:" + sha256(adminKey) + ":read+write+admin");
      env.put("GATEWAY_PAGE_TOKEN_KEY", pageTokenKey);
    }
    extraEnv.getOrDefault(service, Map.of()).forEach((name, value) -> {
      if (!name.equals(JVM_OPTIONS)) {
        env.put(name, value);
      }
    });
    pb.redirectErrorStream(true);
    // Appended, so a restarted service's log follows the one of the process before it.
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(service + ".log").toFile()));
    processes.put(service, pb.start());
  }

  private void awaitReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    for (String s : SERVICES) {
      URI ready = URI.create("http://" + LOOPBACK + ":" + ports.get(s).management() + "/q/health/ready");
      // Readiness is a service's own; the whole system is up when each one also reaches its backends (the
      // dependencies health group, which also makes its gRPC channels reconnect after a backend restarted).
      URI connected = URI.create("http://" + LOOPBACK + ":" + ports.get(s).management() + "/q/health/group/dependencies");
      while (true) {
        Process proc = processes.get(s);
        if (!proc.isAlive()) {
          throw new IllegalStateException(s + " exited with code " + proc.exitValue() + "; see " + logDir.resolve(s + ".log"));
        }
        if (status(ready) == 200 && status(connected) == 200) {
          break;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(s + " was not ready within " + timeout + "; see " + logDir.resolve(s + ".log"));
        }
        Thread.sleep(200);
      }
    }
  }

  private int status(URI uri) throws InterruptedException {
    try {
      return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    }
  }

  public URI gatewayUrl() {
    return URI.create("http://" + LOOPBACK + ":" + ports.get("gateway").http());
  }

  /** The user and password of the cluster's PostgreSQL. */
  public String databaseUser() {
    return postgres.user();
  }

  public String databasePassword() {
    return postgres.password();
  }

  /** The key of the service tokens the services sign and check (CLAIMWATCH_SERVICE_TOKEN_KEY). */
  public String serviceTokenKey() {
    return serviceTokenKey;
  }

  /** The API key with the scopes read, write and admin. */
  public String adminKey() {
    return adminKey;
  }

  /** A client of the gateway that sends the admin key. */
  public GatewayClient gateway() {
    return new GatewayClient(gatewayUrl(), adminKey);
  }

  static String newKey() {
    byte[] b = new byte[24];
    new java.security.SecureRandom().nextBytes(b);
    return "cw_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String sha256(String s) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Ports ports(String service) {
    return ports.get(service);
  }

  public Path logDir() {
    return logDir;
  }

  /** The service's garbage-collection log (GcLog reads it); rewritten when the service starts. */
  public Path gcLog(String service) {
    return logDir.resolve(service + "-gc.log");
  }

  /** The JDBC URL of a service's database (e.g. "ingest"), on the cluster's PostgreSQL. */
  public String databaseUrl(String name) {
    return postgres.database(name);
  }

  /** The process of a service, e.g. to read its resident memory. */
  public ProcessHandle process(String service) {
    return processes.get(service).toHandle();
  }

  /** Stops one service (as a crash would, with {@code forcibly}) and starts it again. */
  public void restart(String service, boolean forcibly, Duration readyTimeout) throws IOException, InterruptedException {
    Process p = processes.get(service);
    if (forcibly) {
      p.destroyForcibly();
    } else {
      p.destroy();
    }
    p.waitFor();
    launch(service);
    awaitReady(readyTimeout);
  }

  /**
   * A gRPC client interceptor that calls the cluster's backends as {@code caller} would ("gateway" for ingest- and
   * claims-service, "ingest-service" for extract- and claims-service): with its service token and the message limits.
   */
  public io.claimwatch.proto.ServiceCallInterceptor serviceCredentials(String caller) {
    java.time.Clock clock = java.time.Clock.systemUTC();
    return new io.claimwatch.proto.ServiceCallInterceptor(new io.claimwatch.proto.ServiceTokens(serviceTokenKey, clock), caller, clock);
  }

  /** Stops one service as Kubernetes would (SIGTERM, then its shutdown), waits until it is gone and returns its exit code. */
  public int terminate(String service, Duration grace) throws InterruptedException {
    Process p = processes.get(service);
    p.destroy();
    if (!p.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      p.waitFor();
      throw new IllegalStateException(service + " did not stop within " + grace + " of SIGTERM (killed)");
    }
    return p.exitValue();
  }

  /** Restarts the cluster's PostgreSQL (stopped, down for {@code down}, started again on the same data and port). */
  public void restartPostgres(Duration down) throws InterruptedException {
    postgres.restart(down);
  }

  /** Kills one service as a crash would (SIGKILL: no shutdown hooks, no draining) and waits until it is gone. */
  public void kill(String service) throws InterruptedException {
    Process p = processes.get(service);
    p.destroyForcibly();
    p.waitFor();
  }

  /** Starts again a service that was {@link #kill killed} and waits until it is ready. */
  public void startAgain(String service, Duration readyTimeout) throws IOException, InterruptedException {
    if (processes.get(service).isAlive()) {
      throw new IllegalStateException(service + " is still running");
    }
    launch(service);
    awaitReady(readyTimeout);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // called from the hook itself: nothing to remove
    }
    List<String> reverse = new ArrayList<>(processes.keySet());
    java.util.Collections.reverse(reverse);
    for (String s : reverse) {
      processes.get(s).destroy();
    }
    for (String s : reverse) {
      try {
        Process p = processes.get(s);
        if (!p.waitFor(25, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    postgres.close();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * A port free now, below the kernel's ephemeral range (32768 and up): a port the kernel hands out for bind(0) or
   * an outgoing connection (PostgreSQL's own, a client's, an exporter's) could be taken again before the service
   * binds it; one picked at random in 20000-31999 (clear of the services' fixed ports) will not be.
   */
  private static int freePort() throws IOException {
    for (int i = 0; i < 100; i++) {
      int port = 20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12000);
      try (ServerSocket s = new ServerSocket(port)) {
        s.setReuseAddress(true);
        return s.getLocalPort();
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IOException("no free port found in 20000-31999");
  }
}
