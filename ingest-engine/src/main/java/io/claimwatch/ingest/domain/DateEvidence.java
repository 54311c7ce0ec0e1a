package io.claimwatch.ingest.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A date about an article, where it was found and how far it is trusted.
 *
 * @param date the date
 * @param source where it was found
 * @param confidence how far it is trusted
 */
public record DateEvidence(LocalDate date, Source source, Confidence confidence) {

  public DateEvidence {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }

  /**
   * Where a date was found: given by the client; the page's metadata (META, JSON_LD, TIME_ELEMENT); the
   * date line shown under the headline, which cleaning takes out of the text (DATELINE); the dateline
   * that opens the story, "KYIV, Aug 6 (Reuters) -" (STORY_DATELINE); a date line left in the text, "Wire
   * Staff | March 3, 2022" (TEXT); or the latest date the text mentions, a lower bound (INFERRED).
   * {@link #label()} is the stable lower-case name stored and shown.
   */
  public enum Source {
    CLIENT("client"), META("meta"), JSON_LD("json-ld"), TIME_ELEMENT("time"), DATELINE("dateline"),
    STORY_DATELINE("story-dateline"), TEXT("text"), INFERRED("inferred");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The source with this label; null for null or an unknown label. */
    public static Source ofLabel(String label) {
      if (label == null) {
        return null;
      }
      for (Source s : values()) {
        if (s.label.equals(label.toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      return null;
    }

    /** The confidence a date from this source has when nothing contradicts it. */
    public Confidence defaultConfidence() {
      return switch (this) {
        case CLIENT, META, JSON_LD -> Confidence.HIGH;
        case TIME_ELEMENT, DATELINE, STORY_DATELINE, TEXT -> Confidence.MEDIUM;
        case INFERRED -> Confidence.LOW;
      };
    }
  }

  /**
   * How far a date is trusted: HIGH for the client, meta tags and JSON-LD; MEDIUM for what is visible
   * on the page (a date line, a time element, the story's dateline) and not contradicted by the
   * content; LOW for inferred.
   */
  public enum Confidence { HIGH, MEDIUM, LOW }

  /** Evidence with the source's default confidence; null when there is no date. */
  public static DateEvidence of(LocalDate date, Source source) {
    return date == null ? null : new DateEvidence(date, source, source.defaultConfidence());
  }
}
