package io.claimwatch.claims.domain;

import java.util.List;
import java.util.Optional;

/** Where claims are kept. Implementations are transactional per call. */
public interface ClaimStore {

  /** Replaces every claim of the article with these (already named and numbered), atomically. */
  void replaceArticleClaims(String articleId, List<Claim> claims);

  Optional<Claim> get(String id);

  /**
   * Claims in (articleId, ordinal) order after the given position.
   *
   * @param articleId null for all articles
   * @param after null to start at the beginning
   */
  List<Claim> list(String articleId, ClaimFilter filter, PageToken.Position after, int limit);
}
