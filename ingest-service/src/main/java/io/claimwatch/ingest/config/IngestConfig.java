package io.claimwatch.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The ingest-service's settings (prefix {@code ingest}; env vars INGEST_...). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

  /** The largest document accepted, in bytes. */
  @WithDefault("5242880")
  int maxContentBytes();

  /**
   * The CPU time cleaning one document may take; past it the document is refused with INVALID_ARGUMENT
   * ARTICLE_TOO_COMPLEX.
   */
  @WithDefault("2s")
  Duration cleanCpuBudget();

  /**
   * The time on the clock cleaning one document may take (below the gateway's deadline for the call);
   * past it the document is refused with RESOURCE_EXHAUSTED INGEST_BUSY (retry later), nothing stored.
   */
  @WithDefault("3s")
  Duration cleanWallBudget();

  /** The deadline of each call to extract- and claims-service. */
  @WithDefault("20s")
  Duration clientDeadline();

  /**
   * The estimated Jaccard similarity (of 5-word shingles of the clean text) from which a new article is
   * linked as a reprint of a stored one.
   */
  @WithDefault("0.7")
  double reprintThreshold();

  /**
   * From this many pending articles (waiting for or in extraction) new documents are refused with
   * RESOURCE_EXHAUSTED (reason INGEST_QUEUE_FULL); 0 for no limit.
   */
  @WithDefault("100000")
  long maxQueueDepth();

  /**
   * When a new article would wait longer than this for a worker (how far behind the queue's head is,
   * over how fast the workers move it), new documents are refused with RESOURCE_EXHAUSTED (reason
   * INGEST_QUEUE_BEHIND; the gateway answers 429 with Retry-After) rather than taken in and left
   * waiting; 0 for no bound.
   */
  @WithDefault("30s")
  Duration maxQueueLag();

  /** The extraction workers. */
  Worker worker();

  /** How articles are driven through extraction. */
  interface Worker {
    /** Worker threads per replica; 0 turns extraction off in this replica. */
    @WithDefault("2")
    int threads();

    /**
     * Articles one worker leases at once: it tells their languages, extracts them concurrently and
     * stores their claims in one call to claims-service.
     */
    @WithDefault("32")
    int batch();

    /**
     * ExtractClaims calls in flight at once from all workers of a replica: about extract-service's cores.
     * Extraction is CPU-bound; more calls only queue there, and where services share a machine they take
     * the CPU that intake needs to answer in time.
     */
    @WithDefault("4")
    int extractionsInFlight();

    /** How long a worker waits before looking again when the queue is empty. */
    @WithDefault("200ms")
    Duration pollInterval();

    /** How long an article is leased to a worker before another may take it over. */
    @WithDefault("60s")
    Duration lease();

    /** The wait after the first failed attempt; it doubles each attempt. */
    @WithDefault("1s")
    Duration firstBackoff();

    /** The longest wait between attempts. */
    @WithDefault("5m")
    Duration maxBackoff();

    /** Attempts before an article is marked FAILED. */
    @WithDefault("12")
    int maxAttempts();

    /**
     * At shutdown, how long the workers may finish the articles they hold; what is left then is handed back
     * to the queue, due now. With quarkus.shutdown.timeout (20s) it stays within the pod's grace period (30s).
     */
    @WithDefault("5s")
    Duration drain();
  }
}
