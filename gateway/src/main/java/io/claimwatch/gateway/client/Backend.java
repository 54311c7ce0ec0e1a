package io.claimwatch.gateway.client;

/** The services the gateway calls; each has its own limit of calls in flight ({@link BackendLimits}). */
public enum Backend {
  INGEST,
  CLAIMS;

  /** The name in metrics' {@code backend} tag and in messages. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
