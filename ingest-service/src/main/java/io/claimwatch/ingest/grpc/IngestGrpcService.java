package io.claimwatch.ingest.grpc;

import io.claimwatch.ingest.domain.DomainException;
import io.claimwatch.ingest.domain.IngestService;
import io.claimwatch.ingest.v1.BatchCreateArticlesRequest;
import io.claimwatch.ingest.v1.BatchCreateArticlesResponse;
import io.claimwatch.ingest.v1.BatchCreateArticlesResult;
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
      IngestService.Submission s = ingest.submit(req.getContent().toByteArray(), req.getContentType(), req.getSourceUrl(),
          date(req));
      return created(s);
    }, GrpcErrors::map);
  }

  @Override
  @Blocking
  public void batchCreateArticles(BatchCreateArticlesRequest req, StreamObserver<BatchCreateArticlesResponse> out) {
    RpcErrors.respond(out, () -> {
      java.util.List<IngestService.Item> items = new java.util.ArrayList<>();
      java.util.Map<Integer, DomainException> badDates = new java.util.HashMap<>();
      for (CreateArticleRequest r : req.getRequestsList()) {
        LocalDate date = null;
        try {
          date = date(r);
        } catch (DomainException e) {
          badDates.put(items.size(), e);
        }
        items.add(new IngestService.Item(badDates.containsKey(items.size()) ? new byte[0] : r.getContent().toByteArray(),
            r.getContentType(), r.getSourceUrl(), date));
      }
      java.util.List<IngestService.ItemResult> results = ingest.submitAll(items);
      BatchCreateArticlesResponse.Builder b = BatchCreateArticlesResponse.newBuilder();
      for (int i = 0; i < results.size(); i++) {
        IngestService.ItemResult r = results.get(i);
        DomainException error = badDates.containsKey(i) ? badDates.get(i) : r.error();
        if (error != null) {
          b.addResults(BatchCreateArticlesResult.newBuilder().setError(io.grpc.protobuf.StatusProto.fromThrowable(
              GrpcErrors.map(error).orElseThrow())));
        } else {
          b.addResults(BatchCreateArticlesResult.newBuilder().setCreated(created(r.submission())));
        }
      }
      return b.build();
    }, GrpcErrors::map);
  }

  private static CreateArticleResponse created(IngestService.Submission s) {
    return CreateArticleResponse.newBuilder().setArticle(ProtoMapper.toProto(s.article()))
        .setAlreadyExisted(s.alreadyExisted()).build();
  }

  /** The earliest year a publication date may name: news older than this is a typo, not an article. */
  static final int EARLIEST_PUBLICATION_YEAR = 1800;

  /** The client's publication date, null when unset; INVALID_ARGUMENT when it is not a full valid date. */
  private static LocalDate date(CreateArticleRequest req) {
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
      LocalDate latest = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
      if (date.getYear() < EARLIEST_PUBLICATION_YEAR || date.isAfter(latest)) {
        throw new DomainException.InvalidInput("PUBLICATION_DATE_INVALID", "publication_date " + date + " is impossible for a"
            + " news article: give a date from " + EARLIEST_PUBLICATION_YEAR + "-01-01 to " + latest + ", or leave it unset");
      }
    }
    return date;
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
