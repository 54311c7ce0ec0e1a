package io.claimwatch.claims.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/** A test double of the store: claims in a map, the same order and filter semantics as the SQL. */
final class InMemoryClaimStore implements ClaimStore {

  final TreeMap<String, List<Claim>> byArticle = new TreeMap<>();
  final InMemoryGroupIndex index = new InMemoryGroupIndex();
  private final java.util.Map<String, ClaimGroup> groups = new java.util.LinkedHashMap<>();
  private long clock;

  @Override
  public List<Claim> replaceArticleClaims(String articleId, java.util.function.Function<GroupIndex, List<Claim>> grouping) {
    List<Claim> claims = grouping.apply(new GroupIndex() {
      @Override
      public List<Candidate> candidates(QuantityKey key, double value) {
        return index.candidates(key, value);
      }

      @Override
      public void create(String id, QuantityKey key, double value) {
        index.create(id, key, value);
        java.time.Instant t = java.time.Instant.ofEpochSecond(++clock);
        groups.put(id, new ClaimGroup(id, key, t, t, 0));
      }

      @Override
      public void join(String id, QuantityKey refinedKey, double value) {
        index.join(id, refinedKey, value);
        ClaimGroup g = groups.get(id);
        groups.put(id, new ClaimGroup(id, refinedKey, g.createTime(), java.time.Instant.ofEpochSecond(++clock), 0));
      }
    });
    byArticle.put(articleId, List.copyOf(claims));
    return claims;
  }

  @Override
  public Optional<ClaimGroup> group(String id) {
    return Optional.ofNullable(groups.get(id)).map(this::counted);
  }

  @Override
  public List<Claim> groupClaims(String groupId) {
    return byArticle.values().stream().flatMap(List::stream).filter(c -> groupId.equals(c.groupId())).toList();
  }

  @Override
  public List<ClaimGroup> listGroups(java.time.Instant afterUpdateTime, String afterId, int limit) {
    return groups.values().stream()
        .sorted(Comparator.comparing(ClaimGroup::updateTime).thenComparing(ClaimGroup::id).reversed())
        .filter(g -> afterUpdateTime == null || g.updateTime().isBefore(afterUpdateTime)
            || (g.updateTime().equals(afterUpdateTime) && g.id().compareTo(afterId) < 0))
        .limit(limit).map(this::counted).toList();
  }

  @Override
  public List<ClaimGroup> compatibleGroups(QuantityKey key, int limit) {
    return groups.values().stream().filter(g -> g.key().compatible(key)).limit(limit).map(this::counted).toList();
  }

  private ClaimGroup counted(ClaimGroup g) {
    return new ClaimGroup(g.id(), g.key(), g.createTime(), g.updateTime(), groupClaims(g.id()).size());
  }

  @Override
  public Optional<Claim> get(String id) {
    return byArticle.values().stream().flatMap(List::stream).filter(c -> c.id().equals(id)).findFirst();
  }

  @Override
  public List<Claim> list(String articleId, ClaimFilter filter, PageToken.Position after, int limit) {
    List<Claim> out = new ArrayList<>();
    byArticle.values().stream().flatMap(List::stream)
        .filter(c -> articleId == null || c.articleId().equals(articleId))
        .filter(c -> after == null || c.articleId().compareTo(after.articleId()) > 0
            || (c.articleId().equals(after.articleId()) && c.ordinal() > after.ordinal()))
        .filter(c -> filter.terms().stream().allMatch(t -> matches(c, t)))
        .sorted(Comparator.comparing(Claim::articleId).thenComparingInt(Claim::ordinal))
        .limit(limit).forEach(out::add);
    return out;
  }

  private static boolean matches(Claim c, ClaimFilter.Term t) {
    return switch (t.field()) {
      case HEDGE -> c.hedge().name().equals(t.text());
      case GROUP -> t.text().equals(c.groupId());
      case CLAIMANT -> text(c.claimant(), t);
      case COUNTED -> text(c.counted(), t);
      case QUOTE -> text(c.quote(), t);
      case VALUE -> t.op() == ClaimFilter.Op.AT_LEAST
          ? c.high() == null || c.high().compareTo(t.number()) >= 0
          : c.low() == null || c.low().compareTo(t.number()) <= 0;
    };
  }

  private static boolean text(String value, ClaimFilter.Term t) {
    if (value == null) {
      return false;
    }
    return t.op() == ClaimFilter.Op.EQUALS ? value.equals(t.text())
        : value.toLowerCase(Locale.ROOT).contains(t.text().toLowerCase(Locale.ROOT));
  }
}
