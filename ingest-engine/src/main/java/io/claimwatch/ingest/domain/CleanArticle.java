package io.claimwatch.ingest.domain;

import java.time.LocalDate;

/**
 * An article after cleaning.
 *
 * @param title the headline, or {@code null} when none was found
 * @param text the clean body: kept paragraphs, byte-identical to the source, joined with a blank line
 * @param dating the publication date (trusted only), the date line as found and whether the content
 *     contradicts it, and an inferred lower bound when there is no trusted date
 * @param byline the author or agency ("AFP", "Jane Doe"), or {@code null} when none was found
 * @param sourceMap where each char of {@code text} came from in the document as submitted
 */
public record CleanArticle(String title, String text, Dating dating, String byline, SourceMap sourceMap) {

  /** The trusted publication date, or {@code null}: the only date extraction may resolve against. */
  public LocalDate publicationDate() {
    return dating.publicationDate();
  }

  /**
   * Where the trusted publication date came from: {@code "meta"}, {@code "json-ld"}, {@code "time"},
   * {@code "dateline"}, or {@code null} when there is none.
   */
  public String publicationDateSource() {
    return dating.publication() == null ? null : dating.publication().source().label();
  }
}
