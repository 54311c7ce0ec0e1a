package io.claimwatch.ingest.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored article and where it is in the pipeline.
 *
 * @param byline the author or agency, or null
 * @param dating the trusted publication date (given by the client or detected), the date line as found
 *     and whether it is contradicted, and an inferred lower bound; {@link Dating#NONE} when nothing is known
 * @param language the detected language; null for articles stored before languages were detected
 * @param origin the article this one reprints, or null when it is an origin itself
 * @param sourceMap where the clean text came from in the submitted document ({@link SourceMap#EMPTY} if unknown)
 * @param failureReason why the last attempt failed (while retrying) or why it gave up (FAILED)
 */
public record Article(
    String id,
    String title,
    String byline,
    String sourceUrl,
    Dating dating,
    LanguageIdentifier.Detection language,
    Origin origin,
    SourceMap sourceMap,
    String cleanText,
    String contentType,
    long contentSizeBytes,
    State state,
    String failureReason,
    int claimCount,
    String extractorVersion,
    int attemptCount,
    Instant createTime,
    Instant updateTime) {

  /**
   * Where an article is in the pipeline. UNSUPPORTED: stored, never extracted (its language is not
   * English); it never enters the extraction queue.
   */
  public enum State { RECEIVED, EXTRACTING, DONE, FAILED, UNSUPPORTED }

  /**
   * The article a reprint or updated copy goes back to.
   *
   * @param id the origin's id: the first stored article of the group (never itself a reprint)
   * @param similarity the estimated Jaccard similarity to the stored article that matched
   */
  public record Origin(String id, double similarity) {}

  /** The trusted publication date, or null: the only date extraction may resolve against. */
  public LocalDate publicationDate() {
    return dating.publicationDate();
  }

  /** Where the trusted publication date came from ("client", "meta", "json-ld", "time", "dateline"), or null. */
  public String publicationDateSource() {
    return dating.publication() == null ? null : dating.publication().source().label();
  }

  /** The origin's id, or null when this article is an origin itself. */
  public String originId() {
    return origin == null ? null : origin.id();
  }
}
