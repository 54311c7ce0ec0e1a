package io.claimwatch.claims.config;

import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.GroupAssigner;
import io.claimwatch.claims.domain.KeyNormalizer;
import io.claimwatch.claims.persistence.JdbcClaimStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the plain-Java domain from Quarkus' datasource and meter registry. */
public class DomainWiring {

  @Produces
  @Singleton
  ClaimService claimService(AgroalDataSource dataSource, MeterRegistry registry) {
    return new ClaimService(new JdbcClaimStore(dataSource), new GroupAssigner(KeyNormalizer.create()), Clock.systemUTC(),
        registry);
  }
}
