package io.claimwatch.claims.grpc;

import io.claimwatch.claims.v1.GetClaimRequest;
import io.claimwatch.claims.v1.GetGroupRequest;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.claims.v1.ListClaimsResponse;
import io.claimwatch.claims.v1.ListGroupsRequest;
import io.claimwatch.claims.v1.ListGroupsResponse;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * The warm start: before this instance says it is ready, it runs the read paths clients use (claims listed with the
 * filters the API offers, groups listed, the first group's page, a claim) on its own store, {@code rounds} times or
 * until {@code max-duration} has passed, through this service's gRPC handlers. A new instance otherwise meets its
 * first reads with code the JIT has not compiled: under a full share of queries beside the writes (a new pod behind a
 * busy Service) its first reads took 7-22 s and the gateway answered 504 for a few seconds
 * (benchmarks/README.md, "End to end"). Readiness is DOWN ({@code warm-start: warming}) until the rounds end; a read
 * that fails is logged and the warm start goes on, and it never holds readiness past {@code max-duration}. The
 * reads are real queries: they count in {@code claims_query_seconds}.
 */
@Readiness
@HealthGroup("warm-start")
@ApplicationScoped
public class ReadWarmStart implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(ReadWarmStart.class);

  /** The filters clients send most (the gateway passes them through), one of each field kind. */
  static final List<String> FILTERS = List.of("", "hedge=AT_LEAST", "counted:\"people\"", "quote:\"said\"",
      "claimant:\"police\"", "value>=100", "published>=2000-01-01");

  /** What a finished warm start did, for readiness and the log. */
  public record Result(int rounds, int reads, int failed, long millis, boolean timedOut) {}

  private final ClaimsGrpcService service;
  private final int rounds;
  private final Duration maxDuration;
  private final AtomicReference<Result> done = new AtomicReference<>();

  ReadWarmStart(@GrpcService ClaimsGrpcService service, @ConfigProperty(name = "claims.warm-start.rounds", defaultValue = "300") int rounds,
      @ConfigProperty(name = "claims.warm-start.max-duration", defaultValue = "30s") Duration maxDuration) {
    this.service = service;
    this.rounds = rounds;
    this.maxDuration = maxDuration;
  }

  void onStart(@Observes StartupEvent start) {
    if (rounds <= 0) {
      done.set(new Result(0, 0, 0, 0, false));
      return;
    }
    Thread t = new Thread(() -> {
      Result r = new Result(0, 0, 0, 0, false);
      try {
        r = run();
        LOG.infof("warm start: %d rounds, %d reads (%d failed) in %d ms%s", r.rounds(), r.reads(), r.failed(), r.millis(),
            r.timedOut() ? " (stopped at claims.warm-start.max-duration)" : "");
      } catch (RuntimeException e) {
        LOG.warn("warm start: stopped by an error; the service says it is ready without it", e);
      } finally {
        done.set(r); // readiness never waits on a warm start that failed
      }
    }, "warm-start");
    t.setDaemon(true);
    t.start();
  }

  /** Runs the reads {@code rounds} times or until {@code max-duration} has passed; never throws. */
  public Result run() {
    long start = System.nanoTime();
    long stopAt = start + maxDuration.toNanos();
    int[] reads = new int[2];
    int round = 0;
    boolean timedOut = false;
    for (; round < rounds; round++) {
      if (System.nanoTime() - stopAt > 0) {
        timedOut = true;
        break;
      }
      ListClaimsResponse claims = null;
      for (String filter : FILTERS) {
        ListClaimsResponse page = read(service::listClaims,
            ListClaimsRequest.newBuilder().setParent("articles/-").setFilter(filter).build(), reads);
        if (filter.isEmpty()) {
          claims = page;
        }
      }
      ListGroupsResponse groups = read(service::listGroups, ListGroupsRequest.getDefaultInstance(), reads);
      if (groups != null && groups.getGroupsCount() > 0) {
        read(service::getGroup, GetGroupRequest.newBuilder().setName(groups.getGroups(0).getName()).build(), reads);
      }
      if (claims != null && claims.getClaimsCount() > 0) {
        read(service::getClaim, GetClaimRequest.newBuilder().setName(claims.getClaims(0).getName()).build(), reads);
      }
    }
    return new Result(round, reads[0], reads[1], (System.nanoTime() - start) / 1_000_000, timedOut);
  }

  /** One read through the handler; counts it in reads[0] and, when it failed, in reads[1]. */
  private static <Q, A> A read(BiConsumer<Q, StreamObserver<A>> handler, Q request, int[] reads) {
    Answer<A> answer = new Answer<>();
    reads[0]++;
    try {
      handler.accept(request, answer);
    } catch (RuntimeException e) {
      answer.onError(e);
    }
    if (answer.error != null) {
      reads[1]++;
      if (reads[1] == 1) {
        LOG.warnf("warm start: a read failed (the warm start goes on): %s", answer.error.toString());
      }
    }
    return answer.value;
  }

  private static final class Answer<A> implements StreamObserver<A> {
    A value;
    Throwable error;

    @Override
    public void onNext(A v) {
      value = v;
    }

    @Override
    public void onError(Throwable t) {
      error = t;
    }

    @Override
    public void onCompleted() {}
  }

  @Override
  public HealthCheckResponse call() {
    Result r = done.get();
    HealthCheckResponseBuilder b = HealthCheckResponse.named("warm-start");
    if (r == null) {
      return b.down().withData("state", "warming").build();
    }
    return b.up().withData("rounds", r.rounds()).withData("reads", r.reads()).withData("failed", r.failed())
        .withData("millis", r.millis()).build();
  }
}
