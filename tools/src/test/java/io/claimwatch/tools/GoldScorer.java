package io.claimwatch.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of the shared scorer ({@code ../shared/eval/score.py}, README beside it) in Java, so that
 * the build can hold the engine to its gold sets: a predicted claim matches a gold claim of the same
 * article when their quotes overlap in the text and they share a bound; each gold claim matches once;
 * then, over the matches, bounds, hedge, claimant, counted and dates; and grouping over pairs of
 * matched claims. Kept line for line with score.py; a difference is a bug here.
 */
final class GoldScorer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_QUOTE = 600;
  private static final Set<String> STOP = Set.of("the", "of", "a", "an", "and", "in", "by", "on", "to", "for", "from",
      "among", "each", "per", "s");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\w@' ]+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The scores of one run, as score.py's summary lines print them. */
  record Scores(int matched, int falsePositives, int missed, double detectionF1, double bounds, double hedge,
                double claimant, double counted, double dates, double groupingP, double groupingR, double groupingF1) {
    @Override
    public String toString() {
      return String.format("matched %d, FP %d, missed %d | detection F1=%.3f bounds=%.3f hedge=%.3f claimant=%.3f"
              + " counted=%.3f dates=%.3f | grouping P=%.3f R=%.3f F1=%.3f", matched, falsePositives, missed, detectionF1,
          bounds, hedge, claimant, counted, dates, groupingP, groupingR, groupingF1);
    }
  }

  static Map<String, JsonNode> load(Path jsonl) throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode d = JSON.readTree(line);
        out.put(d.get("doc").asText(), d);
      }
    }
    return out;
  }

  static Scores score(Map<String, JsonNode> gold, Map<String, ? extends JsonNode> pred, Path root) throws IOException {
    int tp = 0, fp = 0, fn = 0, dated = 0;
    Map<String, Integer> agree = new LinkedHashMap<>(Map.of("bounds", 0, "hedge", 0, "claimant", 0, "counted", 0, "dates", 0));
    List<String[]> pairs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> g : gold.entrySet()) {
      String text = Files.readString(root.resolve(g.getKey()), StandardCharsets.UTF_8);
      List<JsonNode> gclaims = new ArrayList<>();
      g.getValue().get("claims").forEach(gclaims::add);
      List<List<int[]>> gspans = gclaims.stream().map(c -> spans(text, c.get("quote").asText())).toList();
      Set<Integer> free = new TreeSet<>();
      for (int i = 0; i < gclaims.size(); i++) {
        free.add(i);
      }
      JsonNode p0 = pred.get(g.getKey());
      if (p0 != null) {
        for (JsonNode p : p0.get("claims")) {
          String quote = p.path("quote").asText("");
          List<int[]> ps = quote.length() <= MAX_QUOTE ? spans(text, quote) : List.of();
          Integer hit = null;
          for (int i : free) {
            if (overlap(ps, gspans.get(i)) && shareABound(p, gclaims.get(i))) {
              hit = i;
              break;
            }
          }
          if (hit == null) {
            fp++;
            continue;
          }
          free.remove(hit);
          tp++;
          JsonNode gc = gclaims.get(hit);
          if (text(gc, "group") != null) {
            pairs.add(new String[] {text(gc, "group"), text(p, "group")});
          }
          boolean bounds = Objects.equals(num(p, "value_low"), num(gc, "value_low"))
              && Objects.equals(num(p, "value_high"), num(gc, "value_high"));
          agree.merge("bounds", bounds ? 1 : 0, Integer::sum);
          agree.merge("hedge", Objects.equals(text(p, "hedge"), text(gc, "hedge")) ? 1 : 0, Integer::sum);
          agree.merge("claimant", claimantOk(p, gc) ? 1 : 0, Integer::sum);
          agree.merge("counted", countedOk(p, gc) ? 1 : 0, Integer::sum);
          if (text(gc, "event_start") != null || text(gc, "event_end") != null) {
            dated++;
            agree.merge("dates", datesOk(p, gc) ? 1 : 0, Integer::sum);
          }
        }
      }
      fn += free.size();
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    long sameGold = 0, samePred = 0, sameBoth = 0;
    for (int i = 0; i < pairs.size(); i++) {
      for (int j = i + 1; j < pairs.size(); j++) {
        boolean sg = pairs.get(i)[0].equals(pairs.get(j)[0]);
        boolean sp = pairs.get(i)[1] != null && pairs.get(i)[1].equals(pairs.get(j)[1]);
        sameGold += sg ? 1 : 0;
        samePred += sp ? 1 : 0;
        sameBoth += sg && sp ? 1 : 0;
      }
    }
    double gp = samePred == 0 ? 0 : (double) sameBoth / samePred;
    double gr = sameGold == 0 ? 0 : (double) sameBoth / sameGold;
    int matched = tp;
    int withDates = dated;
    return new Scores(tp, fp, fn, f1(precision, recall), share(agree.get("bounds"), matched), share(agree.get("hedge"), matched),
        share(agree.get("claimant"), matched), share(agree.get("counted"), matched), share(agree.get("dates"), withDates),
        gp, gr, f1(gp, gr));
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double share(int n, int of) {
    return of == 0 ? 0 : (double) n / of;
  }

  private static List<int[]> spans(String text, String quote) {
    List<int[]> out = new ArrayList<>();
    if (quote.isEmpty()) {
      return out;
    }
    for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
      out.add(new int[] {i, i + quote.length()});
    }
    return out;
  }

  private static boolean overlap(List<int[]> a, List<int[]> b) {
    for (int[] x : a) {
      for (int[] y : b) {
        if (x[0] < y[1] && y[0] < x[1]) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double num(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : Double.valueOf(v.asText());
  }

  private static boolean shareABound(JsonNode p, JsonNode g) {
    Set<Double> a = new HashSet<>();
    for (String f : List.of("value_low", "value_high")) {
      if (num(p, f) != null) {
        a.add(num(p, f));
      }
    }
    for (String f : List.of("value_low", "value_high")) {
      if (num(g, f) != null && a.contains(num(g, f))) {
        return true;
      }
    }
    return false;
  }

  static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase().replace("’", "'");
    t = NOT_WORD.matcher(t).replaceAll(" ");
    t = t.strip().replaceFirst("^(the|a|an) ", "");
    return t.replaceAll("\\s+", " ").strip();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : norm(s).split(" ")) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w.replaceAll("s+$", ""));
      }
    }
    return out;
  }

  private static boolean claimantOk(JsonNode p, JsonNode g) {
    List<String> want = new ArrayList<>();
    want.add(text(g, "claimant"));
    g.path("alt_claimants").forEach(a -> want.add(a.asText()));
    String pc = norm(text(p, "claimant"));
    if (pc.isEmpty()) {
      return text(g, "claimant") == null;
    }
    for (String w : want) {
      if (w != null && !w.isEmpty() && (pc.contains(norm(w)) || norm(w).contains(pc))) {
        return true;
      }
    }
    return false;
  }

  private static boolean countedOk(JsonNode p, JsonNode g) {
    Set<String> gw = words(text(g, "counted"));
    Set<String> pw = words(text(p, "counted"));
    if (gw.isEmpty()) {
      return false;
    }
    Set<String> both = new HashSet<>(gw);
    both.retainAll(pw);
    return (double) both.size() / gw.size() >= 0.5;
  }

  private static boolean datesOk(JsonNode p, JsonNode g) {
    for (String f : List.of("event_start", "event_end")) {
      String want = text(g, f);
      if (want != null && !String.valueOf(text(p, f) == null ? "" : text(p, f)).startsWith(want)) {
        return false;
      }
    }
    return true;
  }
}
