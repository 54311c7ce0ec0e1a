package io.claimwatch.ingest.client;

import io.claimwatch.claims.v1.Claim;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractClaimsResponse;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.claimwatch.extract.v1.ExtractedClaim;
import io.claimwatch.ingest.domain.Article;
import io.claimwatch.ingest.domain.ClaimExtraction;
import io.claimwatch.ingest.domain.DomainException;
import io.claimwatch.proto.ProtoTypes;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The extraction step over gRPC: extract-service finds the claims, claims-service replaces the
 * article's claims with them. Each call has a deadline; an unreachable service is reported as
 * {@link DomainException.DependencyUnavailable} so that the worker retries later.
 */
public final class ExtractThenStore implements ClaimExtraction {

  private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ExtractThenStore.class);

  private final ExtractServiceGrpc.ExtractServiceBlockingStub extract;
  private final ClaimsServiceGrpc.ClaimsServiceBlockingStub claims;
  private final Duration deadline;
  private final BiFunction<Article, Supplier<Outcome>, Outcome> around;

  public ExtractThenStore(ExtractServiceGrpc.ExtractServiceBlockingStub extract,
      ClaimsServiceGrpc.ClaimsServiceBlockingStub claims, Duration deadline) {
    this(extract, claims, deadline, (article, work) -> work.get());
  }

  /**
   * @param around runs the two calls for an article, e.g. in a span that continues the trace stored with it
   */
  public ExtractThenStore(ExtractServiceGrpc.ExtractServiceBlockingStub extract,
      ClaimsServiceGrpc.ClaimsServiceBlockingStub claims, Duration deadline,
      BiFunction<Article, Supplier<Outcome>, Outcome> around) {
    this.extract = extract;
    this.claims = claims;
    this.deadline = deadline;
    this.around = around;
  }

  @Override
  public Outcome extractAndStore(Article article) {
    return around.apply(article, () -> extractThenStore(article));
  }

  private Outcome extractThenStore(Article article) {
    String name = "articles/" + article.id();
    ExtractClaimsRequest.Builder req = ExtractClaimsRequest.newBuilder().setArticle(name).setText(article.cleanText());
    if (article.publicationDate() != null) {
      req.setPublicationDate(ProtoTypes.date(article.publicationDate()));
    }
    ExtractClaimsResponse found = call("extract-service", "EXTRACTOR_UNAVAILABLE",
        () -> extract.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).extractClaims(req.build()));
    ReplaceArticleClaimsRequest replace = ReplaceArticleClaimsRequest.newBuilder().setArticle(name)
        .addAllClaims(found.getClaimsList().stream().map(c -> toClaim(c, name, found)).toList())
        .setOrigin(article.originId() == null ? "" : "articles/" + article.originId())
        .setOutlet(outlet(article.sourceUrl()))
        .build();
    call("claims-service", "CLAIMS_UNAVAILABLE",
        () -> claims.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).replaceArticleClaims(replace));
    // Ids and counts only: never an article's text.
    LOG.debugf("%s: %d claims stored (extractor %s)", name, found.getClaimsCount(), found.getExtractorVersion());
    return new Outcome(found.getClaimsCount(), found.getExtractorVersion());
  }

  /** The claim to store, as the extractor found and keyed it. */
  static Claim toClaim(ExtractedClaim c, String article, ExtractClaimsResponse found) {
    Claim.Builder b = Claim.newBuilder()
        .setArticle(article)
        .setProvenance(Provenance.newBuilder().setQuote(c.getQuote()).setQuoteStart(c.getQuoteStart()).setQuoteEnd(c.getQuoteEnd()))
        .setQuantity(c.getQuantity())
        .setCounted(c.getCounted())
        .setClaimant(c.getClaimant())
        .setModality(c.getModality())
        .setExtractorVersion(found.getExtractorVersion())
        .setKey(c.getKey());
    if (c.hasEventPeriod()) {
      b.setEventPeriod(c.getEventPeriod());
    }
    if (c.hasStatementDate()) {
      b.setStatementDate(c.getStatementDate());
    }
    if (found.hasPublicationDate()) {
      b.setPublicationDate(found.getPublicationDate());
    }
    return b.build();
  }

  /** The host of the source URL, lower case ("www.themoscowtimes.com"); empty when unknown or not a URL. */
  static String outlet(String sourceUrl) {
    if (sourceUrl == null || sourceUrl.isBlank()) {
      return "";
    }
    try {
      String host = URI.create(sourceUrl.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static <T> T call(String service, String reason, java.util.function.Supplier<T> rpc) {
    try {
      return rpc.get();
    } catch (StatusRuntimeException e) {
      Status.Code code = e.getStatus().getCode();
      if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED || code == Status.Code.RESOURCE_EXHAUSTED) {
        throw new DomainException.DependencyUnavailable(reason, service + " is unavailable (" + code + ")", e);
      }
      throw new IllegalStateException(service + " refused the article: " + code + " " + e.getStatus().getDescription(), e);
    }
  }
}
