package io.claimwatch.gateway.rest;

import com.google.rpc.Code;
import io.claimwatch.claims.v1.Claim;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.GetClaimRequest;
import io.claimwatch.claims.v1.GetClaimResponse;
import io.claimwatch.claims.v1.Hedge;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.claims.v1.ListClaimsResponse;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.Quantity;
import io.claimwatch.ingest.v1.Article;
import io.claimwatch.ingest.v1.ArticleState;
import io.claimwatch.ingest.v1.CreateArticleRequest;
import io.claimwatch.ingest.v1.CreateArticleResponse;
import io.claimwatch.ingest.v1.GetArticleRequest;
import io.claimwatch.ingest.v1.GetArticleResponse;
import io.claimwatch.ingest.v1.IngestServiceGrpc;
import io.claimwatch.proto.ProtoTypes;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Test doubles of ingest- and claims-service, served by the gateway's own gRPC server in tests so
 * that the REST edge is exercised over real gRPC calls: the backends' errors, as they send them.
 */
final class FakeBackends {

  private FakeBackends() {}

  static final Set<String> SEEN = new HashSet<>();
  /** A long quote, so that a burst fills the socket buffers between the gateway and a client that does not read. */
  static final String BIG_QUOTE = "x".repeat(32 * 1024);
  static final java.util.concurrent.atomic.AtomicInteger FLAKY = new java.util.concurrent.atomic.AtomicInteger();
  /** ListClaims calls with the filter "shared-check" (the watch's filter check). */
  static final java.util.concurrent.atomic.AtomicInteger SHARED_CHECKS = new java.util.concurrent.atomic.AtomicInteger();
  /** Watch streams the backend is serving now. */
  static final java.util.concurrent.atomic.AtomicInteger WATCHES = new java.util.concurrent.atomic.AtomicInteger();

  static Article article(String id, String contentType) {
    return Article.newBuilder().setName("articles/" + id).setState(ArticleState.ARTICLE_STATE_RECEIVED)
        .setContentType(contentType).setCleanText("clean").setCreateTime(com.google.protobuf.Timestamp.getDefaultInstance())
        .setUpdateTime(com.google.protobuf.Timestamp.getDefaultInstance()).build();
  }

  @GrpcService
  static class Ingest extends IngestServiceGrpc.IngestServiceImplBase {
    @Override
    public void createArticle(CreateArticleRequest req, StreamObserver<CreateArticleResponse> out) {
      String text = req.getContent().toString(StandardCharsets.UTF_8);
      if (text.isBlank()) {
        out.onError(RpcErrors.error(Code.INVALID_ARGUMENT, "ARTICLE_EMPTY", "ingest.claimwatch.io", "the article is empty"));
        return;
      }
      if (text.equals("down")) {
        out.onError(Status.UNAVAILABLE.withDescription("database down").asRuntimeException());
        return;
      }
      String id = String.format("%016x", text.hashCode() & 0xffffffffL);
      boolean again = !SEEN.add(id);
      Article.Builder a = article(id, req.getContentType()).toBuilder().setSourceUrl(req.getSourceUrl());
      if (req.hasPublicationDate()) {
        a.setPublicationDate(req.getPublicationDate());
      }
      out.onNext(CreateArticleResponse.newBuilder().setArticle(a).setAlreadyExisted(again).build());
      out.onCompleted();
    }

    /** One article per page; the backend's own token is "p2", a token the gateway must never pass on unsigned. */
    @Override
    public void listArticles(io.claimwatch.ingest.v1.ListArticlesRequest req,
        StreamObserver<io.claimwatch.ingest.v1.ListArticlesResponse> out) {
      if (!req.getPageToken().isEmpty() && !req.getPageToken().equals("p2")) {
        out.onError(RpcErrors.error(Code.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "ingest.claimwatch.io", "forged token reached the backend"));
        return;
      }
      boolean first = req.getPageToken().isEmpty();
      out.onNext(io.claimwatch.ingest.v1.ListArticlesResponse.newBuilder()
          .addArticles(article(first ? "00000000000000a1" : "00000000000000a2", "text/plain"))
          .setNextPageToken(first ? "p2" : "").build());
      out.onCompleted();
    }

    @Override
    public void getArticle(GetArticleRequest req, StreamObserver<GetArticleResponse> out) {
      out.onError(RpcErrors.error(Code.NOT_FOUND, "ARTICLE_NOT_FOUND", "ingest.claimwatch.io", "no article named " + req.getName()));
    }

    /** articles/00000000000000f1 is FAILED and is retried; any other name is DONE and is not. */
    @Override
    public void retryArticle(io.claimwatch.ingest.v1.RetryArticleRequest req,
        StreamObserver<io.claimwatch.ingest.v1.RetryArticleResponse> out) {
      if (!req.getName().equals("articles/00000000000000f1")) {
        out.onError(RpcErrors.error(Code.FAILED_PRECONDITION, "ARTICLE_NOT_FAILED", "ingest.claimwatch.io",
            req.getName() + " is DONE; only a FAILED article can be retried"));
        return;
      }
      out.onNext(io.claimwatch.ingest.v1.RetryArticleResponse.newBuilder()
          .setArticle(article("00000000000000f1", "text/plain")).build());
      out.onCompleted();
    }

    /** Each document as createArticle answers it, in place; a batch holding "full" is refused as a full queue. */
    @Override
    public void batchCreateArticles(io.claimwatch.ingest.v1.BatchCreateArticlesRequest req,
        StreamObserver<io.claimwatch.ingest.v1.BatchCreateArticlesResponse> out) {
      var b = io.claimwatch.ingest.v1.BatchCreateArticlesResponse.newBuilder();
      for (CreateArticleRequest r : req.getRequestsList()) {
        String text = r.getContent().toString(StandardCharsets.UTF_8);
        if (text.equals("full")) {
          out.onError(RpcErrors.error(Code.RESOURCE_EXHAUSTED, "INGEST_QUEUE_FULL", "ingest.claimwatch.io",
              "the queue is full", java.util.Map.of("retry_after_seconds", "7")));
          return;
        }
        if (text.isBlank()) {
          b.addResults(io.claimwatch.ingest.v1.BatchCreateArticlesResult.newBuilder().setError(
              io.grpc.protobuf.StatusProto.fromThrowable(RpcErrors.error(Code.INVALID_ARGUMENT, "ARTICLE_EMPTY",
                  "ingest.claimwatch.io", "the article is empty"))));
        } else {
          String id = String.format("%016x", text.hashCode() & 0xffffffffL);
          b.addResults(io.claimwatch.ingest.v1.BatchCreateArticlesResult.newBuilder().setCreated(
              CreateArticleResponse.newBuilder().setArticle(article(id, r.getContentType())).setAlreadyExisted(!SEEN.add(id))));
        }
      }
      out.onNext(b.build());
      out.onCompleted();
    }

    /** Queues 3 articles for an empty filter or "state=DONE"; anything else is an invalid filter. */
    @Override
    public void reextractArticles(io.claimwatch.ingest.v1.ReextractArticlesRequest req,
        StreamObserver<io.claimwatch.ingest.v1.ReextractArticlesResponse> out) {
      if (!req.getFilter().isEmpty() && !req.getFilter().equals("state=DONE")) {
        out.onError(RpcErrors.error(Code.INVALID_ARGUMENT, "INVALID_FILTER", "ingest.claimwatch.io", "bad filter " + req.getFilter()));
        return;
      }
      out.onNext(io.claimwatch.ingest.v1.ReextractArticlesResponse.newBuilder()
          .setQueuedCount(req.getFilter().isEmpty() ? 3 : 2).build());
      out.onCompleted();
    }
  }

  @GrpcService
  static class Claims extends ClaimsServiceGrpc.ClaimsServiceImplBase {
    @Override
    public void listClaims(ListClaimsRequest req, StreamObserver<ListClaimsResponse> out) {
      if (req.getPageSize() < 0) {
        out.onError(RpcErrors.error(Code.INVALID_ARGUMENT, "PAGE_SIZE_NEGATIVE", "claims.claimwatch.io", "page_size must not be negative"));
        return;
      }
      switch (req.getFilter()) {
        case "shared-check" -> SHARED_CHECKS.incrementAndGet();
        case "colour=red" -> {
          out.onError(RpcErrors.error(Code.INVALID_ARGUMENT, "INVALID_FILTER", "claims.claimwatch.io",
              "unknown field 'colour' at position 0 of the filter"));
          return;
        }
        case "huge" -> {
          out.onError(Status.RESOURCE_EXHAUSTED.withDescription("gRPC message exceeds maximum size 4194304: 5000000").asRuntimeException());
          return;
        }
        case "down" -> {
          out.onError(Status.UNAVAILABLE.withDescription("io.grpc.netty.shaded.io.netty.channel.AbstractChannel$AnnotatedConnectException: "
              + "Connection refused: localhost/127.0.0.1:8083").asRuntimeException());
          return;
        }
        case "slow" -> {
          // Answers after 1 s on the call's own Vert.x context, without holding its thread (the event loop serves the
          // gateway's HTTP too).
          io.vertx.core.Vertx.currentContext().owner().setTimer(1000, id -> {
            out.onNext(ListClaimsResponse.getDefaultInstance());
            out.onCompleted();
          });
          return;
        }
        case "flaky" -> {
          if (FLAKY.getAndIncrement() % 2 == 0) {
            out.onError(Status.UNAVAILABLE.withDescription("restarting").asRuntimeException());
            return;
          }
        }
        default -> { }
      }
      if (!req.getPageToken().isEmpty() && !req.getPageToken().equals("next")) {
        out.onError(RpcErrors.error(Code.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "claims.claimwatch.io", "forged token reached the backend"));
        return;
      }
      Claim c = Claim.newBuilder().setName(req.getPageToken().isEmpty() ? "claims/c1" : "claims/c2").setArticle(req.getParent())
          .setProvenance(Provenance.newBuilder().setQuote("no fewer than 102 soldiers").setQuoteEnd(26))
          .setQuantity(Quantity.newBuilder().setLow(ProtoTypes.decimal(new java.math.BigDecimal(102))).setHedge(Hedge.HEDGE_AT_LEAST))
          .build();
      out.onNext(ListClaimsResponse.newBuilder().addClaims(c).setNextPageToken(req.getPageToken().isEmpty() ? "next" : "").build());
      out.onCompleted();
    }

    @Override
    public void getGroup(io.claimwatch.claims.v1.GetGroupRequest req, StreamObserver<io.claimwatch.claims.v1.GetGroupResponse> out) {
      if (!req.getName().equals("groups/g1")) {
        out.onError(RpcErrors.error(Code.NOT_FOUND, "GROUP_NOT_FOUND", "claims.claimwatch.io", "no group named " + req.getName()));
        return;
      }
      io.claimwatch.claims.v1.Group g = io.claimwatch.claims.v1.Group.newBuilder().setName("groups/g1")
          .setKey(io.claimwatch.claims.v1.QuantityKey.newBuilder().setKind("person").setEvent("capture").setParty("RU"))
          .addSteps(io.claimwatch.claims.v1.PairVerdict.newBuilder().setEarlier("claims/a").setLater("claims/b")
              .setVerdict(io.claimwatch.claims.v1.Verdict.VERDICT_UPDATES).setReason("a later figure above the earlier"))
          .addAgainstCurrent(io.claimwatch.claims.v1.PairVerdict.newBuilder().setEarlier("claims/talk").setLater("claims/b")
              .setVerdict(io.claimwatch.claims.v1.Verdict.VERDICT_CONFLICTS).setReason("the later figure is below the earlier"))
          .setCurrentClaim("claims/b")
          .setEstimate(io.claimwatch.claims.v1.Estimate.newBuilder().setLow(ProtoTypes.decimal(new java.math.BigDecimal(971)))
              .setHigh(ProtoTypes.decimal(new java.math.BigDecimal(971))).setBasis("the latest claims (2025-05-25)"))
          .setOriginCount(4).setClaimCount(11)
          .setCreateTime(com.google.protobuf.Timestamp.getDefaultInstance()).setUpdateTime(com.google.protobuf.Timestamp.getDefaultInstance())
          .build();
      if (!req.getPageToken().isEmpty() && !req.getPageToken().equals("t2")) {
        out.onError(RpcErrors.error(Code.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "claims.claimwatch.io", "forged token reached the backend"));
        return;
      }
      out.onNext(io.claimwatch.claims.v1.GetGroupResponse.newBuilder().setGroup(g)
          .setNextPageToken(req.getPageToken().isEmpty() ? "t2" : "").build());
      out.onCompleted();
    }

    @Override
    public void listGroups(io.claimwatch.claims.v1.ListGroupsRequest req, StreamObserver<io.claimwatch.claims.v1.ListGroupsResponse> out) {
      if (!req.getPageToken().isEmpty() && !req.getPageToken().equals("g2")) {
        out.onError(RpcErrors.error(Code.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "claims.claimwatch.io", "forged token reached the backend"));
        return;
      }
      out.onNext(io.claimwatch.claims.v1.ListGroupsResponse.newBuilder()
          .addGroups(io.claimwatch.claims.v1.Group.newBuilder().setName(req.getPageToken().isEmpty() ? "groups/g1" : "groups/g2")
              .setClaimCount(2).setCreateTime(com.google.protobuf.Timestamp.getDefaultInstance())
              .setUpdateTime(com.google.protobuf.Timestamp.getDefaultInstance()))
          .setNextPageToken(req.getPageToken().isEmpty() ? "g2" : "").build());
      out.onCompleted();
    }

    /**
     * New claims: "burst" sends 100,000 claims of 32 KiB at once (more than a slow client's buffer), anything else one every
     * 50 ms; each stream runs until the gateway cancels it.
     */
    @Override
    public void watchClaims(io.claimwatch.claims.v1.WatchClaimsRequest req,
        StreamObserver<io.claimwatch.claims.v1.WatchClaimsResponse> out) {
      var call = (io.grpc.stub.ServerCallStreamObserver<io.claimwatch.claims.v1.WatchClaimsResponse>) out;
      WATCHES.incrementAndGet();
      call.setOnCancelHandler(WATCHES::decrementAndGet);
      Thread t = new Thread(() -> {
        try {
          for (int i = 1; !call.isCancelled(); i++) {
            while (!call.isReady() && !call.isCancelled()) {
              Thread.sleep(1); // as claims-service does: no more than the gateway's flow control lets through
            }
            synchronized (call) {
              call.onNext(io.claimwatch.claims.v1.WatchClaimsResponse.newBuilder().setClaim(Claim.newBuilder()
                  .setName("claims/w" + i).setArticle("articles/00000000000000a1")
                  .setProvenance(Provenance.newBuilder().setQuote(req.getFilter().equals("burst") ? BIG_QUOTE : "quote " + i))
                  .setQuantity(Quantity.newBuilder().setLow(ProtoTypes.decimal(new java.math.BigDecimal(i))).setHedge(Hedge.HEDGE_EXACT)))
                  .build());
            }
            if (!req.getFilter().equals("burst") || i >= 100_000) {
              Thread.sleep(req.getFilter().equals("burst") ? 1000 : 50);
            }
          }
        } catch (InterruptedException | RuntimeException e) {
          // the stream was cancelled
        }
      });
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void getClaim(GetClaimRequest req, StreamObserver<GetClaimResponse> out) {
      out.onError(new IllegalStateException("a bug in the backend"));
    }
  }
}
