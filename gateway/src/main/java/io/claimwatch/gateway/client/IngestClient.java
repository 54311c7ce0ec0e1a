package io.claimwatch.gateway.client;

import io.claimwatch.ingest.v1.BatchCreateArticlesRequest;
import io.claimwatch.ingest.v1.BatchCreateArticlesResponse;
import io.claimwatch.ingest.v1.CreateArticleRequest;
import io.claimwatch.ingest.v1.CreateArticleResponse;
import io.claimwatch.ingest.v1.GetArticleRequest;
import io.claimwatch.ingest.v1.GetArticleResponse;
import io.claimwatch.ingest.v1.IngestServiceGrpc;
import io.claimwatch.ingest.v1.ListArticlesRequest;
import io.claimwatch.ingest.v1.ListArticlesResponse;
import io.claimwatch.ingest.v1.ReextractArticlesRequest;
import io.claimwatch.ingest.v1.ReextractArticlesResponse;
import io.claimwatch.ingest.v1.RetryArticleRequest;
import io.claimwatch.ingest.v1.RetryArticleResponse;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** ingest-service, as the gateway calls it: reads retried once on UNAVAILABLE, writes once. */
@ApplicationScoped
public class IngestClient {

  @GrpcClient("ingest")
  IngestServiceGrpc.IngestServiceBlockingStub stub;

  @Inject
  BackendCalls calls;

  public CreateArticleResponse create(CreateArticleRequest r) {
    return calls.write(Backend.INGEST, stub, r.getSerializedSize(), s -> s.createArticle(r));
  }

  public BatchCreateArticlesResponse batchCreate(BatchCreateArticlesRequest r) {
    return calls.write(Backend.INGEST, stub, r.getSerializedSize(), s -> s.batchCreateArticles(r));
  }

  public GetArticleResponse get(GetArticleRequest r) {
    return calls.read(Backend.INGEST, stub, s -> s.getArticle(r));
  }

  public ListArticlesResponse list(ListArticlesRequest r) {
    return calls.read(Backend.INGEST, stub, s -> s.listArticles(r));
  }

  public RetryArticleResponse retry(RetryArticleRequest r) {
    return calls.write(Backend.INGEST, stub, r.getSerializedSize(), s -> s.retryArticle(r));
  }

  public ReextractArticlesResponse reextract(ReextractArticlesRequest r) {
    return calls.write(Backend.INGEST, stub, r.getSerializedSize(), s -> s.reextractArticles(r));
  }
}
