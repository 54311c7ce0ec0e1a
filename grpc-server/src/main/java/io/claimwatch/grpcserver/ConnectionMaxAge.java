package io.claimwatch.grpcserver;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A maximum age for HTTP/2 (gRPC) connections, as grpc-java's maxConnectionAge does for its own server: a request
 * on a connection older than {@code claimwatch.grpc.max-connection-age} (plus up to 10% jitter) makes the server
 * send GOAWAY; calls in flight finish within the grace period, and the client reconnects, re-resolving the headless
 * Service's DNS, so that pods added by a scale-out get their share of calls. The Vert.x server that serves gRPC and
 * REST on one port has no such setting, hence this handler, first on the router.
 */
@Singleton
public class ConnectionMaxAge {

  private final Duration maxAge;
  private final Duration grace;
  private final Map<HttpConnection, Long> deadlines = new WeakHashMap<>();
  private final AtomicLong retired = new AtomicLong();

  ConnectionMaxAge(@ConfigProperty(name = "claimwatch.grpc.max-connection-age", defaultValue = "5m") Duration maxAge,
      @ConfigProperty(name = "claimwatch.grpc.max-connection-age-grace", defaultValue = "30s") Duration grace) {
    this.maxAge = maxAge;
    this.grace = grace;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
      if (rc.request().version() == HttpVersion.HTTP_2) {
        HttpConnection connection = rc.request().connection();
        long now = System.nanoTime();
        boolean expired;
        synchronized (deadlines) {
          long deadline = deadlines.computeIfAbsent(connection,
              c -> now + (long) (maxAge.toNanos() * (1 + 0.1 * ThreadLocalRandom.current().nextDouble())));
          expired = deadline != Long.MAX_VALUE && now - deadline >= 0;
          if (expired) {
            deadlines.put(connection, Long.MAX_VALUE); // once
          }
        }
        if (expired) {
          retired.incrementAndGet();
          connection.shutdown(grace.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
      rc.next();
    });
  }

  /** Connections sent GOAWAY for their age since start. */
  public long retiredCount() {
    return retired.get();
  }
}
