package io.claimwatch.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The objects of one rendered overlay, with the few accessors the tests need. */
final class Manifest {

  final String overlay;
  final List<Map<String, Object>> objects = new ArrayList<>();

  private Manifest(String overlay) {
    this.overlay = overlay;
  }

  @SuppressWarnings("unchecked")
  static Manifest load(String overlay, Path file) throws IOException {
    Manifest m = new Manifest(overlay);
    for (Object doc : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
      if (doc != null) {
        m.objects.add((Map<String, Object>) doc);
      }
    }
    return m;
  }

  List<Map<String, Object>> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
  }

  Optional<Map<String, Object>> find(String kind, String name) {
    return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
  }

  /** Deployments, StatefulSets and Jobs: whatever runs pods. */
  List<Map<String, Object>> workloads() {
    return objects.stream().filter(o -> List.of("Deployment", "StatefulSet", "Job").contains(o.get("kind"))).toList();
  }

  static String name(Map<String, Object> o) {
    return (String) map(o, "metadata").get("name");
  }

  static String kindName(Map<String, Object> o) {
    return o.get("kind") + "/" + name(o);
  }

  static Map<String, Object> podTemplate(Map<String, Object> workload) {
    return map(map(workload, "spec"), "template");
  }

  static Map<String, Object> podSpec(Map<String, Object> workload) {
    return map(podTemplate(workload), "spec");
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> podLabels(Map<String, Object> workload) {
    return (Map<String, String>) (Map<?, ?>) map(map(podTemplate(workload), "metadata"), "labels");
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> labels(Map<String, Object> o) {
    Object l = map(o, "metadata").get("labels");
    return l == null ? Map.of() : (Map<String, String>) l;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> containers(Map<String, Object> workload) {
    List<Map<String, Object>> all = new ArrayList<>((List<Map<String, Object>>) podSpec(workload).get("containers"));
    Object init = podSpec(workload).get("initContainers");
    if (init != null) {
      all.addAll((List<Map<String, Object>>) init);
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> o, String key) {
    Object v = o == null ? null : o.get(key);
    return v == null ? Map.of() : (Map<String, Object>) v;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> o, String key) {
    Object v = o == null ? null : o.get(key);
    return v == null ? List.of() : (List<Map<String, Object>>) v;
  }

  /** Does a label selector (matchLabels only; matchExpressions are not used here) select these labels? */
  @SuppressWarnings("unchecked")
  static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
    if (selector.containsKey("matchExpressions")) {
      throw new IllegalArgumentException("matchExpressions are not checked by these tests: " + selector);
    }
    Map<String, String> match = selector.containsKey("matchLabels")
        ? (Map<String, String>) selector.get("matchLabels") : Map.of();
    return match.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }
}
