package io.claimwatch.ingest.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored article and where it is in the pipeline.
 *
 * @param publicationDate given by the client or detected; null when unknown
 * @param failureReason why the last attempt failed (while retrying) or why it gave up (FAILED)
 */
public record Article(
    String id,
    String title,
    String sourceUrl,
    LocalDate publicationDate,
    String publicationDateSource,
    String cleanText,
    String contentType,
    long contentSizeBytes,
    State state,
    String failureReason,
    int claimCount,
    int attemptCount,
    Instant createTime,
    Instant updateTime) {

  /** Where an article is in the pipeline. */
  public enum State { RECEIVED, EXTRACTING, DONE, FAILED }
}
