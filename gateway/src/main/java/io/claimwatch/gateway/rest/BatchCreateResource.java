package io.claimwatch.gateway.rest;

import io.claimwatch.ingest.v1.BatchCreateArticlesRequest;
import io.claimwatch.ingest.v1.BatchCreateArticlesResponse;
import io.claimwatch.ingest.v1.BatchCreateArticlesResult;
import io.claimwatch.ingest.v1.IngestServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /v1/articles:batchCreate} (AIP-233): up to 100 articles in one call, each stored or
 * refused on its own. In its own class, as WatchResource's {@code /v1/claims:watch} is.
 */
@Path("/v1/articles:batchCreate")
@Produces(MediaType.APPLICATION_JSON)
public class BatchCreateResource {

  @GrpcClient("ingest")
  IngestServiceGrpc.IngestServiceBlockingStub ingest;

  @ConfigProperty(name = "gateway.backend-deadline", defaultValue = "10s")
  java.time.Duration deadline;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit up to 100 articles", description = "Each article is stored or refused on its own: the "
      + "answer has one result per article, at the same index, with the stored article or an AIP-193 error. When the "
      + "extraction queue is full the whole batch is refused with 429, reason INGEST_QUEUE_FULL and a Retry-After "
      + "header; sending the same batch again later is safe.")
  @APIResponse(responseCode = "200", description = "One result per article")
  @APIResponse(responseCode = "400", description = "No articles, more than 100 (BATCH_SIZE_INVALID), or unreadable JSON")
  @APIResponse(responseCode = "429", description = "The extraction queue is full (INGEST_QUEUE_FULL); retry after Retry-After")
  public Dtos.BatchResults batchCreate(Dtos.NewArticles body) {
    if (body == null || body.articles() == null || body.articles().isEmpty()) {
      throw ErrorMapper.badRequest("BATCH_SIZE_INVALID", "send {\"articles\": [...]} with 1 to 100 articles");
    }
    // An article the gateway itself refuses (neither or both of text and html, a bad date) gets its error in
    // place; the others go to ingest-service in one call.
    List<Dtos.BatchResult> results = new ArrayList<>();
    List<Integer> sent = new ArrayList<>();
    BatchCreateArticlesRequest.Builder req = BatchCreateArticlesRequest.newBuilder();
    for (Dtos.NewArticle a : body.articles()) {
      try {
        req.addRequests(ArticlesResource.request(a));
        sent.add(results.size());
        results.add(null);
      } catch (ErrorMapper.ApiError e) {
        results.add(new Dtos.BatchResult(null, null, new Dtos.Status(400, e.code.name(), e.getMessage(),
            List.of(new Dtos.ErrorInfo("type.googleapis.com/google.rpc.ErrorInfo", e.reason, "gateway.claimwatch.io",
                java.util.Map.of())))));
      }
    }
    if (!sent.isEmpty()) {
      BatchCreateArticlesResponse r = ingest.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
          .batchCreateArticles(req.build());
      for (int i = 0; i < r.getResultsCount(); i++) {
        BatchCreateArticlesResult one = r.getResults(i);
        results.set(sent.get(i), one.hasCreated()
            ? new Dtos.BatchResult(ProtoMapper.article(one.getCreated().getArticle()), one.getCreated().getAlreadyExisted(), null)
            : new Dtos.BatchResult(null, null, ErrorMapper.status(one.getError())));
      }
    }
    return new Dtos.BatchResults(results);
  }
}
