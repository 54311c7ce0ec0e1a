package io.claimwatch.ingest.domain;

/**
 * Runs extraction on an article and stores its claims (replacing any earlier ones). Must be
 * idempotent: the worker calls it at least once per article.
 */
public interface ClaimExtraction {

  /** What one extraction stored: how many claims, and the version of the extractor that found them. */
  record Outcome(int claimCount, String extractorVersion) {}

  /**
   * @return the number of claims stored and the extractor's version
   * @throws DomainException.DependencyUnavailable when extract- or claims-service cannot be reached
   *     now (the worker retries later); any other exception also counts as a failed attempt
   */
  Outcome extractAndStore(Article article);
}
