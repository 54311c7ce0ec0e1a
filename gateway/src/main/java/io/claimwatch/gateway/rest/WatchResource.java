package io.claimwatch.gateway.rest;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.gateway.client.ClaimsClient;
import io.claimwatch.gateway.domain.ApiKeys.Caller;
import io.claimwatch.gateway.domain.WatchSlots;
import io.grpc.Status;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** New claims and conflicts as server-sent events, for client apps that want to be told. */
@Path("/v1/claims:watch")
public class WatchResource {

  /** One event: a new claim, or a new conflict between two claims of a group. */
  @Schema(name = "WatchEvent", description = "The data of a 'claim' or 'conflict' event")
  record WatchEvent(Dtos.Claim claim, Dtos.Verdict conflict) {}

  @Inject
  ClaimsClient claims;

  @Inject
  WatchSlots slots;

  @Inject
  WatchHub hub;

  /**
   * Filters the backend has accepted lately. Watchers that open at once with one filter (a client app's fleet after a
   * restart) wait on one check instead of sending the backend one each; a refused filter is not kept, so it is
   * checked, and refused, again.
   */
  private final AsyncCache<String, Boolean> acceptedFilters = Caffeine.newBuilder().maximumSize(1_000)
      .expireAfterWrite(Duration.ofMinutes(10)).buildAsync();

  @GET
  @Blocking
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "Watch new claims matching a filter, and new conflicts in their groups (server-sent events)",
      description = "The filter is the one of the claim lists, checked before the stream starts. Events: 'claim' and "
          + "'conflict' (data: WatchEvent, id '<session>.<seq>'), 'heartbeat' (data {}) every 15 s, and a last 'error' "
          + "(data: Error) when the stream ends from the gateway's side, e.g. WATCH_CLIENT_TOO_SLOW. Reconnecting with "
          + "Last-Event-ID within a minute resumes after that event.")
  @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
      schema = @Schema(implementation = String.class)))
  @APIResponse(responseCode = "429", description = "Too many watchers for this key or in all (WATCHERS_EXHAUSTED)")
  public Multi<OutboundSseEvent> watch(@QueryParam("filter") String filter, @HeaderParam("Last-Event-ID") String lastEventId,
      @Context RoutingContext ctx, @Context Sse sse) {
    Caller caller = EdgeFilter.caller(ctx);
    String f = filter == null ? "" : filter;
    String who = caller.anonymous() ? "anonymous" : caller.name();
    Optional<WatchHub.Session> resumed = hub.resumable(lastEventId, who, f);
    WatchHub.Session session;
    long after = 0;
    if (resumed.isPresent()) {
      session = resumed.get();
      after = Long.parseLong(lastEventId.substring(lastEventId.indexOf('.') + 1).replaceAll("\\D", "0"));
    } else {
      WatchSlots.Slot slot = slots.tryTake(who);
      if (slot == null) {
        throw new ErrorMapper.ApiError(Status.Code.RESOURCE_EXHAUSTED, 429, "WATCHERS_EXHAUSTED",
            "too many open watch streams for this API key or on this gateway; close one or retry later",
            Map.of("Retry-After", "30"));
      }
      try {
        // The filter is checked by the backend before the stream's 200 goes out: a bad one is a 400 here.
        acceptedFilters.get(f, (key, executor) -> claims.listClaims(
            ListClaimsRequest.newBuilder().setParent("articles/-").setPageSize(1).setFilter(key).build())
            .map(response -> Boolean.TRUE).subscribeAsCompletionStage()).join();
      } catch (CompletionException e) {
        slot.close();
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      } catch (RuntimeException e) {
        slot.close();
        throw e;
      }
      session = hub.open(who, f, slot);
    }
    return session.attach(after).map(e -> {
      OutboundSseEvent.Builder b = sse.newEventBuilder().name(e.name()).mediaType(MediaType.APPLICATION_JSON_TYPE).data(e.data());
      if (e.id() != null) {
        b.id(e.id());
      }
      return b.build();
    });
  }
}
