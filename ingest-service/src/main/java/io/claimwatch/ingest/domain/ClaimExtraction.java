package io.claimwatch.ingest.domain;

/**
 * Runs extraction on an article and stores its claims (replacing any earlier ones). Must be
 * idempotent: the worker calls it at least once per article.
 */
public interface ClaimExtraction {

  /**
   * @return the number of claims stored
   * @throws DomainException.DependencyUnavailable when extract- or claims-service cannot be reached
   *     now (the worker retries later); any other exception also counts as a failed attempt
   */
  int extractAndStore(Article article);
}
