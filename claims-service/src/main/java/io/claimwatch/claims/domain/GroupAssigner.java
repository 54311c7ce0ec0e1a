package io.claimwatch.claims.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts each claim in the group of claims about the same real-world quantity. A claim joins the
 * closest group whose key is compatible (the same measure, party and unit, of the same event: its
 * kind, place, name and days) and whose values are of the same magnitude: within
 * {@link #MAGNITUDE_FACTOR} of the group's range. Reports of one quantity at different times (909,
 * then 971) stay within that factor; two quantities of one kind (102 taken in one operation, 971
 * over a whole offensive) usually do not. Keys come with the claims, computed once by the
 * extractor: grouping compares them and runs no language processing.
 */
public final class GroupAssigner {

  /** How far, as a ratio, a value may lie outside a group's range and still join it. */
  public static final double MAGNITUDE_FACTOR = 3.0;
  /**
   * The same for a measure on a logarithmic scale (an earthquake's magnitude): 7.4 revised to 7.8
   * is one quake, 6.2 is another.
   */
  static final double LOG_SCALE_FACTOR = 1.1;

  /** The claims of one article with their groups set, in the same order; a claim without a key is not grouped. */
  public List<Claim> assign(List<Claim> claims, GroupIndex index) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      QuantityKey key = c.key() == null ? new QuantityKey("", "", "", c.unit()) : c.key();
      Optional<double[]> extent = extent(c, claims);
      if (!key.groupable() || extent.isEmpty()) {
        out.add(c.grouped(key, null));
        continue;
      }
      double lo = extent.get()[0];
      double hi = extent.get()[1];
      double reach = Math.log(reach(key));
      Optional<GroupIndex.Candidate> best = index.candidates(key, lo, hi).stream()
          .filter(g -> distance(g, lo, hi) <= reach)
          .min(Comparator.comparingDouble((GroupIndex.Candidate g) -> distance(g, lo, hi)).thenComparing(GroupIndex.Candidate::id));
      String group;
      if (best.isPresent()) {
        group = best.get().id();
        index.join(group, best.get().key().refine(key), lo, hi);
      } else {
        group = c.id();
        index.create(group, key, lo, hi);
      }
      out.add(c.grouped(key, group));
    }
    return out;
  }

  /**
   * How far, as a ratio, a figure may lie from a group of this key: tighter on a logarithmic scale, and
   * for a kind read off an instrument (a speed, a rainfall: {@code grouping/kind-reach.txt}); for a key
   * that pins its event down, as far as its kind of event's counts climb ({@code grouping/reach.txt}), or further for
   * a measure that grows further than a toll where its kind's counts climb (a fire's area burned:
   * {@code grouping/event-reach.txt}); else {@link #MAGNITUDE_FACTOR}.
   */
  public static double reach(QuantityKey key) {
    if ("magnitude".equals(key.kind())) {
      return LOG_SCALE_FACTOR;
    }
    Double byKind = KIND_REACH.get(key.kind());
    if (byKind != null) {
      return byKind;   // kind-reach: a speed or a rainfall read off instruments; figures apart are other readings
    }
    double byCause = key.pinned() ? REACH.getOrDefault(key.cause(), MAGNITUDE_FACTOR) : MAGNITUDE_FACTOR;
    Double byEvent = EVENT_REACH.get(key.event());
    // event-reach: a fire's area burned grows further than its toll climbs; only where the kind's counts climb at all,
    // and for the whole event's count: a part's or a period's ("#period": a state's acres burned so far this year) is no fire's growth
    return byEvent != null && byCause > MAGNITUDE_FACTOR && key.place().indexOf('#') < 0 ? Math.max(byCause, byEvent) : byCause;
  }

  private static boolean sameMeasure(QuantityKey a, QuantityKey b) {
    return a != null && a.event().equals(b.event()) && a.cause().equals(b.cause()) && agree(a.kind(), b.kind())
        && agree(a.party(), b.party());
  }

  /** Two parts of keys agree when they are equal or one is open (as {@link QuantityKey#compatible} has them). */
  private static boolean agree(String a, String b) {
    return a.equals(b) || a.isEmpty() || b.isEmpty();
  }

  /**
   * Whether a key's counts climb over days as a sudden disaster's toll does: its {@link #reach} is wider than the
   * default ({@code grouping/reach.txt} for a pinned key; never a magnitude's or an instrument's reading).
   */
  public static boolean climbs(QuantityKey key) {
    return reach(key) > MAGNITUDE_FACTOR;
  }

  /** The reaches of {@code grouping/reach.txt} by kind of event, and of {@code grouping/kind-reach.txt} by kind, for SQL. */
  public static java.util.Map<String, Double> reachByCause() {
    return REACH;
  }

  /** As {@link #reachByCause}, by the kind a measure counts. */
  public static java.util.Map<String, Double> reachByKind() {
    return KIND_REACH;
  }

  private static final java.util.Map<String, Double> REACH = loadFactors("/grouping/reach.txt");
  /** The reach of a measure by the kind it counts, before its kind of event's ({@code grouping/kind-reach.txt}). */
  private static final java.util.Map<String, Double> KIND_REACH = loadFactors("/grouping/kind-reach.txt");
  /** The reach of a measure by what happened to what it counts, where its kind of event's counts climb ({@code grouping/event-reach.txt}). */
  private static final java.util.Map<String, Double> EVENT_REACH = loadFactors("/grouping/event-reach.txt");

  /** Lines "factor: word word" ({@code default:} lines and # comments skipped): each word's factor. */
  private static java.util.Map<String, Double> loadFactors(String resource) {
    java.util.Map<String, Double> out = new java.util.HashMap<>();
    try (java.io.InputStream in = GroupAssigner.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("default:")) {
          continue;
        }
        int colon = line.indexOf(':');
        double factor = Double.parseDouble(line.substring(0, colon).strip());
        for (String cause : line.substring(colon + 1).strip().split("\\s+")) {
          out.put(cause, factor);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.Map.copyOf(out);
  }

  private static final java.util.Map<String, Double> UNIT_SCALES = loadFactors("/grouping/unit-scales.txt");

  /**
   * The magnitude a claim is grouped by: its {@link #representative} in its key's unit, scaled from the unit it
   * was written in ({@code grouping/unit-scales.txt}: "373 square miles" is 966 km2, as "239,000 acres" is).
   */
  public static Optional<Double> value(Claim c) {
    return representative(c).map(v -> v * unitScale(c.unit()));
  }

  /** How much of its key's unit one of {@code unit} is; 1 for a unit keyed as written. */
  public static double unitScale(String unit) {
    return unit == null ? 1 : UNIT_SCALES.getOrDefault(unit, 1.0);
  }

  /** The scales of {@link #unitScale}, unit by unit, for SQL that computes {@link #value} ("acre" -> 0.00404...). */
  public static java.util.Map<String, Double> unitScales() {
    return UNIT_SCALES;
  }

  /** How far, in log ratio, an extent lies outside the group's range (0 where they overlap). */
  static double distance(GroupIndex.Candidate g, double low, double high) {
    if (high < g.minValue()) {
      return Math.log(g.minValue() / high);
    }
    if (low > g.maxValue()) {
      return Math.log(low / g.maxValue());
    }
    return 0;
  }

  /**
   * What a claim's figure covers when it is grouped, {low, high} in its key's unit (rule vague-extent). A vague
   * figure ("thousands", "hundreds of thousands") of a count that {@link #climbs}: from its {@link #value} (its range's
   * geometric mean) to its range's top. Such a count is said vaguely before it is known and later reported higher
   * ("thousands" flee, then 88,000 are evacuated), so the reach runs up from the top, but a vague word is not said
   * of a figure far below its range ("hundreds" of a dozen), so down it runs from the mean as for any range. Any
   * other figure its {@link #value}; so is a vague one of any other count (strikers: figures of one time, told apart
   * by scope), and one whose article ({@code article}, the claims of its article) gives a figure that is not vague of
   * the same measure (event and kind of event; kind and party unless one is open: "thousands" in need beside 60,000 children in need): beside figures, a vague one is a part ("tens of
   * thousands" evacuated in the capital, 600,000 displaced in the country). Empty as {@link #value}.
   */
  public static Optional<double[]> extent(Claim c, List<Claim> article) {
    Optional<Double> v = value(c);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (c.hedge() == Hedge.VAGUE && c.high() != null && c.key() != null && climbs(c.key())
        && article.stream().noneMatch(o -> o.hedge() != Hedge.VAGUE && sameMeasure(o.key(), c.key()))) {
      double scale = unitScale(c.unit());
      return Optional.of(new double[] {v.get(), Math.max(v.get(), c.high().doubleValue() * scale)});
    }
    return Optional.of(new double[] {v.get(), v.get()});
  }

  /**
   * One number for a claim's magnitude: the stated number for exact, approximate and one-sided
   * claims; the geometric mean of a range's ends. Empty when it has none above zero.
   */
  public static Optional<Double> representative(Claim c) {
    return representative(c.low(), c.high());
  }

  /** The representative of an interval, as {@link #representative(Claim)}. */
  public static Optional<Double> representative(BigDecimal low, BigDecimal high) {
    double v;
    if (low != null && high != null) {
      v = Math.sqrt(low.doubleValue() * high.doubleValue());
    } else if (low != null) {
      v = low.doubleValue();
    } else if (high != null) {
      v = high.doubleValue();
    } else {
      return Optional.empty();
    }
    return v > 0 && Double.isFinite(v) ? Optional.of(v) : Optional.empty();
  }
}
