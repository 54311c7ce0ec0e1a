package io.claimwatch.gateway.metrics;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Feeds {@link GatewayMetrics}: every response of a REST resource counts under its route (the class and method
 * {@code @Path}s, e.g. {@code /v1/articles/{article}}); a body refused for its size never reaches a resource and
 * is counted by the route filter instead.
 */
@jakarta.inject.Singleton
public class RequestMetricsFilter {

  private final GatewayMetrics metrics;
  private final Map<Method, String> routes = new ConcurrentHashMap<>();

  RequestMetricsFilter(GatewayMetrics metrics) {
    this.metrics = metrics;
  }

  @ServerResponseFilter
  public void count(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    metrics.request(method == null ? "unmatched" : routes.computeIfAbsent(method, RequestMetricsFilter::route),
        response.getStatus());
  }

  static String route(Method method) {
    Path onClass = method.getDeclaringClass().getAnnotation(Path.class);
    Path onMethod = method.getAnnotation(Path.class);
    String route = (onClass == null ? "" : onClass.value()) + (onMethod == null ? "" : onMethod.value());
    return route.replaceAll("/+", "/");
  }

  /** 413 comes from the HTTP layer (quarkus.http.limits.max-body-size), before any resource: watch every response. */
  void countBodiesTooLarge(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(rc -> {
      rc.addHeadersEndHandler(v -> {
        if (rc.response().getStatusCode() == 413) {
          metrics.rejected(GatewayMetrics.Reason.SIZE);
        }
      });
      rc.next();
    });
  }
}
