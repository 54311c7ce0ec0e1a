package io.claimwatch.ingest.config;

import io.agroal.api.AgroalDataSource;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.claimwatch.ingest.client.ExtractThenStore;
import io.claimwatch.ingest.domain.Article;
import io.claimwatch.ingest.domain.ArticleCleaner;
import io.claimwatch.ingest.domain.ClaimExtraction;
import io.claimwatch.ingest.domain.ArticleStore;
import io.claimwatch.ingest.domain.ExtractionWorker;
import io.claimwatch.ingest.domain.IngestService;
import io.claimwatch.ingest.domain.LanguageIdentifier;
import io.claimwatch.ingest.persistence.JdbcArticleStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the plain-Java domain from Quarkus' datasource, gRPC clients, config and meter registry. */
public class DomainWiring {

  @GrpcClient("extract")
  ExtractServiceGrpc.ExtractServiceBlockingStub extract;

  @GrpcClient("claims")
  ClaimsServiceGrpc.ClaimsServiceBlockingStub claims;

  @Inject
  Tracer tracer;

  @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
  boolean tracingDisabled;

  @Produces
  @Singleton
  ArticleStore articleStore(AgroalDataSource dataSource) {
    return new JdbcArticleStore(dataSource, Tracing::currentTraceParent);
  }

  @Produces
  @Singleton
  LanguageIdentifier languageIdentifier() {
    return new LanguageIdentifier();
  }

  @Produces
  @Singleton
  IngestService ingestService(ArticleStore store, IngestConfig config, MeterRegistry registry) {
    return new IngestService(new ArticleCleaner(config.maxContentBytes(), config.cleanCpuBudget(), config.cleanWallBudget()), store, Clock.systemUTC(), registry,
        config.reprintThreshold(), config.maxQueueDepth(), config.maxQueueLag());
  }

  @Produces
  @Singleton
  ExtractionWorker extractionWorker(ArticleStore store, LanguageIdentifier languages, IngestConfig config,
      MeterRegistry registry) {
    IngestConfig.Worker w = config.worker();
    // With tracing on, each extraction continues the trace of the request that stored the article.
    BiFunction<Article, Supplier<ClaimExtraction.Outcome>, ClaimExtraction.Outcome> around =
        tracingDisabled || !(store instanceof JdbcArticleStore jdbc) ? ExtractThenStore.PLAIN
            : (article, work) -> Tracing.resumed(tracer, jdbc.traceParent(article.id()), "articles/" + article.id(), work);
    return new ExtractionWorker(store, languages, new ExtractThenStore(extract, claims, config.clientDeadline(), around,
        w.extractionsInFlight()),
        Clock.systemUTC(),
        new ExtractionWorker.Settings(w.lease(), w.firstBackoff(), w.maxBackoff(), w.maxAttempts()), registry);
  }
}
