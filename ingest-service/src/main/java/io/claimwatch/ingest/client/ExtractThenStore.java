package io.claimwatch.ingest.client;

import com.google.common.util.concurrent.ListenableFuture;
import io.claimwatch.claims.v1.BatchReplaceArticleClaimsRequest;
import io.claimwatch.claims.v1.ClaimView;
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
import io.claimwatch.ingest.domain.ExtractionRefused;
import io.claimwatch.ingest.grpc.ProtoMapper;
import io.claimwatch.proto.ProtoTypes;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
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

  /** Runs an article's calls as they are: no span around them. */
  public static final BiFunction<Article, Supplier<Outcome>, Outcome> PLAIN = (article, work) -> work.get();

  public ExtractThenStore(ExtractServiceGrpc.ExtractServiceBlockingStub extract,
      ClaimsServiceGrpc.ClaimsServiceBlockingStub claims, Duration deadline) {
    this(extract, claims, deadline, PLAIN);
  }

  /**
   * @param around runs the two calls for an article, e.g. in a span that continues the trace stored with it
   */
  public ExtractThenStore(ExtractServiceGrpc.ExtractServiceBlockingStub extract,
      ClaimsServiceGrpc.ClaimsServiceBlockingStub claims, Duration deadline,
      BiFunction<Article, Supplier<Outcome>, Outcome> around) {
    this(extract, claims, deadline, around, DEFAULT_IN_FLIGHT);
  }

  /** ExtractClaims calls in flight at once by default, from all workers of the process. */
  public static final int DEFAULT_IN_FLIGHT = 4;

  /**
   * @param inFlight the most ExtractClaims calls in flight at once, from every worker of this process:
   *     extraction is CPU-bound, so more calls than extract-service has cores only queue there, and on a
   *     machine the services share they take the CPU intake needs to answer within its deadline
   */
  public ExtractThenStore(ExtractServiceGrpc.ExtractServiceBlockingStub extract,
      ClaimsServiceGrpc.ClaimsServiceBlockingStub claims, Duration deadline,
      BiFunction<Article, Supplier<Outcome>, Outcome> around, int inFlight) {
    this.extract = extract;
    this.claims = claims;
    this.deadline = deadline;
    this.around = around;
    this.inFlight = new java.util.concurrent.Semaphore(inFlight);
  }

  private final java.util.concurrent.Semaphore inFlight;

  @Override
  public Outcome extractAndStore(Article article) {
    return around.apply(article, () -> extractThenStore(article));
  }

  /**
   * The articles extracted concurrently (one ExtractClaims call each, at most {@code inFlight} of this
   * process's in flight at once on the channel), then the claims of all that were extracted stored in one BatchReplaceArticleClaims (one
   * transaction in claims-service). When the batch is refused as a whole for one article's claims, each
   * article is stored on its own, so that only that one fails. With tracing on, each article goes its
   * own way, in its own span.
   */
  @Override
  public List<Result> extractAndStoreAll(List<Article> articles) {
    if (around != PLAIN || articles.size() == 1) {
      return ClaimExtraction.super.extractAndStoreAll(articles);
    }
    ExtractServiceGrpc.ExtractServiceFutureStub async = ExtractServiceGrpc.newFutureStub(extract.getChannel());
    List<ListenableFuture<ExtractClaimsResponse>> calls = new ArrayList<>(articles.size());
    for (Article a : articles) {
      // at most inFlight calls at once: each waits for a permit, released when its answer comes
      inFlight.acquireUninterruptibly();
      ListenableFuture<ExtractClaimsResponse> call = async.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
          .extractClaims(extractRequest(a));
      call.addListener(inFlight::release, Runnable::run);
      calls.add(call);
    }
    Result[] out = new Result[articles.size()];
    List<Integer> extracted = new ArrayList<>();
    List<ReplaceArticleClaimsRequest> replaces = new ArrayList<>();
    List<ExtractClaimsResponse> found = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      int index = i;
      try {
        ExtractClaimsResponse r = call("extract-service", "EXTRACTOR_UNAVAILABLE", () -> getUnchecked(calls.get(index)));
        extracted.add(i);
        found.add(r);
        replaces.add(replaceRequest(articles.get(i), r));
      } catch (RuntimeException e) {
        out[i] = new Result(null, e);
      }
    }
    if (!replaces.isEmpty()) {
      try {
        call("claims-service", "CLAIMS_UNAVAILABLE", () -> claims.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
            .batchReplaceArticleClaims(BatchReplaceArticleClaimsRequest.newBuilder().addAllRequests(replaces)
                .setView(ClaimView.CLAIM_VIEW_NAME).build()));
        for (int k = 0; k < extracted.size(); k++) {
          out[extracted.get(k)] = new Result(new Outcome(found.get(k).getClaimsCount(), found.get(k).getExtractorVersion()), null);
        }
      } catch (DomainException.DependencyUnavailable e) {
        extracted.forEach(i -> out[i] = new Result(null, e));
      } catch (RuntimeException e) {
        // One article's claims refused the batch: store each on its own, so that only that one fails.
        for (int k = 0; k < extracted.size(); k++) {
          ReplaceArticleClaimsRequest one = replaces.get(k);
          ExtractClaimsResponse f = found.get(k);
          try {
            call("claims-service", "CLAIMS_UNAVAILABLE",
                () -> claims.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).replaceArticleClaims(one));
            out[extracted.get(k)] = new Result(new Outcome(f.getClaimsCount(), f.getExtractorVersion()), null);
          } catch (RuntimeException e1) {
            out[extracted.get(k)] = new Result(null, e1);
          }
        }
      }
    }
    return List.of(out);
  }

  /**
   * The article's clean text with the publication date and the story's dateline as ingest decided them (the
   * extractor decides neither again); an article stored before datelines were kept has none, and the extractor
   * reads it from the text by the same code.
   */
  static ExtractClaimsRequest extractRequest(Article article) {
    ExtractClaimsRequest.Builder req = ExtractClaimsRequest.newBuilder().setArticle("articles/" + article.id())
        .setText(article.cleanText());
    if (article.publicationDate() != null) {
      req.setPublicationDate(ProtoTypes.date(article.publicationDate()));
    }
    if (article.dating().storyDateline() != null) {
      req.setStoryDateline(ProtoMapper.storyDateline(article.dating().storyDateline(), article.cleanText()));
    }
    return req.build();
  }

  private static ReplaceArticleClaimsRequest replaceRequest(Article article, ExtractClaimsResponse found) {
    String name = "articles/" + article.id();
    return ReplaceArticleClaimsRequest.newBuilder().setArticle(name)
        .addAllClaims(found.getClaimsList().stream().map(c -> toClaim(c, name, found)).toList())
        .setOrigin(article.originId() == null ? "" : "articles/" + article.originId())
        .setOutlet(outlet(article.sourceUrl()))
        .build();
  }

  /** The answer of a call in flight; its gRPC status as thrown by a blocking stub when it failed. */
  private static <T> T getUnchecked(ListenableFuture<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Status.CANCELLED.withDescription("interrupted").asRuntimeException();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof StatusRuntimeException s ? s : Status.fromThrowable(e.getCause()).asRuntimeException();
    }
  }

  private Outcome extractThenStore(Article article) {
    String name = "articles/" + article.id();
    ExtractClaimsRequest req = extractRequest(article);
    ExtractClaimsResponse found = call("extract-service", "EXTRACTOR_UNAVAILABLE",
        () -> extract.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).extractClaims(req));
    ReplaceArticleClaimsRequest replace = replaceRequest(article, found);
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
      // Worth trying again: the service is down, slow or full, this process cancelled the call (shutting down), or the
      // connection broke under the call (an INTERNAL that gRPC's client made of an HTTP/2 error, not the service's own).
      // RESOURCE_EXHAUSTED without a Claimwatch ErrorInfo is gRPC's own message size limit: the same on every attempt.
      boolean full = code == Status.Code.RESOURCE_EXHAUSTED
          && io.claimwatch.proto.RpcErrors.errorInfo(e).filter(i -> i.getDomain().endsWith(".claimwatch.io")).isPresent();
      boolean brokenConnection = code == Status.Code.INTERNAL && !io.claimwatch.proto.RpcErrors.isServiceInternal(e);
      if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED || full || code == Status.Code.CANCELLED
          || brokenConnection) {
        throw new DomainException.DependencyUnavailable(reason, service + " is unavailable (" + code + ")", e);
      }
      // Anything else is the same on every attempt: the article fails at once, with the reason the service gave.
      String why = io.claimwatch.proto.RpcErrors.errorInfo(e).map(i -> " " + i.getReason()).orElse("");
      String description = e.getStatus().getDescription() == null ? "" : ": " + e.getStatus().getDescription();
      throw new ExtractionRefused(service + " refused the article (" + code + why + ")" + description, e);
    }
  }
}
