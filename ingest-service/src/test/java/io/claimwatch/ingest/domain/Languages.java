package io.claimwatch.ingest.domain;

/** One language identifier for all tests of a run: building it loads the models (about a second). */
final class Languages {

  static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

  private Languages() {}
}
