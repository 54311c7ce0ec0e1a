package io.claimwatch.claims.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Where claims are kept. Implementations are transactional per call. */
public interface ClaimStore {

  /**
   * Replaces every claim of the article, atomically: {@code grouping} is given the group index of
   * the same transaction (writes that group are serialised) and returns the claims to store, grouped.
   *
   * @return the claims as stored
   */
  List<Claim> replaceArticleClaims(String articleId, Function<GroupIndex, List<Claim>> grouping);

  Optional<Claim> get(String id);

  /**
   * Claims in the given order after the given position.
   *
   * @param articleId null for all articles
   * @param after null to start at the beginning
   */
  List<Claim> list(String articleId, ClaimFilter filter, ClaimOrder order, PageToken.Position after, int limit);

  Optional<ClaimGroup> group(String id);

  /** The claims of a group, in (article, ordinal) order. */
  List<Claim> groupClaims(String groupId);

  /** The group's most recently stored claims, at most {@code limit}, newest first: a read bounded whatever the group's size. */
  List<Claim> recentGroupClaims(String groupId, int limit);

  /** Groups, most recently changed first, after the given (updateTime, id) position (null: from the start). */
  List<ClaimGroup> listGroups(Instant afterUpdateTime, String afterId, int limit);

  /** Other groups whose key is compatible with this one: the same kind of quantity, another scope. */
  List<ClaimGroup> compatibleGroups(QuantityKey key, int limit);
}
