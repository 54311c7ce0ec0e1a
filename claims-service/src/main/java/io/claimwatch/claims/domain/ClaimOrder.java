package io.claimwatch.claims.domain;

import java.util.Locale;

/** The orders a claim list comes in. */
public enum ClaimOrder {
  /** By article, then place in the article (the default). */
  ARTICLE,
  /** Newest publication first (undated last), then by article and place, both descending. */
  PUBLISHED_DESC;

  /** "" (by article) or "publication_date desc". */
  public static ClaimOrder parse(String orderBy) {
    String o = orderBy == null ? "" : orderBy.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (o) {
      case "" -> ARTICLE;
      case "publication_date desc" -> PUBLISHED_DESC;
      default -> throw new DomainException.InvalidInput("INVALID_ORDER_BY",
          "order_by is empty (by article and place) or \"publication_date desc\", not '" + orderBy + "'");
    };
  }
}
