package io.claimwatch.ingest.config;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries a trace across ingest's queue: the request's W3C traceparent is stored with the article
 * ({@link #currentTraceParent()}), and the worker that extracts it later runs the extraction in a span whose parent
 * is that context ({@link #resumed}), so the gRPC calls to extract- and claims-service join the request's trace.
 * With tracing off (the default) the tracer is a no-op and nothing is stored.
 */
public final class Tracing {

  private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(Map<String, String> carrier) {
      return carrier.keySet();
    }

    @Override
    public String get(Map<String, String> carrier, String key) {
      return carrier == null ? null : carrier.get(key);
    }
  };

  private Tracing() {}

  /** The traceparent of the current span, or null when no trace is being recorded. */
  public static String currentTraceParent() {
    if (!Span.current().getSpanContext().isValid()) {
      return null;
    }
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
    return carrier.get("traceparent");
  }

  /**
   * Runs {@code work} for an article in a span named {@code ingest.extract} whose parent is the context stored
   * with the article (a new trace when there is none).
   */
  public static <T> T resumed(Tracer tracer, Optional<String> traceParent, String article, Supplier<T> work) {
    Context parent = traceParent.map(tp -> W3CTraceContextPropagator.getInstance()
        .extract(Context.root(), Map.of("traceparent", tp), GETTER)).orElse(Context.root());
    Span span = tracer.spanBuilder("ingest.extract").setParent(parent).setSpanKind(SpanKind.INTERNAL)
        .setAttribute("claimwatch.article", article).startSpan();
    try (Scope ignored = span.makeCurrent()) {
      return work.get();
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }
}
