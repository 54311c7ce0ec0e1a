package io.claimwatch.claims.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the claims of one group agree. Claims are ordered by when they hold (the end of the
 * counted period, else when the claimant said it, else the publication date); each pair is judged:
 * <ul>
 *   <li>CORROBORATES: their intervals overlap for the same period, or the same figure is restated later;</li>
 *   <li>UPDATES: a later figure consistent with the earlier, or above it, as a growing cumulative count is;</li>
 *   <li>CONFLICTS: incompatible intervals for the same period (or with no dates to order them), or a
 *       later figure below the earlier: a cumulative count that falls.</li>
 * </ul>
 * Figures are compared in one scale ({@link GroupAssigner#unitScale}): "239,000 acres" and "373 square miles" are
 * one area, and a sum and its conversion in brackets ("6,708 rubles ($77)") one sum, within
 * {@link #CONVERSION_SLACK} as the scale's exchange rates are rough. The estimate is what the latest claims agree
 * on, in the unit of the claim it rests on. Reprints of one story count as one origin.
 */
public final class Agreement {

  /** How two claims relate. DIFFERENT_SCOPE is given between groups of one kind (see {@link ClaimService}). */
  public enum Verdict { CORROBORATES, UPDATES, CONFLICTS, DIFFERENT_SCOPE }

  /** The verdict on two claims, the earlier first, and why. */
  public record Pair(String earlier, String later, Verdict verdict, String reason) {}

  /** The current best estimate as an interval (a null end is open) in {@code unit}, and what it rests on. */
  public record Estimate(BigDecimal low, BigDecimal high, String basis, String unit) {}

  /**
   * How far apart, as a ratio, sums in two currencies may lie and still be one figure: the scale's rates
   * ({@code grouping/unit-scales.txt}) are rough and rates drift, so "6,708 rubles ($77)" is 74 against 77.
   */
  static final double CONVERSION_SLACK = 1.25;

  /** A group's claims in order, the verdicts on their pairs, the estimate and the independent origins. */
  public record Assessment(List<Claim> timeline, List<Pair> pairs, Estimate estimate, int originCount) {}

  /**
   * One page of a group's timeline judged: {@code steps}, each claim against the one just before it in
   * time; {@code againstCurrent}, each claim and the current claim (the earlier of the two first).
   */
  public record PageVerdicts(List<Pair> steps, List<Pair> againstCurrent) {}

  /** The timeline's order: when a claim holds (undated last), then its article and place in it. */
  public static final Comparator<Claim> ORDER = Comparator.comparing(Agreement::when,
      Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(Claim::articleId).thenComparingInt(Claim::ordinal);

  private Agreement() {}

  /**
   * When a claim holds: ISO text, possibly partial; null when unknown. The claim table's generated
   * column {@code holds} is the same expression, so that a timeline pages through an index.
   */
  public static String when(Claim c) {
    if (c.eventEnd() != null) {
      return c.eventEnd();
    }
    if (c.eventStart() != null) {
      return c.eventStart();
    }
    return c.statementDate() != null ? c.statementDate() : c.publicationDate();
  }

  public static Assessment assess(List<Claim> claims) {
    List<Claim> timeline = new ArrayList<>(claims);
    timeline.sort(ORDER);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < timeline.size(); i++) {
      for (int j = i + 1; j < timeline.size(); j++) {
        pairs.add(judge(timeline.get(i), timeline.get(j)));
      }
    }
    Set<String> origins = new LinkedHashSet<>();
    timeline.forEach(c -> origins.add(c.originId() != null ? c.originId() : c.articleId()));
    return new Assessment(timeline, pairs, estimate(timeline), origins.size());
  }

  /**
   * How many CONFLICTS pairs a claim forms with the others of its group: each pair judged in the
   * order the timeline puts them, so the count is the one {@link #assess} gives, at the cost of one
   * pass over the group rather than of every pair.
   */
  public static long conflictsOf(Claim c, List<Claim> group) {
    return conflictPairs(c, group).size();
  }

  /** The CONFLICTS pairs a claim forms with the others given, each pair in timeline order. */
  public static List<Pair> conflictPairs(Claim c, List<Claim> others) {
    List<Pair> out = new ArrayList<>();
    for (Claim o : others) {
      if (o.id().equals(c.id())) {
        continue;
      }
      Pair p = ordered(c, o);
      if (p.verdict() == Verdict.CONFLICTS) {
        out.add(p);
      }
    }
    return out;
  }

  /** The verdict on two claims, the earlier in the timeline first. */
  static Pair ordered(Claim a, Claim b) {
    return ORDER.compare(a, b) <= 0 ? judge(a, b) : judge(b, a);
  }

  /**
   * The claim the estimate rests on, among the latest claims (those of the newest date, or the undated
   * when none is dated): the exact figure with the most significant digits (971 rather than a
   * headline's 1,000), else the last of them in the timeline; null when there are none.
   */
  public static Claim current(List<Claim> latest) {
    if (latest.isEmpty()) {
      return null;
    }
    List<Claim> sorted = new ArrayList<>(latest);
    sorted.sort(ORDER);
    Claim best = null;
    for (Claim c : sorted) {
      if (c.hedge() == Hedge.EXACT && (best == null || precision(c) > precision(best))) {
        best = c;
      }
    }
    return best != null ? best : sorted.get(sorted.size() - 1);
  }

  /**
   * A page of the timeline judged, bounded by the page's size whatever the group's: each claim
   * against the one before it ({@code before} for the page's first; null when it is the group's
   * first), and each claim with {@code current} (none when current is null).
   */
  public static PageVerdicts judgePage(Claim before, List<Claim> page, Claim current) {
    List<Pair> steps = new ArrayList<>(page.size());
    List<Pair> againstCurrent = new ArrayList<>(page.size());
    Claim previous = before;
    for (Claim c : page) {
      if (previous != null) {
        steps.add(judge(previous, c));
      }
      if (current != null && !current.id().equals(c.id())) {
        againstCurrent.add(ordered(c, current));
      }
      previous = c;
    }
    return new PageVerdicts(steps, againstCurrent);
  }

  static Pair judge(Claim a, Claim b) {
    if (a.unit().equals(b.unit())) {
      return judgeInOneScale(a, b);
    }
    Pair p = judgeInOneScale(a, b);
    return new Pair(p.earlier(), p.later(), p.verdict(), p.reason() + " (" + a.unit() + " and " + b.unit() + " compared in one scale)");
  }

  private static Pair judgeInOneScale(Claim a, Claim b) {
    String ta = when(a);
    String tb = when(b);
    double[] x = span(a);
    double[] y = span(b);
    if (isCurrency(a.unit()) && isCurrency(b.unit()) && !a.unit().equals(b.unit())) {
      x = new double[] {x[0] / CONVERSION_SLACK, x[1] * CONVERSION_SLACK};
    }
    boolean overlap = x[0] <= y[1] && y[0] <= x[1];
    if (ta == null || tb == null || ta.equals(tb)) {
      String period = ta != null && ta.equals(tb) ? "the same period (" + ta + ")" : "no dates to order them";
      return overlap
          ? new Pair(a.id(), b.id(), Verdict.CORROBORATES, "intervals overlap, " + period)
          : new Pair(a.id(), b.id(), Verdict.CONFLICTS, "incompatible intervals, " + period);
    }
    if (overlap && x[0] == y[0] && x[1] == y[1]) {
      return new Pair(a.id(), b.id(), Verdict.CORROBORATES, "the same figure restated on " + tb);
    }
    if (overlap) {
      return new Pair(a.id(), b.id(), Verdict.UPDATES, "a later figure (" + tb + ") consistent with the earlier (" + ta + ")");
    }
    if (y[0] >= x[1]) {
      return new Pair(a.id(), b.id(), Verdict.UPDATES, "a later figure (" + tb + ") above the earlier (" + ta + ")");
    }
    return new Pair(a.id(), b.id(), Verdict.CONFLICTS,
        "the later figure (" + tb + ") is below the earlier (" + ta + "): a cumulative count that falls");
  }

  /**
   * The interval a claim allows, with the slack its hedge implies: "about" ±10 %, "nearly" up to 20 %
   * below; a round figure stated as exact ("1,000" in a headline over a count of 971) ±5 %, as news
   * rounds; open ends are infinite. In one scale: scaled from the claim's unit as grouping scales it.
   */
  static double[] span(Claim c) {
    double scale = GroupAssigner.unitScale(c.unit());
    double lo = c.low() == null ? Double.NEGATIVE_INFINITY : c.low().doubleValue() * scale;
    double hi = c.high() == null ? Double.POSITIVE_INFINITY : c.high().doubleValue() * scale;
    switch (c.hedge()) {
      case APPROXIMATE -> {
        lo = lo * 0.9;
        hi = hi * 1.1;
      }
      case NEARLY -> lo = hi * 0.8;
      case EXACT -> {
        if (isRound(c.low())) {
          lo = lo * 0.95;
          hi = hi * 1.05;
        }
      }
      default -> { }
    }
    return new double[] {lo, hi};
  }

  /** An ISO 4217 code, as the extractor names a currency ("USD", "RUB"); other units are lower case ("acre"). */
  static boolean isCurrency(String unit) {
    return unit.length() == 3 && unit.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  /** A whole multiple of 100 (100, 1,000, 2.5 million): the way rounded figures are written. */
  static boolean isRound(BigDecimal v) {
    return v != null && v.signum() != 0 && v.stripTrailingZeros().scale() <= -2;
  }

  /** How many significant digits a figure states: 971 states three, 1,000 one. */
  private static int precision(Claim c) {
    return c.low() == null ? 0 : c.low().stripTrailingZeros().precision();
  }

  /**
   * The intersection of what the latest claims say; when they disagree, the most precise of them: an
   * exact figure with the most significant digits (971 rather than a headline's 1,000). In the unit of the
   * claim it rests on ({@link #current}): the latest claims in another unit (a conversion) are left out.
   */
  public static Estimate estimate(List<Claim> timeline) {
    if (timeline.isEmpty()) {
      return new Estimate(null, null, "no claims", "");
    }
    List<Claim> dated = timeline.stream().filter(c -> when(c) != null).toList();
    String newest = dated.isEmpty() ? null : when(dated.get(dated.size() - 1));
    List<Claim> latest = newest == null ? timeline : dated.stream().filter(c -> newest.equals(when(c))).toList();
    String unit = current(latest).unit();
    List<Claim> last = latest.stream().filter(c -> c.unit().equals(unit)).toList();
    BigDecimal lo = null;
    BigDecimal hi = null;
    for (Claim c : last) {
      lo = c.low() == null ? lo : lo == null ? c.low() : lo.max(c.low());
      hi = c.high() == null ? hi : hi == null ? c.high() : hi.min(c.high());
    }
    String basis = (newest == null ? "the claims, none of them dated" : "the latest claims (" + newest + ")")
        + (last.size() < latest.size() ? " in " + unit + " (those in another unit convert them)" : "");
    if (lo != null && hi != null && lo.compareTo(hi) > 0) {
      Claim precise = last.stream().filter(c -> c.hedge() == Hedge.EXACT)
          .max(Comparator.comparingInt(Agreement::precision)).orElse(last.get(last.size() - 1));
      return new Estimate(precise.low(), precise.high(), basis + " disagree; the most precise of them", unit);
    }
    return new Estimate(lo, hi, basis, unit);
  }
}
