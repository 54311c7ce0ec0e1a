package io.claimwatch.claims.config;

import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.ClaimStore;
import io.claimwatch.claims.domain.ClaimWatch;
import io.claimwatch.claims.domain.GroupAssigner;
import io.claimwatch.claims.persistence.JdbcClaimStore;
import io.claimwatch.claims.persistence.PgChangeFeed;
import io.micrometer.core.instrument.Gauge;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import io.micrometer.core.instrument.MeterRegistry;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the plain-Java domain from Quarkus' datasource and meter registry. */
public class DomainWiring {

  @Produces
  @Singleton
  ClaimStore claimStore(AgroalDataSource dataSource) {
    return new JdbcClaimStore(dataSource);
  }

  @Produces
  @Singleton
  ClaimService claimService(ClaimStore store, MeterRegistry registry) {
    return new ClaimService(store, new GroupAssigner(), Clock.systemUTC(), registry);
  }

  @Produces
  @Singleton
  ClaimWatch claimWatch(ClaimStore store, MeterRegistry registry) {
    ClaimWatch watch = new ClaimWatch(store);
    Gauge.builder("claims.watchers", watch, ClaimWatch::watcherCount).description("Open watch streams").register(registry);
    return watch;
  }

  @Produces
  @Singleton
  @Startup
  PgChangeFeed changeFeed(AgroalDataSource dataSource, ClaimWatch watch) {
    return new PgChangeFeed(dataSource, watch::articleChanged).start();
  }

  void closeFeed(@Disposes PgChangeFeed feed) throws InterruptedException {
    feed.close();
  }
}
