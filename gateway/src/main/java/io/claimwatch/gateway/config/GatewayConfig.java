package io.claimwatch.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The gateway's settings (application.properties; env vars such as GATEWAY_AUTH_KEYS in a cluster). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

  /** Each backend call's deadline; with one retry it stays below {@link #requestTimeout()}. */
  @WithDefault("4s")
  Duration backendDeadline();

  /**
   * What a write's deadline grows by for each MiB it sends (a batch of large articles takes ingest longer to clean and
   * store); the deadline stays under {@link #requestTimeout()}.
   */
  @WithDefault("500ms")
  Duration writeDeadlinePerMib();

  /** What the gateway promises a caller at most for one non-streaming call. */
  @WithDefault("10s")
  Duration requestTimeout();

  BackendLimit backendLimit();

  Auth auth();

  /** Key of the page tokens' HMAC (at least 16 bytes); shared by every replica. Absent: a random one per process. */
  Optional<String> pageTokenKey();

  RateLimit rateLimit();

  Limits limits();

  Watch watch();

  WarmStart warmStart();

  /** The warm start before readiness ({@link io.claimwatch.gateway.config.WarmStart}). */
  interface WarmStart {
    /** Rounds of the reads clients send (13 each); 0 turns the warm start off. */
    @WithDefault("50")
    int rounds();

    /** The longest the warm start holds readiness back. */
    @WithDefault("30s")
    Duration maxDuration();
  }

  /**
   * Calls in flight to each backend: an adaptive limit between these bounds; a call over it is answered 429
   * BACKEND_BUSY at once rather than queued past its deadline.
   */
  interface BackendLimit {
    /** The floor the limit falls to while latency climbs. */
    @WithDefault("20")
    int minInFlight();

    /** The ceiling, and the limit at start: a healthy backend takes a burst this size (more than the 200 watchers). */
    @WithDefault("256")
    int maxInFlight();

    /**
     * A call slower than this lowers the limit by a tenth, whatever the backend's recent level: a backend that stays
     * slow is answered 429 at once rather than 504 once the deadline has passed.
     */
    @WithDefault("1s")
    Duration latencyCeiling();
  }

  /** API keys and who may read without one. */
  interface Auth {
    /** Entries {@code name:sha256hex:read+write+admin} (GATEWAY_AUTH_KEYS, comma-separated; e.g. from a Secret). */
    Optional<List<String>> keys();

    /** A file of such entries, one per line: a Kubernetes Secret mounted as a volume. */
    Optional<Path> keysFile();

    /** Whether GET calls work without a key. Writes never do. */
    @WithDefault("false")
    boolean anonymousRead();
  }

  /** Token buckets per caller, one per scope. */
  interface RateLimit {
    Bucket read();

    Bucket write();

    Bucket admin();

    /**
     * The most buckets kept in memory (a caller has one per scope it used). A bucket idle long enough to be full again
     * is dropped anyway; past this bound the least recently used go first, and such a caller starts again full.
     */
    @WithDefault("100000")
    long maxBuckets();

    /** A bucket: {@code per-second} tokens refill each second up to {@code burst}; 0 per second turns it off. */
    interface Bucket {
      double perSecond();

      int burst();
    }
  }

  /** Request size limits the gateway answers in its own error body. */
  interface Limits {
    /** The longest request line (method, path and query). */
    @WithDefault("8192")
    int maxRequestLineBytes();

    /** The largest sum of header names and values. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /**
     * The bytes of request bodies read at once (Content-Length; a chunked body counts as the size limit): past it a
     * request is answered 429 GATEWAY_BUSY before its body is read (one request alone always passes). Each body is
     * held several times over while it is parsed and sent on: 32 MiB of bodies take about 150 MB of heap at the most.
     */
    @WithDefault("33554432")
    long bodyBytesInFlight();
  }

  /** The watch stream. */
  interface Watch {
    @WithDefault("5")
    int maxPerCaller();

    @WithDefault("200")
    int maxTotal();

    /** Events held for one slow client before it is dropped with a final error event. */
    @WithDefault("256")
    int buffer();

    @WithDefault("15s")
    Duration heartbeat();

    /** How long a dropped or closed stream's events are kept for a client that resumes with Last-Event-ID. */
    @WithDefault("60s")
    Duration resumeWindow();
  }
}
