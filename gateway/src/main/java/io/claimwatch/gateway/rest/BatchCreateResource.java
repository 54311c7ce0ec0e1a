package io.claimwatch.gateway.rest;

import io.claimwatch.ingest.v1.BatchCreateArticlesRequest;
import io.claimwatch.ingest.v1.BatchCreateArticlesResponse;
import io.claimwatch.ingest.v1.BatchCreateArticlesResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.gateway.client.IngestClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /v1/articles:batchCreate} (AIP-233): up to 100 articles in one call, each stored or
 * refused on its own. In its own class, as WatchResource's {@code /v1/claims:watch} is.
 */
@Path("/v1/articles:batchCreate")
@Produces(MediaType.APPLICATION_JSON)
public class BatchCreateResource {

  static final String NDJSON = "application/x-ndjson";

  @Inject
  IngestClient ingest;

  @Inject
  ObjectMapper json;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit up to 100 articles", description = "Each article is stored or refused on its own: the "
      + "answer has one result per article, at the same index, with the stored article or an AIP-193 error. When the "
      + "extraction queue is full the whole batch is refused with 429, reason INGEST_QUEUE_FULL and a Retry-After "
      + "header; sending the same batch again later is safe.")
  @APIResponse(responseCode = "200", description = "One result per article")
  @APIResponse(responseCode = "400", description = "No articles, more than 100 (BATCH_SIZE_INVALID), or unreadable JSON")
  @APIResponse(responseCode = "429", description = "The extraction queue is full or behind (INGEST_QUEUE_FULL, "
      + "INGEST_QUEUE_BEHIND), or as any call: RATE_LIMITED, GATEWAY_BUSY, BACKEND_BUSY, SERVER_BUSY; the whole batch is "
      + "refused; retry after Retry-After")
  @APIResponse(responseCode = "401", description = "No API key, or an unknown one")
  @APIResponse(responseCode = "403", description = "The key lacks the write scope")
  public Dtos.BatchResults batchCreate(Dtos.NewArticles body) {
    return create(body);
  }

  @POST
  @Consumes(NDJSON)
  @Operation(summary = "Submit up to 100 articles as NDJSON", description = "The same as the JSON form, one article "
      + "object per line (blank lines are skipped); a line that is no JSON object refuses the whole call with 400 "
      + "BODY_INVALID naming the line.")
  @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
      example = "{\"text\": \"Some 40 people died.\"}\n{\"html\": \"<p>At least 12 homes flooded.</p>\"}")))
  @APIResponse(responseCode = "200", description = "One result per line",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dtos.BatchResults.class)))
  public Dtos.BatchResults batchCreateNdjson(String body) {
    List<Dtos.NewArticle> articles = new ArrayList<>();
    String[] lines = body == null ? new String[0] : body.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        articles.add(json.readValue(lines[i], Dtos.NewArticle.class));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw ErrorMapper.badRequest("BODY_INVALID", "line " + (i + 1) + " is not a JSON article object: "
            + ErrorMapper.jsonMessage(e).replace("the request body", "it"));
      }
    }
    return create(new Dtos.NewArticles(articles));
  }

  private Dtos.BatchResults create(Dtos.NewArticles body) {
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
        results.add(new Dtos.BatchResult(null, null, ErrorMapper.status(e.http, e.code, e.reason, e.getMessage(), Map.of())));
      }
    }
    if (!sent.isEmpty()) {
      BatchCreateArticlesResponse r = ingest.batchCreate(req.build());
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
