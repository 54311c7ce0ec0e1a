package io.claimwatch.deploy;

import static io.claimwatch.deploy.Manifest.list;
import static io.claimwatch.deploy.Manifest.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The alert rules pass promtool, every alert carries what an on-call person needs (and a runbook in the README),
 * and every metric the alerts and the dashboard name is one a service's metrics test proves it exports.
 */
class AlertRulesTest {

  static final Path MONITORING = Tools.DEPLOY.resolve("components/monitoring");

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> groups() throws Exception {
    Map<String, Object> rule = new Yaml().load(Files.readString(MONITORING.resolve("prometheusrule.yaml")));
    return (List<Map<String, Object>>) map(rule, "spec").get("groups");
  }

  static List<Map<String, Object>> alerts() throws Exception {
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (var g : groups()) {
      alerts.addAll(list(g, "rules"));
    }
    return alerts;
  }

  @Test
  void promtoolAcceptsTheRules() throws Exception {
    Path rules = Tools.DEPLOY.resolve("target/rules.yaml");
    Files.createDirectories(rules.getParent());
    Files.writeString(rules, new Yaml().dump(Map.of("groups", groups())));
    String out = Tools.run(Tools.DEPLOY, List.of(Tools.promtool().toString(), "check", "rules", rules.toString()));
    assertThat(out).contains("SUCCESS").contains(alerts().size() + " rules found");
  }

  @Test
  void everyAlertHasSeverityForSummaryDescriptionAndARunbookInTheReadme() throws Exception {
    String readme = Files.readString(Tools.ROOT.resolve("README.md"));
    Set<String> anchors = new TreeSet<>();
    Matcher h = Pattern.compile("(?m)^#+ (.+)$").matcher(readme);
    while (h.find()) {
      anchors.add(h.group(1).trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-'));
    }
    SoftAssertions soft = new SoftAssertions();
    assertThat(alerts()).hasSizeGreaterThanOrEqualTo(8);
    for (var a : alerts()) {
      String name = (String) a.get("alert");
      soft.assertThat(a).as(name).containsKeys("expr", "for");
      soft.assertThat(map(a, "labels").get("severity")).as(name + " severity").isIn("critical", "warning", "info");
      Map<String, Object> ann = map(a, "annotations");
      soft.assertThat(ann).as(name).containsKeys("summary", "description", "runbook_url");
      String url = (String) ann.get("runbook_url");
      soft.assertThat(url).as(name + " runbook").endsWith("README.md#runbook-" + name.toLowerCase(Locale.ROOT));
      soft.assertThat(anchors).as(name + " runbook section in README.md").contains("runbook-" + name.toLowerCase(Locale.ROOT));
    }
    soft.assertAll();
  }

  @Test
  void everyMetricTheAlertsAndTheDashboardNameIsExported() throws Exception {
    Set<String> known = new TreeSet<>();
    for (String line : Files.readAllLines(MONITORING.resolve("metrics.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        known.add(line.split("\\s+")[0]);
      }
    }
    Set<String> named = new TreeSet<>();
    for (var a : alerts()) {
      named.addAll(metricNames((String) a.get("expr")));
    }
    JsonNode dashboard = new ObjectMapper().readTree(MONITORING.resolve("dashboard.json").toFile());
    for (JsonNode panel : dashboard.get("panels")) {
      for (JsonNode target : panel.get("targets")) {
        named.addAll(metricNames(target.get("expr").asText()));
      }
    }
    assertThat(named).hasSizeGreaterThan(8);
    assertThat(known).containsAll(named);
  }

  @Test
  void metricNamesAreFoundInExpressions() {
    assertThat(metricNames("sum by (namespace, le) (rate(http_server_requests_seconds_bucket{job=\"gateway\", uri!~\"/v1/x.*\"}[5m])) > 2"
        + " and on (namespace) max(ingest_queue_depth) > 0 unless up == 0"))
        .containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "ingest_queue_depth", "up");
  }

  private static final Set<String> KEYWORDS = Set.of("by", "without", "and", "or", "unless", "on", "ignoring",
      "group_left", "group_right", "bool", "offset", "inf", "nan");

  /** The metric names in a PromQL expression: identifiers that are not functions, keywords, labels or strings. */
  static Set<String> metricNames(String expr) {
    String s = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")     // strings
        .replaceAll("\\{[^}]*}", " ")                                    // label matchers
        .replaceAll("\\[[^]]*]", " ")                                    // ranges
        .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // label lists
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(s);
    while (m.find()) {
      if (m.group(2) == null && !KEYWORDS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        names.add(m.group(1));
      }
    }
    return names;
  }
}
