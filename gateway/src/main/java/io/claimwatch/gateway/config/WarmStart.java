package io.claimwatch.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.gateway.domain.ApiKeys;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * The warm start: before this instance says it is ready, it sends the reads clients send (claims with each kind of
 * filter, groups, the first group, a claim, articles, an article) to its own HTTP port, through the whole edge (the
 * API key check, the rate limit, the backend limit, the gRPC calls, the JSON), {@code rounds} times or until
 * {@code max-duration} has passed, once its backends answer health. A new gateway otherwise meets its first reads with
 * code the JIT has not compiled, and under a full share of queries beside the posting answered 504 for a few seconds
 * (benchmarks/README.md, "End to end"). The reads carry a key made for them when the process starts (32 random bytes,
 * scope read, name {@value #KEY_NAME}), which is kept only in this process's memory. Readiness is DOWN
 * ({@code warm-start: warming}) until the rounds end; a read that fails is counted and the rounds go on, and readiness
 * never waits past {@code max-duration}. The reads count in the request metrics as any request does.
 */
@Readiness
@HealthGroup("warm-start")
@ApplicationScoped
public class WarmStart implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(WarmStart.class);

  /** The name of the warm start's own API key (in logs and rate-limit buckets). */
  public static final String KEY_NAME = "warm-start";

  /** The filters clients send, one of each kind of term. */
  static final List<String> FILTERS = List.of("", "hedge=AT_LEAST", "counted:\"people\"", "quote:\"said\"",
      "claimant:\"police\"", "value>=100", "published>=2000-01-01");

  /**
   * What a finished warm start did, for readiness and the log: its reads by HTTP status (0: no answer), and how many
   * did not answer 200.
   */
  public record Result(int rounds, int reads, int failed, Map<Integer, Integer> statuses, long millis, boolean timedOut) {}

  private final String key;
  private final int rounds;
  private final Duration maxDuration;
  private final double readsPerSecond;
  private final int port;
  private final DependenciesHealth dependencies;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicReference<Result> done = new AtomicReference<>();

  @jakarta.inject.Inject
  WarmStart(GatewayConfig config, @ConfigProperty(name = "quarkus.http.port") int port,
      @ConfigProperty(name = "quarkus.http.test-port") int testPort, @Readiness DependenciesHealth dependencies) {
    this(config.warmStart().rounds(), config.warmStart().maxDuration(), config.rateLimit().read().perSecond(), port, testPort,
        dependencies);
  }

  WarmStart(int rounds, Duration maxDuration, double readPerSecond, int port, int testPort, DependenciesHealth dependencies) {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    this.rounds = rounds;
    this.maxDuration = maxDuration;
    // Half the read bucket's rate, so that the warm start is never answered 429 by its own rate limit.
    this.readsPerSecond = Math.max(1, readPerSecond / 2);
    this.port = LaunchMode.current() == LaunchMode.TEST ? testPort : port;
    this.dependencies = dependencies;
  }

  /** The API key entry ({@code name:sha256hex:read}) of the warm start's own key, for {@link ApiKeys}. */
  String apiKeyEntry() {
    return KEY_NAME + ":" + ApiKeys.hash(key) + ":read";
  }

  void onStart(@Observes StartupEvent start) {
    if (rounds <= 0) {
      done.set(new Result(0, 0, 0, Map.of(), 0, false));
      return;
    }
    Thread t = new Thread(() -> {
      Result r = new Result(0, 0, 0, Map.of(), 0, false);
      try {
        r = run(rounds, maxDuration);
        LOG.infof("warm start: %d rounds, %d reads (by status %s) in %d ms%s", r.rounds(), r.reads(), r.statuses(),
            r.millis(), r.timedOut() ? " (stopped at gateway.warm-start.max-duration)" : "");
      } catch (RuntimeException e) {
        LOG.warn("warm start: stopped by an error; the gateway says it is ready without it", e);
      } finally {
        done.set(r); // readiness never waits on a warm start that failed
      }
    }, "warm-start");
    t.setDaemon(true);
    t.start();
  }

  /** Waits for the backends, then runs the reads {@code rounds} times or until {@code maxDuration}; never throws. */
  Result run(int rounds, Duration maxDuration) {
    long start = System.nanoTime();
    long stopAt = start + maxDuration.toNanos();
    long gapNanos = (long) (1e9 / readsPerSecond);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    Map<Integer, Integer> reads = new TreeMap<>();
    int round = 0;
    boolean timedOut = false;
    try {
      while (dependencies.call().getStatus() != HealthCheckResponse.Status.UP) {
        if (System.nanoTime() - stopAt > 0) {
          return new Result(0, 0, 0, Map.of(), (System.nanoTime() - start) / 1_000_000, true);
        }
        Thread.sleep(200);
      }
      for (; round < rounds; round++) {
        if (System.nanoTime() - stopAt > 0) {
          timedOut = true;
          break;
        }
        List<String> paths = new ArrayList<>();
        for (String f : FILTERS) {
          paths.add("/v1/articles/-/claims" + (f.isEmpty() ? "" : "?filter=" + URLEncoder.encode(f, StandardCharsets.UTF_8)));
        }
        JsonNode claims = null;
        for (String p : paths) {
          JsonNode page = get(http, p, reads, gapNanos);
          claims = claims == null ? page : claims;
        }
        JsonNode groups = get(http, "/v1/groups", reads, gapNanos);
        JsonNode articles = get(http, "/v1/articles?pageSize=10", reads, gapNanos);
        follow(http, groups, "groups", reads, gapNanos);
        follow(http, claims, "claims", reads, gapNanos);
        follow(http, articles, "articles", reads, gapNanos);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int all = reads.values().stream().mapToInt(Integer::intValue).sum();
    return new Result(round, all, all - reads.getOrDefault(200, 0), Map.copyOf(reads), (System.nanoTime() - start) / 1_000_000,
        timedOut);
  }

  /** Reads the first member of a list ({@code field} of the page, each with a "collection/id" name) by its id. */
  private void follow(HttpClient http, JsonNode page, String field, Map<Integer, Integer> reads, long gapNanos) throws InterruptedException {
    if (page != null && page.path(field).isArray() && !page.path(field).isEmpty()) {
      String name = page.path(field).get(0).path("name").asText("");
      if (name.startsWith(field + "/")) {
        get(http, "/v1/" + name, reads, gapNanos);
      }
    }
  }

  /** One read, counted by its status; its JSON body when it answered 200, else null. Paced at {@code gapNanos}. */
  private JsonNode get(HttpClient http, String path, Map<Integer, Integer> reads, long gapNanos) throws InterruptedException {
    long began = System.nanoTime();
    JsonNode body = null;
    int status = 0;
    try {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      status = r.statusCode();
      if (status == 200) {
        body = json.readTree(r.body());
      } else if (!reads.containsKey(status)) {
        LOG.warnf("warm start: GET %s answered %d (the warm start goes on)", path, status);
      }
    } catch (java.io.IOException e) {
      if (!reads.containsKey(0)) {
        LOG.warnf("warm start: GET %s failed (the warm start goes on): %s", path, e.toString());
      }
    }
    reads.merge(status, 1, Integer::sum);
    long left = gapNanos - (System.nanoTime() - began);
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
    return body;
  }

  @Override
  public HealthCheckResponse call() {
    Result r = done.get();
    HealthCheckResponseBuilder b = HealthCheckResponse.named("warm-start");
    if (r == null) {
      return b.down().withData("state", "warming").build();
    }
    return b.up().withData("rounds", r.rounds()).withData("reads", r.reads()).withData("failed", r.failed())
        .withData("statuses", r.statuses().toString()).withData("millis", r.millis()).build();
  }
}
