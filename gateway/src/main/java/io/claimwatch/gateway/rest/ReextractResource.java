package io.claimwatch.gateway.rest;

import io.claimwatch.gateway.client.IngestClient;
import io.claimwatch.ingest.v1.ReextractArticlesRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The AIP-136 custom method {@code POST /v1/articles:reextract}, in its own class as WatchResource's
 * {@code /v1/claims:watch} is. The colon is matched literally: a client must not percent-encode it.
 */
@Path("/v1/articles:reextract")
@Produces(MediaType.APPLICATION_JSON)
public class ReextractResource {

  @Inject
  IngestClient ingest;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Extract stored articles again", description = "Queues the DONE and FAILED articles that match "
      + "the filter; each one's claims are replaced as a whole when its extraction finishes.")
  @APIResponse(responseCode = "200", description = "How many articles were queued")
  @APIResponse(responseCode = "400", description = "Malformed filter (INVALID_FILTER)")
  public Dtos.Reextracted reextractArticles(Dtos.ReextractFilter body) {
    String filter = body == null ? "" : (body.filter() == null ? "" : body.filter());
    return new Dtos.Reextracted(ingest.reextract(ReextractArticlesRequest.newBuilder().setFilter(filter).build()).getQueuedCount());
  }

}
