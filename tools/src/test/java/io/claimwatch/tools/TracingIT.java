package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One article's trip is one trace: the four services export their spans over OTLP (to a collector this test
 * serves) and every span of the article, from the gateway's REST call through ingest's queue to extract-service
 * and claims-service, has the same trace id. The services log JSON, and their lines about the article carry it.
 */
class TracingIT {

  private static final Path ROOT = Path.of(System.getProperty("claimwatch.root", "..")).toAbsolutePath().normalize();
  private static final List<Span> SPANS = new CopyOnWriteArrayList<>();
  private static HttpServer collector;
  private static LocalCluster cluster;

  /** One exported span: the service that sent it, its trace, its name. */
  record Span(String service, String traceId, String spanId, String parentSpanId, String name) {}

  @BeforeAll
  static void start() throws Exception {
    collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    collector.createContext("/v1/traces", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        byte[] body = in.readAllBytes();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
          body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
        }
        SPANS.addAll(decode(body));
      }
      exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, 0);
      exchange.close();
    });
    collector.start();
    Map<String, String> otel = Map.of(
        "QUARKUS_OTEL_SDK_DISABLED", "false",
        "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
        "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + collector.getAddress().getPort(),
        "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms",
        "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true",
        "QUARKUS_LOG_CATEGORY__IO_CLAIMWATCH__LEVEL", "DEBUG");
    cluster = LocalCluster.start(ROOT, Optional.empty(), false, Duration.ofSeconds(120),
        LocalCluster.SERVICES.stream().collect(Collectors.toMap(s -> s, s -> otel)));
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
    if (collector != null) {
      collector.stop(0);
    }
  }

  @Test
  void anArticleIsOneTraceAcrossTheFourServicesAndItsLogLinesCarryIt() throws Exception {
    GatewayClient gateway = new GatewayClient(cluster.gatewayUrl(), cluster.adminKey());
    GatewayClient.Answer a = gateway.submitText("Tracing test: officials said at least 17 bridges were closed on Monday.");
    assertThat(a.status()).as("%s", a.body()).isEqualTo(201);
    String article = a.body().path("article").path("name").asText();
    assertThat(gateway.awaitSettled(article, Duration.ofSeconds(60)).path("state").asText()).isEqualTo("DONE");

    // spans are exported in batches as they end: the worker's span, which ends after its calls, may come last
    String traceId = awaitTraceThrough(Set.copyOf(LocalCluster.SERVICES), "ingest.extract", Duration.ofSeconds(30));
    List<Span> trace = SPANS.stream().filter(s -> s.traceId().equals(traceId)).toList();
    trace.forEach(s -> System.out.println("span " + s));
    assertThat(trace).extracting(Span::service).containsAll(LocalCluster.SERVICES);
    assertThat(trace).extracting(Span::name).contains("ingest.extract");

    // JSON logs: ingest's line about the stored claims carries the trace id; none carries the article's text.
    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(cluster.logDir())) {
      for (Path f : files.toList()) {
        for (String line : Files.readAllLines(f)) {
          assertThat(line).as(f.getFileName().toString()).doesNotContain("17 bridges");
          if (line.startsWith("{") && line.contains(traceId)) {
            lines.add(json.readTree(line));
          }
        }
      }
    }
    lines.forEach(l -> System.out.println("log " + l));
    assertThat(lines).anySatisfy(l -> {
      assertThat(l.path("message").asText()).contains(article).contains("claims stored");
      assertThat(l.path("mdc").path("traceId").asText()).isEqualTo(traceId);
    });
  }

  /** Waits for a trace with a span from each of these services; returns its id. */
  /** The id of the first trace with spans of every service and a span of the given name, once exported. */
  private static String awaitTraceThrough(Set<String> services, String spanName, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      Map<String, Set<String>> byTrace = SPANS.stream()
          .collect(Collectors.groupingBy(Span::traceId, Collectors.mapping(Span::service, Collectors.toSet())));
      Set<String> named = SPANS.stream().filter(s -> s.name().equals(spanName)).map(Span::traceId).collect(Collectors.toSet());
      Optional<String> done = byTrace.entrySet().stream().filter(e -> e.getValue().containsAll(services) && named.contains(e.getKey()))
          .map(Map.Entry::getKey).findFirst();
      if (done.isPresent()) {
        return done.get();
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("no trace through " + services + "; traces seen: " + byTrace);
      }
      Thread.sleep(200);
    }
  }

  /**
   * The spans of an OTLP ExportTraceServiceRequest, read with protobuf's generic parser (field numbers of
   * opentelemetry/proto/trace/v1/trace.proto): resource_spans=1 {resource=1 {attributes=1 {key=1, value=2
   * {string_value=1}}}, scope_spans=2 {spans=2 {trace_id=1, span_id=2, parent_span_id=4, name=5}}}.
   */
  static List<Span> decode(byte[] request) throws java.io.IOException {
    List<Span> spans = new ArrayList<>();
    HexFormat hex = HexFormat.of();
    for (ByteString rs : UnknownFieldSet.parseFrom(request).getField(1).getLengthDelimitedList()) {
      UnknownFieldSet resourceSpans = UnknownFieldSet.parseFrom(rs);
      String service = "";
      for (ByteString res : resourceSpans.getField(1).getLengthDelimitedList()) {
        for (ByteString kv : UnknownFieldSet.parseFrom(res).getField(1).getLengthDelimitedList()) {
          UnknownFieldSet attr = UnknownFieldSet.parseFrom(kv);
          if ("service.name".equals(attr.getField(1).getLengthDelimitedList().get(0).toStringUtf8())) {
            service = UnknownFieldSet.parseFrom(attr.getField(2).getLengthDelimitedList().get(0))
                .getField(1).getLengthDelimitedList().get(0).toStringUtf8();
          }
        }
      }
      for (ByteString ss : resourceSpans.getField(2).getLengthDelimitedList()) {
        for (ByteString sp : UnknownFieldSet.parseFrom(ss).getField(2).getLengthDelimitedList()) {
          UnknownFieldSet span = UnknownFieldSet.parseFrom(sp);
          List<ByteString> parent = span.getField(4).getLengthDelimitedList();
          spans.add(new Span(service, hex.formatHex(span.getField(1).getLengthDelimitedList().get(0).toByteArray()),
              hex.formatHex(span.getField(2).getLengthDelimitedList().get(0).toByteArray()),
              parent.isEmpty() ? "" : hex.formatHex(parent.get(0).toByteArray()),
              span.getField(5).getLengthDelimitedList().get(0).toStringUtf8()));
        }
      }
    }
    return spans;
  }
}
