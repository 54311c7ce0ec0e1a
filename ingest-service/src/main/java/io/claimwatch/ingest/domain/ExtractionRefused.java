package io.claimwatch.ingest.domain;

/**
 * A service on the extraction path refused the article itself (INVALID_ARGUMENT, FAILED_PRECONDITION and every
 * other code that trying again cannot change): the worker fails the article at once, with this message as its
 * reason, instead of retrying it.
 */
public final class ExtractionRefused extends RuntimeException {

  public ExtractionRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
