package io.claimwatch.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** A test double of the store: claims and groups in maps, the same order and filter semantics as the SQL. */
final class InMemoryClaimStore implements ClaimStore {

  final TreeMap<String, List<Claim>> byArticle = new TreeMap<>();
  private final InMemoryGroupIndex index = new InMemoryGroupIndex();
  private final Map<String, ClaimGroup> groups = new LinkedHashMap<>();
  private long clock;

  @Override
  public List<Claim> replaceArticleClaims(String articleId, Function<GroupIndex, List<Claim>> grouping) {
    List<Claim> claims = grouping.apply(new GroupIndex() {
      @Override
      public List<Candidate> candidates(QuantityKey key, double low, double high) {
        return index.candidates(key, low, high);
      }

      @Override
      public void create(String id, QuantityKey key, double low, double high) {
        index.create(id, key, low, high);
        Instant t = Instant.ofEpochSecond(++clock);
        groups.put(id, new ClaimGroup(id, key, t, t, 0, 0));
      }

      @Override
      public void join(String id, QuantityKey refinedKey, double low, double high) {
        index.join(id, refinedKey, low, high);
        ClaimGroup g = groups.get(id);
        groups.put(id, new ClaimGroup(id, refinedKey, g.createTime(), Instant.ofEpochSecond(++clock), 0, 0));
      }
    });
    byArticle.put(articleId, List.copyOf(claims));
    return claims;
  }

  @Override
  public Optional<Claim> get(String id) {
    return byArticle.values().stream().flatMap(List::stream).filter(c -> c.id().equals(id)).findFirst();
  }

  @Override
  public List<Claim> list(String articleId, ClaimFilter filter, ClaimOrder order, PageToken.Position after, int limit) {
    Comparator<Claim> byArticle = Comparator.comparing(Claim::articleId).thenComparingInt(Claim::ordinal);
    Comparator<Claim> cmp = order == ClaimOrder.ARTICLE ? byArticle
        : Comparator.comparing(InMemoryClaimStore::published).thenComparing(byArticle).reversed();
    Claim last = after == null ? null : new Claim(null, after.articleId(), after.ordinal(), "q", 0, 0, null, null,
        Hedge.EXACT, "", "", "", null, null, null, null, Modality.ASSERTED, after.published().isEmpty() ? null : after.published(),
        "", null, null, "", null, null);
    List<Claim> out = new ArrayList<>();
    this.byArticle.values().stream().flatMap(List::stream)
        .filter(c -> articleId == null || c.articleId().equals(articleId))
        .filter(c -> last == null || cmp.compare(c, last) > 0)
        .filter(filter::matches)
        .sorted(cmp)
        .limit(limit).forEach(out::add);
    return out;
  }

  private static String published(Claim c) {
    return c.publicationDate() == null ? "" : c.publicationDate();
  }

  @Override
  public Optional<ClaimGroup> group(String id) {
    return Optional.ofNullable(groups.get(id)).map(this::counted);
  }

  List<Claim> groupClaims(String groupId) {
    return byArticle.values().stream().flatMap(List::stream).filter(c -> groupId.equals(c.groupId())).toList();
  }

  @Override
  public List<Claim> timeline(String groupId, PageToken.TimelinePosition from, int limit) {
    List<Claim> all = groupClaims(groupId).stream().sorted(Agreement.ORDER).toList();
    int start = 0;
    if (from != null) {
      Claim at = new Claim(null, from.articleId(), from.ordinal(), "q", 0, 0, null, null, Hedge.EXACT, "", "", "", null,
          from.holds(), null, null, Modality.ASSERTED, null, "", null, null, "", null, null);
      while (start < all.size() && Agreement.ORDER.compare(all.get(start), at) < 0) {
        start++;
      }
    }
    return all.subList(start, Math.min(all.size(), start + limit));
  }

  @Override
  public List<Claim> latestClaims(String groupId, int limit) {
    List<Claim> all = groupClaims(groupId).stream().sorted(Agreement.ORDER).toList();
    String newest = all.stream().map(Agreement::when).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    return all.stream().filter(c -> java.util.Objects.equals(Agreement.when(c), newest)).limit(limit).toList();
  }

  @Override
  public List<Claim> recentGroupClaims(String groupId, int limit) {
    List<Claim> all = new java.util.ArrayList<>(groupClaims(groupId));
    java.util.Collections.reverse(all);
    return all.subList(0, Math.min(limit, all.size()));
  }

  @Override
  public List<ClaimGroup> listGroups(Instant afterUpdateTime, String afterId, int limit) {
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
    List<Claim> members = groupClaims(g.id());
    return new ClaimGroup(g.id(), g.key(), g.createTime(), g.updateTime(), members.size(),
        (int) members.stream().map(c -> c.originId() != null ? c.originId() : c.articleId()).distinct().count());
  }
}
