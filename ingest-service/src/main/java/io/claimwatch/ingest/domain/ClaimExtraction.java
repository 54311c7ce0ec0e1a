package io.claimwatch.ingest.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs extraction on an article and stores its claims (replacing any earlier ones). Must be
 * idempotent: the worker calls it at least once per article.
 */
public interface ClaimExtraction {

  /** What one extraction stored: how many claims, and the version of the extractor that found them. */
  record Outcome(int claimCount, String extractorVersion) {}

  /** What became of one article of a batch: its outcome, or the error of its attempt. */
  record Result(Outcome outcome, RuntimeException error) {}

  /**
   * @return the number of claims stored and the extractor's version
   * @throws DomainException.DependencyUnavailable when extract- or claims-service cannot be reached
   *     now (the worker retries later); any other exception also counts as a failed attempt
   */
  Outcome extractAndStore(Article article);

  /**
   * Extracts and stores several articles, one result per article in the same order; an article's
   * failure fails only its own attempt. This default does them one after the other; an implementation
   * over the network extracts them concurrently and stores their claims in one call.
   */
  default List<Result> extractAndStoreAll(List<Article> articles) {
    List<Result> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      try {
        out.add(new Result(extractAndStore(a), null));
      } catch (RuntimeException e) {
        out.add(new Result(null, e));
      }
    }
    return out;
  }
}
