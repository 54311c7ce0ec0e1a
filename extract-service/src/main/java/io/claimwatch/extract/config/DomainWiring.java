package io.claimwatch.extract.config;

import io.claimwatch.extract.domain.ClaimExtractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the extraction engine once (its models load at start-up, not per request). */
public class DomainWiring {

  @Produces
  @Singleton
  ClaimExtractor claimExtractor() {
    return ClaimExtractor.create();
  }
}
