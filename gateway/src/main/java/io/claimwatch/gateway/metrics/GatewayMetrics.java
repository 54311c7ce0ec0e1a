package io.claimwatch.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/**
 * The gateway's own meters: {@code gateway.requests{route, outcome}} for every API request, and
 * {@code gateway.rejected{reason}} for requests the gateway refuses itself, before any backend call;
 * {@code gateway.backend.limit{backend}} and {@code gateway.backend.in.flight{backend}}, the calls in flight each
 * backend is allowed and has.
 * Tags come from closed sets: route is the resource's path template, outcome one of four words.
 */
@ApplicationScoped
public class GatewayMetrics {

  /** Why the gateway refused a request on its own. */
  public enum Reason {
    /** No or a wrong API key (401, 403). */
    AUTH,
    /** Over the caller's rate limit (429 from the gateway itself, not a backend's queue being full). */
    RATE,
    /** The body is over quarkus.http.limits.max-body-size (413). */
    SIZE,
    /** Its backend had as many calls in flight as its limit allows (429 BACKEND_BUSY, the call not sent). */
    BUSY,
    /** The request bodies being read were at gateway.limits.body-bytes-in-flight (429 GATEWAY_BUSY, the body not read). */
    BODIES
  }

  private final MeterRegistry registry;
  private final Map<Reason, Counter> rejected = new EnumMap<>(Reason.class);

  GatewayMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (Reason r : Reason.values()) {
      rejected.put(r, Counter.builder("gateway.rejected").description("Requests the gateway refused itself, by reason")
          .tag("reason", r.name().toLowerCase()).register(registry));
    }
  }

  /** Gauges of each backend's limit of calls in flight and of its calls in flight now; registered once, by BackendCalls. */
  public void backendLimits(io.claimwatch.gateway.client.BackendLimits limits) {
    for (io.claimwatch.gateway.client.Backend b : io.claimwatch.gateway.client.Backend.values()) {
      io.micrometer.core.instrument.Gauge.builder("gateway.backend.limit", limits, l -> l.limit(b))
          .description("Calls the gateway lets be in flight to the backend (adaptive)").tag("backend", b.label()).register(registry);
      io.micrometer.core.instrument.Gauge.builder("gateway.backend.in.flight", limits, l -> l.inFlight(b))
          .description("Calls in flight to the backend").tag("backend", b.label()).register(registry);
    }
  }

  /** Counts a request the gateway refused without calling a backend; the API key and rate-limit checks call this. */
  public void rejected(Reason reason) {
    rejected.get(reason).increment();
  }

  /** Counts one answered request, by the route's path template and the outcome its status means. */
  public void request(String route, int status) {
    Counter.builder("gateway.requests").description("API requests, by route and outcome")
        .tag("route", route).tag("outcome", outcome(status)).register(registry).increment();
  }

  static String outcome(int status) {
    if (status < 400) {
      return "ok";
    }
    if (status == 429) {
      return "throttled";
    }
    return status < 500 ? "client_error" : "error";
  }

  /** The REST latency histogram the p99 alert reads ({@code http_server_requests_seconds_bucket}). */
  @Produces
  @Singleton
  MeterFilter httpServerHistogram() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (id.getName().equals("http.server.requests")) {
          return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
        }
        return config;
      }
    };
  }
}
