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

  /**
   * Replaces every claim of several articles (distinct ids), as {@link #replaceArticleClaims} does for
   * one, each article's grouping given the same group index in turn. An implementation over a database
   * does it in one transaction, taking the grouping lock once; this default does one article after the other.
   *
   * @return each article's claims as stored, in the order of the ids
   */
  default List<List<Claim>> replaceArticlesClaims(List<String> articleIds, List<Function<GroupIndex, List<Claim>>> groupings) {
    List<List<Claim>> out = new java.util.ArrayList<>();
    for (int i = 0; i < articleIds.size(); i++) {
      out.add(replaceArticleClaims(articleIds.get(i), groupings.get(i)));
    }
    return out;
  }

  /** A write's claims as stored, and the latest claims of the groups they joined as the write left them. */
  record Written(List<List<Claim>> stored, java.util.Map<String, List<Claim>> recent) {}

  /**
   * {@link #replaceArticlesClaims}, and then {@link #recentGroupsClaims} (at most {@code limit} a group) of the groups
   * the stored claims joined: the judgment of the new claims reads them. A store that computes them in the write gives
   * them as its transaction left them and spares the second read; this default reads them after the write.
   */
  default Written replaceArticlesClaimsAndRecent(List<String> articleIds, List<Function<GroupIndex, List<Claim>>> groupings,
      int limit) {
    List<List<Claim>> stored = replaceArticlesClaims(articleIds, groupings);
    java.util.Set<String> groups = stored.stream().flatMap(List::stream).map(Claim::groupId)
        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    return new Written(stored, groups.isEmpty() ? java.util.Map.of() : recentGroupsClaims(groups, limit));
  }

  Optional<Claim> get(String id);

  /**
   * Claims in the given order after the given position.
   *
   * @param articleId null for all articles
   * @param after null to start at the beginning
   */
  List<Claim> list(String articleId, ClaimFilter filter, ClaimOrder order, PageToken.Position after, int limit);

  Optional<ClaimGroup> group(String id);

  /**
   * A stretch of a group's timeline ({@link Agreement#ORDER}): at most {@code limit} claims from
   * {@code from} on, {@code from} itself included when it is still there (null: from the start). A
   * read through an index, bounded whatever the group's size.
   */
  List<Claim> timeline(String groupId, PageToken.TimelinePosition from, int limit);

  /**
   * The group's latest claims: those of the newest date they hold at, or the undated ones when none
   * is dated; at most {@code limit}, in timeline order.
   */
  List<Claim> latestClaims(String groupId, int limit);

  /**
   * The group's most recently stored claims, newest first, at most {@code limit} and at most the
   * {@link ClaimService#CONFLICT_WINDOW} the store keeps per group: a read bounded whatever the group's size. A store
   * may give only the fields {@link Agreement} judges by (id, article, ordinal, bounds, hedge, when it holds).
   */
  List<Claim> recentGroupClaims(String groupId, int limit);

  /** {@link #recentGroupClaims} of several groups; the store may read them in one query. */
  default java.util.Map<String, List<Claim>> recentGroupsClaims(java.util.Collection<String> groupIds, int limit) {
    java.util.Map<String, List<Claim>> out = new java.util.HashMap<>();
    groupIds.forEach(g -> out.put(g, recentGroupClaims(g, limit)));
    return out;
  }

  /** Groups, most recently changed first ({@link ClaimGroup#recency}), after the given (recency, id) position (null: from the start). */
  List<ClaimGroup> listGroups(Instant afterRecency, String afterId, int limit);

  /** Other groups whose key is compatible with this one: the same kind of quantity, another scope. */
  List<ClaimGroup> compatibleGroups(QuantityKey key, int limit);
}
