package io.claimwatch.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.gateway.config.GatewayConfig;
import io.claimwatch.gateway.domain.ApiKeys;
import io.claimwatch.gateway.domain.ApiKeys.Caller;
import io.claimwatch.gateway.domain.BodyBudget;
import io.claimwatch.gateway.domain.RateLimiter;
import io.claimwatch.gateway.domain.Scope;
import io.claimwatch.gateway.metrics.GatewayMetrics;
import io.grpc.Status;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every request meets first, before routing and before its body is read: the size limits, the
 * API key and its scope, the caller's rate limit, and the gateway's budget of body bytes being read at
 * once ({@link BodyBudget}). Refusals are written in the AIP-193 body of {@link ErrorMapper}. The caller
 * is left in the routing context for the resources ({@link #caller}).
 */
@ApplicationScoped
public class EdgeFilter {

  static final String CALLER = "claimwatch.caller";

  private final GatewayConfig config;
  private final ApiKeys keys;
  private final RateLimiter limiter;
  private final ObjectMapper json;
  private final long maxBodyBytes;
  private final GatewayMetrics metrics;
  private final BodyBudget bodies;

  EdgeFilter(GatewayConfig config, ApiKeys keys, RateLimiter limiter, ObjectMapper json, GatewayMetrics metrics,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody) {
    this.config = config;
    this.metrics = metrics;
    this.keys = keys;
    this.limiter = limiter;
    this.json = json;
    this.maxBodyBytes = maxBody.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
    this.bodies = new BodyBudget(config.limits().bodyBytesInFlight());
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 10).handler(this::handle);
    // A body the HTTP server's own reader finds too large mid-way (chunked, no Content-Length) fails the route with 413.
    router.route().order(Integer.MIN_VALUE + 10).failureHandler(ctx -> {
      int s = ctx.statusCode();
      if ((s == 413 || s == 414 || s == 431 || s == 400) && !ctx.response().headWritten()) {
        write(ctx, ErrorMapper.framework(s));
      } else {
        ctx.next();
      }
    });
  }

  /** The caller of a request that passed this filter. */
  static Caller caller(RoutingContext ctx) {
    Caller c = ctx.get(CALLER);
    return c != null ? c : Caller.anonymous(false);
  }

  void handle(RoutingContext ctx) {
    HttpServerRequest req = ctx.request();
    int line = req.method().name().length() + req.uri().length() + 10;
    if (line > config.limits().maxRequestLineBytes()) {
      write(ctx, ErrorMapper.framework(414));
      return;
    }
    long headerBytes = 0;
    for (Map.Entry<String, String> h : req.headers()) {
      headerBytes += h.getKey().length() + h.getValue().length() + 4;
    }
    if (headerBytes > config.limits().maxHeaderBytes()) {
      write(ctx, ErrorMapper.framework(431));
      return;
    }
    String length = req.getHeader("Content-Length");
    long bodyBytes = 0;
    if (length != null) {
      try {
        bodyBytes = Long.parseLong(length.strip());
        if (bodyBytes > maxBodyBytes) {
          write(ctx, ErrorMapper.framework(413));
          return;
        }
      } catch (NumberFormatException e) {
        write(ctx, ErrorMapper.framework(400));
        return;
      }
    }
    Scope needed = Scope.required(req.method().name(), req.path());
    if (needed == null || req.method().name().equals("OPTIONS")) {
      ctx.next();
      return;
    }
    Caller caller;
    String auth = req.getHeader("Authorization");
    if (auth == null || auth.isBlank()) {
      caller = Caller.anonymous(config.auth().anonymousRead());
      if (!caller.may(needed)) {
        metrics.rejected(GatewayMetrics.Reason.AUTH);
        write(ctx, ErrorMapper.error(401, Status.Code.UNAUTHENTICATED, "API_KEY_MISSING",
            "send an API key as 'Authorization: Bearer <key>'", Map.of(), Map.of("WWW-Authenticate", "Bearer")));
        return;
      }
    } else {
      Optional<Caller> found = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? keys.find(auth.substring(7).strip()) : Optional.empty();
      if (found.isEmpty()) {
        // The key itself is never logged nor echoed.
        metrics.rejected(GatewayMetrics.Reason.AUTH);
        write(ctx, ErrorMapper.error(401, Status.Code.UNAUTHENTICATED, "API_KEY_INVALID",
            "the API key is not valid; send it as 'Authorization: Bearer <key>'", Map.of(), Map.of("WWW-Authenticate", "Bearer")));
        return;
      }
      caller = found.get();
      if (!caller.may(needed)) {
        metrics.rejected(GatewayMetrics.Reason.AUTH);
        write(ctx, ErrorMapper.error(403, Status.Code.PERMISSION_DENIED, "SCOPE_MISSING",
            "this call needs an API key with the scope '" + needed.label() + "'", Map.of("scope", needed.label()), Map.of()));
        return;
      }
    }
    // Anonymous callers share buckets by address; keys have their own.
    String bucket = caller.anonymous() ? "anonymous@" + (req.remoteAddress() == null ? "?" : req.remoteAddress().hostAddress())
        : "key:" + caller.name();
    long wait = limiter.acquire(bucket, needed);
    if (wait > 0) {
      metrics.rejected(GatewayMetrics.Reason.RATE);
      write(ctx, ErrorMapper.error(429, Status.Code.RESOURCE_EXHAUSTED, "RATE_LIMITED",
          "too many " + needed.label() + " calls for this API key; retry after " + wait + " s",
          Map.of("retry_after_seconds", Long.toString(wait), "scope", needed.label()), Map.of("Retry-After", Long.toString(wait))));
      return;
    }
    if (length == null && "chunked".equalsIgnoreCase(req.getHeader("Transfer-Encoding"))) {
      bodyBytes = maxBodyBytes; // its size is known only once read: count it at the most it may be
    }
    if (bodyBytes > 0) {
      BodyBudget.Reservation taken = bodies.tryReserve(bodyBytes);
      if (taken == null) {
        metrics.rejected(GatewayMetrics.Reason.BODIES);
        write(ctx, ErrorMapper.error(429, Status.Code.RESOURCE_EXHAUSTED, "GATEWAY_BUSY",
            "the gateway is reading " + (bodies.inFlight() >> 20) + " MiB of request bodies, its limit at once; retry after"
                + " 1 s (smaller batches pass sooner)", Map.of("retry_after_seconds", "1"), Map.of("Retry-After", "1")));
        return;
      }
      ctx.addEndHandler(done -> taken.close());
    }
    ctx.put(CALLER, caller);
    ctx.next();
  }

  private void write(RoutingContext ctx, Response r) {
    var resp = ctx.response().setStatusCode(r.getStatus()).putHeader("Content-Type", "application/json");
    r.getStringHeaders().forEach((k, v) -> {
      if (!k.equalsIgnoreCase("Content-Type")) {
        resp.putHeader(k, v.get(0));
      }
    });
    try {
      resp.end(json.writeValueAsString(r.getEntity()));
    } catch (JsonProcessingException e) {
      resp.end("{\"error\":{\"code\":500,\"status\":\"INTERNAL\",\"message\":\"internal error\",\"details\":[]}}");
    }
  }
}
