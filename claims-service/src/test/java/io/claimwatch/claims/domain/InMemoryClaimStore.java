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

  @Override
  public void replaceArticleClaims(String articleId, List<Claim> claims) {
    byArticle.put(articleId, List.copyOf(claims));
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
