package io.claimwatch.claims.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored quantitative claim. Dates are ISO strings that may be partial ("2024", "2024-08",
 * "2024-08-06"), so that they sort as text; null where unknown. Offsets are in Unicode code points
 * of the article's clean text.
 *
 * @param id the claim's id (the last part of "claims/{id}"); null before it is stored
 * @param originId the article the claim's article reprints, or its own id when it is an origin
 * @param outlet the host that published the article; empty when unknown
 * @param key what the claim counts, normalised for grouping; null before it is grouped
 * @param createTime null before it is stored
 */
public record Claim(
    String id,
    String articleId,
    int ordinal,
    String quote,
    int quoteStart,
    int quoteEnd,
    BigDecimal low,
    BigDecimal high,
    Hedge hedge,
    String unit,
    String numberText,
    String counted,
    String claimant,
    String eventStart,
    String eventEnd,
    String statementDate,
    Modality modality,
    String publicationDate,
    String extractorVersion,
    String groupId,
    String originId,
    String outlet,
    QuantityKey key,
    Instant createTime) {

  public Claim {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(hedge, "hedge");
    Objects.requireNonNull(modality, "modality");
    unit = unit == null ? "" : unit;
    numberText = numberText == null ? "" : numberText;
    counted = counted == null ? "" : counted;
    extractorVersion = extractorVersion == null ? "" : extractorVersion;
    outlet = outlet == null ? "" : outlet;
  }

  /** The same claim as stored: with its id, article, place in the article, source and creation time. */
  public Claim stored(String newId, String newArticleId, int newOrdinal, String newOriginId, String newOutlet, Instant time) {
    return new Claim(newId, newArticleId, newOrdinal, quote, quoteStart, quoteEnd, low, high, hedge, unit,
        numberText, counted, claimant, eventStart, eventEnd, statementDate, modality, publicationDate,
        extractorVersion, groupId, newOriginId, newOutlet, key, time);
  }

  /** The same claim with its normalised key and its group (null when it is not grouped). */
  public Claim grouped(QuantityKey newKey, String newGroupId) {
    return new Claim(id, articleId, ordinal, quote, quoteStart, quoteEnd, low, high, hedge, unit,
        numberText, counted, claimant, eventStart, eventEnd, statementDate, modality, publicationDate,
        extractorVersion, newGroupId, originId, outlet, newKey, createTime);
  }
}
