package io.claimwatch.ingest.domain;

import java.time.LocalDate;

/**
 * An article after cleaning.
 *
 * @param title the headline, or {@code null} when none was found
 * @param text the clean body: kept paragraphs, byte-identical to the source, joined with a blank line
 * @param publicationDate the publication date, or {@code null} when none was found
 * @param publicationDateSource where the date came from: {@code "meta"}, {@code "json-ld"},
 *     {@code "time"}, {@code "dateline"} (a visible date line near the top, least trustworthy), or
 *     {@code null} when there is no date
 */
public record CleanArticle(
    String title, String text, LocalDate publicationDate, String publicationDateSource) {}
