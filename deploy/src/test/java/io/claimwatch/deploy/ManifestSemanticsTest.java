package io.claimwatch.deploy;

import static io.claimwatch.deploy.Manifest.containers;
import static io.claimwatch.deploy.Manifest.kindName;
import static io.claimwatch.deploy.Manifest.labels;
import static io.claimwatch.deploy.Manifest.list;
import static io.claimwatch.deploy.Manifest.map;
import static io.claimwatch.deploy.Manifest.name;
import static io.claimwatch.deploy.Manifest.podLabels;
import static io.claimwatch.deploy.Manifest.podSpec;
import static io.claimwatch.deploy.Manifest.selects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a schema cannot check, on every rendered overlay: selectors match pod labels, every named port exists,
 * every ConfigMap and Secret key a pod reads is defined, the NetworkPolicies admit exactly the calls the services
 * make, and every pod is hardened. A CloudNativePG Cluster counts as the pods the operator makes for it: labelled
 * cnpg.io/cluster=NAME plus its inheritedMetadata labels, serving PostgreSQL (5432), the instance manager (8000)
 * and metrics (9187).
 */
class ManifestSemanticsTest {

  static final List<String> SERVICES = List.of("gateway", "ingest-service", "extract-service", "claims-service");
  static final String NAME = "app.kubernetes.io/name";
  static final String PART_OF = "app.kubernetes.io/part-of";
  static final String VERSION = "app.kubernetes.io/version";

  /** Secrets an overlay may read without defining them: made by the platform team, with these keys. */
  static final Map<String, Set<String>> EXTERNAL_SECRETS = Map.of(
      "claimwatch-db", Set.of("username", "password", "ingest-jdbc-url", "claims-jdbc-url"),
      "gateway-api", Set.of("auth-keys", "page-token-key"),
      "claimwatch-service-token", Set.of("key"));

  /** The labels of the pods CloudNativePG runs for each Cluster of the overlay, by the Cluster's name. */
  static Map<String, Map<String, String>> databasePods(Manifest m) {
    Map<String, Map<String, String>> pods = new HashMap<>();
    for (var c : m.ofKind("Cluster")) {
      Map<String, String> podLabels = new HashMap<>();
      map(map(map(c, "spec"), "inheritedMetadata"), "labels").forEach((k, v) -> podLabels.put(k, (String) v));
      podLabels.put("cnpg.io/cluster", name(c));
      pods.put(name(c), podLabels);
    }
    return pods;
  }

  static final Map<String, Integer> DATABASE_POD_PORTS = Map.of("postgresql", 5432, "status", 8000, "metrics", 9187);

  static Stream<String> overlays() throws Exception {
    return Tools.overlays().stream();
  }

  static Manifest manifest(String overlay) throws Exception {
    return Manifest.load(overlay, Tools.render(overlay));
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void labelsAndSelectors(String overlay) throws Exception {
    Manifest m = manifest(overlay);
    SoftAssertions soft = new SoftAssertions();
    for (var o : m.objects) {
      soft.assertThat(labels(o)).as(kindName(o)).containsKey(NAME).containsEntry(PART_OF, "claimwatch").containsKey(VERSION);
    }
    for (var w : m.workloads()) {
      Map<String, Object> selector = map(map(w, "spec"), "selector");
      soft.assertThat(podLabels(w)).as(kindName(w) + " pod labels").containsKey(VERSION).containsEntry(PART_OF, "claimwatch");
      if (!"Job".equals(w.get("kind"))) {
        soft.assertThat(map(selector, "matchLabels").keySet()).as(kindName(w) + " selector").containsExactlyInAnyOrder(NAME, PART_OF);
        soft.assertThat(selects(selector, podLabels(w))).as(kindName(w) + " selects its own pods").isTrue();
      }
    }
    // No selector anywhere names the version; each one selects some pods (Services, PDBs, policies) or Service.
    for (var o : m.objects) {
      Map<String, Object> spec = map(o, "spec");
      Map<String, Object> selector = switch ((String) o.get("kind")) {
        case "Service" -> Map.of("matchLabels", map(spec, "selector"));
        case "PodDisruptionBudget", "ServiceMonitor" -> map(spec, "selector");
        case "NetworkPolicy" -> map(spec, "podSelector");
        default -> null;
      };
      if (selector == null) {
        continue;
      }
      soft.assertThat(map(selector, "matchLabels")).as(kindName(o) + " selector").doesNotContainKey(VERSION);
      if ("ServiceMonitor".equals(o.get("kind"))) {
        List<Map<String, Object>> services = m.ofKind("Service").stream().filter(s -> selects(selector, labels(s))).toList();
        soft.assertThat(services).as(kindName(o) + " selects a Service").isNotEmpty();
        for (var s : services) {
          soft.assertThat(list(map(s, "spec"), "ports")).as(kindName(o) + " port on " + kindName(s))
              .anyMatch(p -> "management".equals(p.get("name")));
        }
        soft.assertThat(list(spec, "endpoints")).allMatch(e -> "management".equals(e.get("port")) && "/q/metrics".equals(e.get("path")));
      } else if (!map(selector, "matchLabels").isEmpty()) {
        soft.assertThat(m.workloads().stream().anyMatch(w -> selects(selector, podLabels(w)))
            || databasePods(m).values().stream().anyMatch(l -> selects(selector, l))).as(kindName(o) + " selects some pods").isTrue();
      }
    }
    soft.assertAll();
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void everyPortAProbeOrServiceNamesExists(String overlay) throws Exception {
    Manifest m = manifest(overlay);
    SoftAssertions soft = new SoftAssertions();
    for (var svc : m.ofKind("Service")) {
      Map<String, Object> selector = Map.of("matchLabels", map(map(svc, "spec"), "selector"));
      List<Map<String, Object>> backends = m.workloads().stream().filter(w -> selects(selector, podLabels(w))).toList();
      soft.assertThat(backends).as(kindName(svc) + " selects pods").isNotEmpty();
      for (var port : list(map(svc, "spec"), "ports")) {
        Object target = port.getOrDefault("targetPort", port.get("port"));
        for (var w : backends) {
          soft.assertThat(containerPorts(w)).as(kindName(svc) + " targetPort " + target + " on " + kindName(w))
              .containsKey(String.valueOf(target) .matches("\\d+") ? portName(w, (Integer) target) : (String) target);
        }
      }
    }
    for (var w : m.workloads()) {
      for (var c : containers(w)) {
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
          Map<String, Object> http = map(map(c, probe), "httpGet");
          if (!http.isEmpty()) {
            soft.assertThat(containerPorts(w)).as(kindName(w) + " " + probe + " port").containsKey((String) http.get("port"));
          }
        }
      }
    }
    soft.assertAll();
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void servicesProbeTheManagementPortAndBackendsAreHeadless(String overlay) throws Exception {
    Manifest m = manifest(overlay);
    SoftAssertions soft = new SoftAssertions();
    for (String s : SERVICES) {
      var d = m.find("Deployment", s).orElseThrow();
      var c = containers(d).get(0);
      soft.assertThat(c.get("name")).isEqualTo(s);
      soft.assertThat(containerPorts(d)).containsEntry("http", 8080).containsEntry("management", 9000);
      Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
          "readinessProbe", "/q/health/ready");
      paths.forEach((probe, path) -> {
        soft.assertThat(map(map(c, probe), "httpGet")).as(s + " " + probe).containsEntry("path", path).containsEntry("port", "management");
      });
      // Longer than quarkus.shutdown.timeout (20s).
      soft.assertThat((Integer) podSpec(d).get("terminationGracePeriodSeconds")).as(s + " grace").isGreaterThan(20);
      var svc = m.find("Service", s).orElseThrow();
      if (!s.equals("gateway")) {
        soft.assertThat(map(svc, "spec").get("clusterIP")).as(s + " headless").isEqualTo("None");
        soft.assertThat(list(map(svc, "spec"), "ports")).as(s + " grpc port")
            .anyMatch(p -> "grpc".equals(p.get("name")) && "kubernetes.io/h2c".equals(p.get("appProtocol")));
      }
    }
    // Callers reach gRPC backends by their headless Service's DNS name (dns:///name:8080, round robin).
    Map<String, String> clients = new HashMap<>();
    for (var cm : m.ofKind("ConfigMap")) {
      Map<String, Object> data = map(cm, "data");
      data.forEach((k, v) -> {
        if (k.startsWith("QUARKUS_GRPC_CLIENTS_") && k.endsWith("_HOST")) {
          clients.put(name(cm) + " " + k, (String) v);
        }
      });
    }
    soft.assertThat(clients).isNotEmpty();
    clients.forEach((k, host) -> soft.assertThat(m.find("Service", host)).as(k).isPresent()
        .get().satisfies(s -> assertThat(map(s, "spec").get("clusterIP")).isEqualTo("None")));
    soft.assertAll();
  }

  /**
   * Every service holds the service token key (gRPC calls between services are signed and checked with it), exits on
   * OutOfMemoryError so that Kubernetes restarts it instead of leaving it limping, and has a grace period longer than
   * quarkus.shutdown.timeout (20s) plus ingest's worker drain (5s).
   */
  @ParameterizedTest
  @MethodSource("overlays")
  void everyServiceHoldsTheServiceTokenKeyExitsOnOutOfMemoryAndDrainsWithinItsGrace(String overlay) throws Exception {
    Manifest m = manifest(overlay);
    SoftAssertions soft = new SoftAssertions();
    for (String service : SERVICES) {
      var w = m.find("Deployment", service).orElseThrow();
      Map<String, Map<String, Object>> env = new HashMap<>();
      for (var e : list(containers(w).get(0), "env")) {
        env.put((String) e.get("name"), e);
      }
      soft.assertThat(map(map(env.getOrDefault("CLAIMWATCH_SERVICE_TOKEN_KEY", Map.of()), "valueFrom"), "secretKeyRef"))
          .as(service + " CLAIMWATCH_SERVICE_TOKEN_KEY").containsEntry("name", "claimwatch-service-token").containsEntry("key", "key");
      soft.assertThat(String.valueOf(env.getOrDefault("JAVA_OPTS_APPEND", Map.of()).get("value")))
          .as(service + " JAVA_OPTS_APPEND").contains("-XX:+ExitOnOutOfMemoryError");
      soft.assertThat(((Number) podSpec(w).get("terminationGracePeriodSeconds")).intValue())
          .as(service + " terminationGracePeriodSeconds").isGreaterThan(20 + 5);
    }
    soft.assertAll();
  }

  /**
   * Each service's heap is fixed (-Xms = -Xmx, so the pod's memory does not creep as the heap grows into the old
   * generation) and its memory limit leaves room above the heap for what the JVM holds outside it: 217 MiB at most
   * under load (benchmarks/README.md, Memory: the largest RSS of a 15-minute bin/benchmark-pipeline run less the
   * 256 MiB heap), so at least 320 MiB.
   */
  @ParameterizedTest
  @MethodSource("overlays")
  void everyServiceHeapIsFixedAndItsLimitHoldsTheMeasuredNonHeap(String overlay) throws Exception {
    Manifest m = manifest(overlay);
    SoftAssertions soft = new SoftAssertions();
    for (String service : SERVICES) {
      var c = containers(m.find("Deployment", service).orElseThrow()).get(0);
      String options = list(c, "env").stream().filter(e -> "JAVA_OPTS_APPEND".equals(e.get("name")))
          .map(e -> String.valueOf(e.get("value"))).findFirst().orElse("");
      long heap = mebibytes(option(options, "-Xmx"));
      soft.assertThat(heap).as(service + " -Xmx in " + options).isPositive();
      soft.assertThat(option(options, "-Xms")).as(service + " -Xms = -Xmx in " + options).isEqualTo(option(options, "-Xmx"));
      soft.assertThat(options).as(service + " JAVA_OPTS_APPEND").contains("-XX:+AlwaysPreTouch");
      long limit = mebibytes(String.valueOf(map(map(c, "resources"), "limits").get("memory")));
      soft.assertThat(limit - heap).as(service + " memory limit " + limit + " MiB less its heap " + heap + " MiB")
          .isGreaterThanOrEqualTo(320);
    }
    soft.assertAll();
  }

  private static String option(String options, String name) {
    for (String o : options.split("\\s+")) {
      if (o.startsWith(name)) {
        return o.substring(name.length());
      }
    }
    return "";
  }

  /** "640Mi", "1Gi" (a Kubernetes quantity) or "256m", "1g" (a JVM size) in MiB; -1 when it is neither. */
  private static long mebibytes(String size) {
    var q = Pattern.compile("(\\d+)(Mi|Gi|m|g|M|G)").matcher(size);
    if (!q.matches()) {
      return -1;
    }
    long n = Long.parseLong(q.group(1));
    return q.group(2).equalsIgnoreCase("g") || q.group(2).equals("Gi") ? n * 1024 : n;
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void everyConfigMapAndSecretKeyAPodReadsIsDefined(String overlay) throws Exception {
    Manifest m = manifest(overlay);
    SoftAssertions soft = new SoftAssertions();
    for (var w : m.workloads()) {
      for (var c : containers(w)) {
        for (var env : list(c, "env")) {
          Map<String, Object> from = map(env, "valueFrom");
          check(m, soft, kindName(w), "ConfigMap", map(from, "configMapKeyRef"));
          check(m, soft, kindName(w), "Secret", map(from, "secretKeyRef"));
        }
        for (var ef : list(c, "envFrom")) {
          check(m, soft, kindName(w), "ConfigMap", map(ef, "configMapRef"));
          check(m, soft, kindName(w), "Secret", map(ef, "secretRef"));
        }
      }
      for (var v : list(podSpec(w), "volumes")) {
        Map<String, Object> cm = map(v, "configMap");
        if (!cm.isEmpty()) {
          check(m, soft, kindName(w), "ConfigMap", Map.of("name", cm.get("name")));
        }
        Map<String, Object> secret = map(v, "secret");
        if (!secret.isEmpty()) {
          check(m, soft, kindName(w), "Secret", Map.of("name", secret.get("secretName")));
        }
      }
    }
    // A CloudNativePG Cluster takes its owner's credentials from a Secret (kubernetes.io/basic-auth).
    for (var c : m.ofKind("Cluster")) {
      Map<String, Object> initdb = map(map(map(c, "spec"), "bootstrap"), "initdb");
      check(m, soft, kindName(c), "Secret", Map.of("name", map(initdb, "secret").get("name")));
      for (String key : List.of("username", "password")) {
        check(m, soft, kindName(c), "Secret", Map.of("name", map(initdb, "secret").get("name"), "key", key));
      }
    }
    // Where the overlay defines a Secret the platform team would otherwise make, it has the documented keys.
    EXTERNAL_SECRETS.forEach((secret, keys) -> m.find("Secret", secret).ifPresent(s -> soft
        .assertThat(secretKeys(s)).as(overlay + " " + secret).containsExactlyInAnyOrderElementsOf(keys)));
    soft.assertAll();
  }

  private static void check(Manifest m, SoftAssertions soft, String who, String kind, Map<String, Object> ref) {
    if (ref.isEmpty()) {
      return;
    }
    String name = (String) ref.get("name");
    String key = (String) ref.get("key");
    var obj = m.find(kind, name);
    if (obj.isEmpty()) {
      soft.assertThat(kind.equals("Secret") && EXTERNAL_SECRETS.containsKey(name))
          .as(who + " reads " + kind + " " + name + ", which is neither rendered nor a documented external Secret").isTrue();
      if (key != null && EXTERNAL_SECRETS.containsKey(name)) {
        soft.assertThat(EXTERNAL_SECRETS.get(name)).as(who + " reads " + name + "." + key).contains(key);
      }
      return;
    }
    if (key != null) {
      Set<String> keys = kind.equals("Secret") ? secretKeys(obj.get()) : map(obj.get(), "data").keySet();
      soft.assertThat(keys).as(who + " reads " + kind + " " + name + " key " + key).contains(key);
    }
  }

  private static Set<String> secretKeys(Map<String, Object> secret) {
    Set<String> keys = new TreeSet<>(map(secret, "data").keySet());
    keys.addAll(map(secret, "stringData").keySet());
    return keys;
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void everyPodIsHardened(String overlay) throws Exception {
    Manifest m = manifest(overlay);
    SoftAssertions soft = new SoftAssertions();
    assertThat(m.workloads()).isNotEmpty();
    for (var w : m.workloads()) {
      String who = kindName(w);
      Map<String, Object> pod = podSpec(w);
      Map<String, Object> psc = map(pod, "securityContext");
      soft.assertThat(psc.get("runAsNonRoot")).as(who + " runAsNonRoot").isEqualTo(true);
      soft.assertThat(map(psc, "seccompProfile").get("type")).as(who + " seccomp").isEqualTo("RuntimeDefault");
      soft.assertThat(pod.get("automountServiceAccountToken")).as(who + " no token").isEqualTo(false);
      Object sa = pod.get("serviceAccountName");
      if (sa != null) {
        soft.assertThat(m.find("ServiceAccount", (String) sa)).as(who + " ServiceAccount " + sa).isPresent();
      }
      Set<String> emptyDirs = new TreeSet<>();
      for (var v : list(pod, "volumes")) {
        if (v.containsKey("emptyDir")) {
          emptyDirs.add((String) v.get("name"));
        }
      }
      for (var c : containers(w)) {
        String cw = who + " container " + c.get("name");
        Map<String, Object> sc = map(c, "securityContext");
        soft.assertThat(sc.get("allowPrivilegeEscalation")).as(cw + " allowPrivilegeEscalation").isEqualTo(false);
        soft.assertThat(sc.get("readOnlyRootFilesystem")).as(cw + " readOnlyRootFilesystem").isEqualTo(true);
        soft.assertThat(sc.get("privileged")).as(cw + " privileged").isNotEqualTo(true);
        soft.assertThat(map(sc, "capabilities").get("drop")).as(cw + " drops").isEqualTo(List.of("ALL"));
        soft.assertThat(map(sc, "capabilities").get("add")).as(cw + " adds").isNull();
        soft.assertThat(list(c, "volumeMounts")).as(cw + " writable /tmp")
            .anyMatch(vm -> "/tmp".equals(vm.get("mountPath")) && emptyDirs.contains((String) vm.get("name")));
        Map<String, Object> res = map(c, "resources");
        soft.assertThat(map(res, "requests")).as(cw + " requests").containsKeys("cpu", "memory");
        soft.assertThat(map(res, "limits").get("memory")).as(cw + " memory limit = request").isEqualTo(map(res, "requests").get("memory"));
        soft.assertThat((String) c.get("image")).as(cw + " image tag").matches(".+:[^:/]+$").doesNotEndWith(":latest");
      }
    }
    soft.assertAll();
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void replicasAndAutoscaling(String overlay) throws Exception {
    Manifest m = manifest(overlay);
    SoftAssertions soft = new SoftAssertions();
    Set<String> scaled = new TreeSet<>();
    for (var hpa : m.ofKind("HorizontalPodAutoscaler")) {
      Map<String, Object> ref = map(map(hpa, "spec"), "scaleTargetRef");
      soft.assertThat(m.find((String) ref.get("kind"), (String) ref.get("name"))).as(kindName(hpa) + " target").isPresent();
      scaled.add((String) ref.get("name"));
    }
    for (String s : SERVICES) {
      Object replicas = map(m.find("Deployment", s).orElseThrow(), "spec").get("replicas");
      if (scaled.contains(s)) {
        soft.assertThat(replicas).as(s + ": no replicas under an HPA").isNull();
      } else if (overlay.equals("dev")) {
        soft.assertThat(replicas).as(s + " replicas").isEqualTo(1);
      } else {
        soft.assertThat((Integer) replicas).as(s + " replicas").isGreaterThanOrEqualTo(2);
      }
    }
    if (overlay.equals("dev")) {
      soft.assertThat(scaled).isEmpty();
      soft.assertThat(m.find("StatefulSet", "postgresql")).isPresent();
      soft.assertThat(m.find("Job", "load-seeds")).isPresent();
    } else {
      soft.assertThat(scaled).containsExactlyInAnyOrder("extract-service", "gateway");
      soft.assertThat(m.ofKind("ServiceMonitor")).hasSize(4);
      soft.assertThat(m.ofKind("PrometheusRule")).hasSize(1);
    }
    soft.assertAll();
  }

  // ---- NetworkPolicies -------------------------------------------------------------------------------------

  /** A pod that may send or receive traffic: its namespace, the namespace's labels, its labels and ports. */
  record Peer(String id, String namespace, Map<String, String> nsLabels, Map<String, String> labels,
      Map<String, Integer> ports, String ip) {}

  static final String NS = "claimwatch";

  @ParameterizedTest
  @MethodSource("overlays")
  void networkPoliciesAdmitExactlyTheCallsTheServicesMake(String overlay) throws Exception {
    Manifest m = manifest(overlay);
    assertThat(m.find("NetworkPolicy", "default-deny")).isPresent()
        .get().satisfies(p -> assertThat(map(map(p, "spec"), "podSelector")).isEmpty());
    List<Peer> pods = new ArrayList<>();
    for (var w : m.workloads()) {
      pods.add(new Peer(podLabels(w).get(NAME), NS, Map.of("kubernetes.io/metadata.name", NS), podLabels(w),
          containerPorts(w), null));
    }
    databasePods(m).forEach((cluster, labels) -> pods.add(new Peer(cluster, NS, Map.of("kubernetes.io/metadata.name", NS),
        labels, DATABASE_POD_PORTS, null)));
    Peer prometheus = new Peer("prometheus", "monitoring", Map.of("kubernetes.io/metadata.name", "monitoring"),
        Map.of(NAME, "prometheus"), Map.of(), null);
    Peer outsider = new Peer("outsider", "other", Map.of("kubernetes.io/metadata.name", "other"), Map.of("app", "x"), Map.of(), null);
    Peer dns = new Peer("kube-dns", "kube-system", Map.of("kubernetes.io/metadata.name", "kube-system"),
        Map.of("k8s-app", "kube-dns"), Map.of("dns", 53), null);
    Peer externalDb = new Peer("external-db", null, Map.of(), Map.of(), Map.of("postgresql", 5432), "10.20.30.40");
    Peer apiServer = new Peer("kube-apiserver", null, Map.of(), Map.of(), Map.of("https", 6443), "10.0.0.1");
    Peer operator = new Peer("cnpg-operator", "cnpg-system", Map.of("kubernetes.io/metadata.name", "cnpg-system"),
        Map.of(NAME, "cloudnative-pg"), Map.of(), null);

    Set<String> allowed = new TreeSet<>();
    for (Peer src : pods) {
      for (Peer dst : pods) {
        for (int port : dst.ports().values()) {
          if (admits(m, src, dst, port)) {
            allowed.add(src.id() + " -> " + dst.id() + ":" + port);
          }
        }
      }
    }
    Set<String> expected = new TreeSet<>(Set.of(
        "gateway -> ingest-service:8080", "gateway -> claims-service:8080",
        "ingest-service -> extract-service:8080", "ingest-service -> claims-service:8080"));
    if (overlay.equals("dev")) {
      expected.addAll(Set.of("ingest-service -> postgresql:5432", "claims-service -> postgresql:5432",
          "load-seeds -> gateway:8080"));
    } else {
      // CloudNativePG: the services reach PostgreSQL; the instances replicate from each other.
      expected.addAll(Set.of("ingest-service -> claimwatch-db:5432", "claims-service -> claimwatch-db:5432",
          "claimwatch-db -> claimwatch-db:5432"));
    }
    assertThat(allowed).as("calls admitted between the pods of " + overlay).isEqualTo(expected);

    SoftAssertions soft = new SoftAssertions();
    for (Peer dst : pods) {
      if (SERVICES.contains(dst.id())) {
        soft.assertThat(admits(m, prometheus, dst, 9000)).as("prometheus -> " + dst.id() + ":9000").isTrue();
        // The gateway's REST port is public; nothing else but the management port is open to Prometheus.
        soft.assertThat(admits(m, prometheus, dst, 8080)).as("prometheus -> " + dst.id() + ":8080")
            .isEqualTo(dst.id().equals("gateway"));
        soft.assertThat(admits(m, outsider, dst, 8080)).as("outside -> " + dst.id() + ":8080")
            .isEqualTo(dst.id().equals("gateway"));
      }
      soft.assertThat(admits(m, outsider, dst, 9000)).as("outside -> " + dst.id() + ":9000").isFalse();
    }
    for (Peer src : pods) {
      soft.assertThat(egress(m, src, dns, 53)).as(src.id() + " -> kube-dns:53").isTrue();
      soft.assertThat(egress(m, src, externalDb, 5432)).as(src.id() + " -> a database outside").isFalse();
      // Only the database's instance managers talk to the Kubernetes API.
      soft.assertThat(egress(m, src, apiServer, 6443)).as(src.id() + " -> the Kubernetes API")
          .isEqualTo(databasePods(m).containsKey(src.id()));
    }
    for (String db : databasePods(m).keySet()) {
      Peer dst = pods.stream().filter(p -> p.id().equals(db)).findFirst().orElseThrow();
      soft.assertThat(admits(m, operator, dst, 8000)).as("operator -> " + db + ":8000").isTrue();
      soft.assertThat(admits(m, operator, dst, 5432)).as("operator -> " + db + ":5432").isFalse();
      soft.assertThat(admits(m, prometheus, dst, 9187)).as("prometheus -> " + db + ":9187").isTrue();
      soft.assertThat(admits(m, outsider, dst, 5432)).as("outside -> " + db + ":5432").isFalse();
    }
    if (overlay.equals("prod")) {
      soft.assertThat(databasePods(m)).as("prod's database: a CloudNativePG Cluster").containsOnlyKeys("claimwatch-db");
    }
    soft.assertAll();
  }

  private static boolean admits(Manifest m, Peer src, Peer dst, int port) {
    return (src.namespace() == null || !src.namespace().equals(NS) || egress(m, src, dst, port))
        && (!NS.equals(dst.namespace()) || ingress(m, src, dst, port));
  }

  private static boolean egress(Manifest m, Peer src, Peer dst, int port) {
    return direction(m, src, dst, port, "Egress", "egress", "to");
  }

  private static boolean ingress(Manifest m, Peer src, Peer dst, int port) {
    return direction(m, dst, src, port, "Ingress", "ingress", "from");
  }

  /** Do the policies selecting {@code subject} admit traffic with {@code other} on {@code port} (of dst)? */
  @SuppressWarnings("unchecked")
  private static boolean direction(Manifest m, Peer subject, Peer other, int port, String type, String rulesKey, String peersKey) {
    Peer dst = type.equals("Egress") ? other : subject;
    boolean selected = false;
    for (var p : m.ofKind("NetworkPolicy")) {
      Map<String, Object> spec = map(p, "spec");
      List<String> types = (List<String>) spec.get("policyTypes");
      if (!types.contains(type) || !selects(map(spec, "podSelector"), subject.labels())) {
        continue;
      }
      selected = true;
      for (var rule : list(spec, rulesKey)) {
        boolean peerOk = !rule.containsKey(peersKey)
            || list(rule, peersKey).stream().anyMatch(peer -> peerMatches(peer, other));
        boolean portOk = !rule.containsKey("ports") || list(rule, "ports").stream().anyMatch(pp -> {
          Object want = pp.get("port");
          return want == null || (want instanceof Integer i ? i == port : Integer.valueOf(port).equals(dst.ports().get((String) want)));
        });
        if (peerOk && portOk) {
          return true;
        }
      }
    }
    return !selected;
  }

  private static boolean peerMatches(Map<String, Object> peer, Peer other) {
    if (peer.containsKey("ipBlock")) {
      return other.ip() != null && inCidr(other.ip(), (String) map(peer, "ipBlock").get("cidr"));
    }
    if (other.namespace() == null) {
      return false;
    }
    boolean nsOk = peer.containsKey("namespaceSelector")
        ? selects(map(peer, "namespaceSelector"), other.nsLabels()) : NS.equals(other.namespace());
    boolean podOk = !peer.containsKey("podSelector") || selects(map(peer, "podSelector"), other.labels());
    return nsOk && podOk;
  }

  static boolean inCidr(String ip, String cidr) {
    String[] parts = cidr.split("/");
    int bits = Integer.parseInt(parts[1]);
    long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    return (ipv4(ip) & mask) == (ipv4(parts[0]) & mask);
  }

  private static long ipv4(String ip) {
    long v = 0;
    for (String octet : ip.split("\\.")) {
      v = (v << 8) | Integer.parseInt(octet);
    }
    return v;
  }

  private static Map<String, Integer> containerPorts(Map<String, Object> workload) {
    Map<String, Integer> ports = new HashMap<>();
    for (var c : containers(workload)) {
      for (var p : list(c, "ports")) {
        ports.put((String) p.getOrDefault("name", String.valueOf(p.get("containerPort"))), (Integer) p.get("containerPort"));
      }
    }
    return ports;
  }

  private static String portName(Map<String, Object> workload, int number) {
    return containerPorts(workload).entrySet().stream().filter(e -> e.getValue() == number)
        .map(Map.Entry::getKey).findFirst().orElse("<no port " + number + ">");
  }

  @Test
  void cidrArithmetic() {
    assertThat(inCidr("10.20.30.40", "10.0.0.0/8")).isTrue();
    assertThat(inCidr("192.168.1.1", "10.0.0.0/8")).isFalse();
  }
}
