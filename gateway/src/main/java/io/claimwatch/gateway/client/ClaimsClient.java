package io.claimwatch.gateway.client;

import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.GetClaimRequest;
import io.claimwatch.claims.v1.GetClaimResponse;
import io.claimwatch.claims.v1.GetGroupRequest;
import io.claimwatch.claims.v1.GetGroupResponse;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.claims.v1.ListClaimsResponse;
import io.claimwatch.claims.v1.ListGroupsRequest;
import io.claimwatch.claims.v1.ListGroupsResponse;
import io.grpc.Channel;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * claims-service, as the gateway calls it: every call a read, retried once on UNAVAILABLE, and asynchronous, so
 * that a REST resource returns the Uni and its request never leaves the event loop for a worker thread.
 */
@ApplicationScoped
public class ClaimsClient {

  private final ClaimsServiceGrpc.ClaimsServiceStub stub;
  private final BackendCalls calls;

  ClaimsClient(@GrpcClient("claims") Channel channel, BackendCalls calls) {
    // The channel carries Quarkus's client interceptors (metrics, traces); its answers arrive on its event loop.
    this.stub = ClaimsServiceGrpc.newStub(channel);
    this.calls = calls;
  }

  public Uni<ListClaimsResponse> listClaims(ListClaimsRequest r) {
    return calls.readAsync(Backend.CLAIMS, stub, (s, out) -> s.listClaims(r, out));
  }

  public Uni<GetClaimResponse> getClaim(GetClaimRequest r) {
    return calls.readAsync(Backend.CLAIMS, stub, (s, out) -> s.getClaim(r, out));
  }

  public Uni<ListGroupsResponse> listGroups(ListGroupsRequest r) {
    return calls.readAsync(Backend.CLAIMS, stub, (s, out) -> s.listGroups(r, out));
  }

  public Uni<GetGroupResponse> getGroup(GetGroupRequest r) {
    return calls.readAsync(Backend.CLAIMS, stub, (s, out) -> s.getGroup(r, out));
  }
}
