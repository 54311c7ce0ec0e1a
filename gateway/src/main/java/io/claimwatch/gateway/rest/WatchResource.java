package io.claimwatch.gateway.rest;

import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.WatchClaimsRequest;
import io.claimwatch.claims.v1.WatchClaimsResponse;
import io.grpc.Channel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** New claims and conflicts as server-sent events, for client apps that want to be told. */
@Path("/v1/claims:watch")
public class WatchResource {

  /** One event: a new claim, or a new conflict between two claims of a group. */
  record WatchEvent(Dtos.Claim claim, Dtos.Verdict conflict) {}

  @GrpcClient("claims")
  Channel claims;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Operation(summary = "Watch new claims matching a filter, and new conflicts in their groups (server-sent events)",
      description = "The filter is the one of the claim lists. The stream runs until the client closes it.")
  public Multi<WatchEvent> watch(@QueryParam("filter") String filter) {
    return Multi.createFrom().emitter(emitter -> {
      ClaimsServiceGrpc.newStub(claims).watchClaims(
          WatchClaimsRequest.newBuilder().setFilter(filter == null ? "" : filter).build(),
          new ClientResponseObserver<WatchClaimsRequest, WatchClaimsResponse>() {
            @Override
            public void beforeStart(ClientCallStreamObserver<WatchClaimsRequest> call) {
              emitter.onTermination(() -> call.cancel("the client closed the stream", null));
            }

            @Override
            public void onNext(WatchClaimsResponse r) {
              emitter.emit(r.hasClaim() ? new WatchEvent(ProtoMapper.claim(r.getClaim()), null)
                  : new WatchEvent(null, new Dtos.Verdict(r.getConflict().getEarlier(), r.getConflict().getLater(),
                      r.getConflict().getVerdict().name().replaceFirst("^VERDICT_", ""), r.getConflict().getReason())));
            }

            @Override
            public void onError(Throwable t) {
              emitter.fail(t);
            }

            @Override
            public void onCompleted() {
              emitter.complete();
            }
          });
    });
  }
}
