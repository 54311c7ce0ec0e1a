package io.claimwatch.ingest.grpc;

import io.claimwatch.ingest.domain.DomainException;
import io.claimwatch.ingest.domain.IngestService;
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
import io.claimwatch.proto.ProtoTypes;
import io.claimwatch.proto.RpcErrors;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import java.time.LocalDate;

/** The gRPC edge of ingest-service. */
@GrpcService
public class IngestGrpcService extends IngestServiceGrpc.IngestServiceImplBase {

  private final IngestService ingest;

  IngestGrpcService(IngestService ingest) {
    this.ingest = ingest;
  }

  @Override
  @Blocking
  public void createArticle(CreateArticleRequest req, StreamObserver<CreateArticleResponse> out) {
    RpcErrors.respond(out, () -> {
      LocalDate date = null;
      if (req.hasPublicationDate()) {
        try {
          date = ProtoTypes.localDate(req.getPublicationDate());
        } catch (IllegalArgumentException e) {
          throw new DomainException.InvalidInput("PUBLICATION_DATE_INVALID", "publication_date: " + e.getMessage());
        }
        if (date == null) {
          throw new DomainException.InvalidInput("PUBLICATION_DATE_INVALID",
              "publication_date must be a full date (year, month and day) or unset");
        }
      }
      IngestService.Submission s = ingest.submit(req.getContent().toByteArray(), req.getContentType(), req.getSourceUrl(), date);
      return CreateArticleResponse.newBuilder().setArticle(ProtoMapper.toProto(s.article()))
          .setAlreadyExisted(s.alreadyExisted()).build();
    }, GrpcErrors::map);
  }

  @Override
  @Blocking
  public void getArticle(GetArticleRequest req, StreamObserver<GetArticleResponse> out) {
    RpcErrors.respond(out, () -> GetArticleResponse.newBuilder()
        .setArticle(ProtoMapper.toProto(ingest.get(req.getName()))).build(), GrpcErrors::map);
  }

  @Override
  @Blocking
  public void listArticles(ListArticlesRequest req, StreamObserver<ListArticlesResponse> out) {
    RpcErrors.respond(out, () -> {
      IngestService.Page page = ingest.list(req.getPageSize(), req.getPageToken(), req.getFilter());
      ListArticlesResponse.Builder b = ListArticlesResponse.newBuilder().setNextPageToken(page.nextPageToken());
      page.articles().forEach(a -> b.addArticles(ProtoMapper.toProto(a)));
      return b.build();
    }, GrpcErrors::map);
  }

  @Override
  @Blocking
  public void retryArticle(RetryArticleRequest req, StreamObserver<RetryArticleResponse> out) {
    RpcErrors.respond(out, () -> RetryArticleResponse.newBuilder()
        .setArticle(ProtoMapper.toProto(ingest.retry(req.getName()))).build(), GrpcErrors::map);
  }

  @Override
  @Blocking
  public void reextractArticles(ReextractArticlesRequest req, StreamObserver<ReextractArticlesResponse> out) {
    RpcErrors.respond(out, () -> ReextractArticlesResponse.newBuilder()
        .setQueuedCount(ingest.reextract(req.getFilter())).build(), GrpcErrors::map);
  }
}
