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
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** claims-service, as the gateway calls it: every call a read, retried once on UNAVAILABLE. */
@ApplicationScoped
public class ClaimsClient {

  @GrpcClient("claims")
  ClaimsServiceGrpc.ClaimsServiceBlockingStub stub;

  @Inject
  BackendCalls calls;

  public ListClaimsResponse listClaims(ListClaimsRequest r) {
    return calls.read(stub, s -> s.listClaims(r));
  }

  public GetClaimResponse getClaim(GetClaimRequest r) {
    return calls.read(stub, s -> s.getClaim(r));
  }

  public ListGroupsResponse listGroups(ListGroupsRequest r) {
    return calls.read(stub, s -> s.listGroups(r));
  }

  public GetGroupResponse getGroup(GetGroupRequest r) {
    return calls.read(stub, s -> s.getGroup(r));
  }
}
