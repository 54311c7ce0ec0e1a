package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readings of what a figure is of that its kind, event, place and days do not tell: a forecast's figure, a count of part
 * of a running count's days, a rate for each unit of something, one side of a vote's tally. Each is kept as a scope
 * word of the key ({@link PartScopes} keeps them as facets, not places), so that the figure groups with its like in
 * other reports and not with the reported count of the whole. The words are in {@code keys/count-spans.txt}. Thread-safe.
 */
final class QuantityFacets {

  /** The rules, each with an example whose figure is keyed apart from the count beside it. */
  enum Rule {
    /**
     * key.model-forecast: "Modelling by the university predicted 40 to 90 deaths a day": what a forecast, a projection or
     * a prediction gives is not the count later reported. A count of no unit only: a bill "projected to cost $2 billion"
     * has no other cost than its projected one, and a forecast rate of growth is told apart by the year it is of.
     */
    MODEL_FORECAST("model-forecast", "Fever spreads in Arland. Modelling by the university predicted 40 to 90 deaths a day.", "90", "#forecast"),
    /**
     * key.expected-figure: "the 120,000 that analysts had expected", "the $9bn forecast by economists": the figure a
     * forecast gave, named after it, beside the one reported.
     */
    EXPECTED_FIGURE("expected-figure", "Arland's factories added 95,000 jobs in May, short of the 120,000 that analysts had expected.", "120,000",
        "#forecast"),
    /**
     * key.sub-period: "deaths this month alone reached 600": the part of a running count that fell in a span ("this
     * week alone", "in March alone", "so far this month") is a count of that span, not the running count.
     */
    SUB_PERIOD("sub-period", "Fever spreads in Arland, where the count of the dead this month alone rose to 600.", "600", "#period"),
    /**
     * key.per-unit: "$300 for each pupil", "4,000 tests per day": a figure for each one of something is a rate, another
     * quantity than a total of the same thing ("#per-pupil", "#per-day"). Not a unit that is already a rate ("barrel/day").
     */
    PER_UNIT("per-unit", "The relief bill gives families $300 for each pupil in school.", "$300", "#per-pupil"),
    /**
     * key.tally-side: "passed the bill 230-190", "the vote, 230 to 190": the two figures of a vote's tally are its two
     * sides, the ayes written first, each a quantity of its own.
     */
    TALLY_SIDE("tally-side", "The assembly passed the bill in a 230-190 vote on Friday.", "190", "#noes");

    final String id;
    final String example;
    final String figure;
    final String scope;

    Rule(String id, String example, String figure, String scope) {
      this.id = id;
      this.example = example;
      this.figure = figure;
      this.scope = scope;
    }
  }

  private static final Pattern CUE;
  private static final Pattern EXPECTED_AFTER;
  private static final Pattern SPAN;
  private static final Pattern FRONTED_SPAN;
  private static final Pattern PER;
  /** What ends the stretch of a sentence a forecast's word is read over: a clause's mark, a contrast, another figure. */
  private static final Pattern STRETCH_END = Pattern.compile("(?i)[,;:()\\[\\]\"“”—–0-9]|\\b(?:but|while|whereas|although|though)\\b");
  /** tally-side: the first figure of a tally ("230-190", "230 to 190"), and the second. */
  private static final Pattern TALLY_NEXT = Pattern.compile("^\\s*(?:-|–|to\\s)\\s*[0-9]");
  private static final Pattern TALLY_PREVIOUS = Pattern.compile("[0-9]\\s*(?:-|–|\\sto)\\s*$");

  static {
    Map<String, List<String>> words = new TreeMap<>();
    ConceptLexicon.load("/keys/count-spans.txt").forEach((word, concept) -> words.computeIfAbsent(concept, k -> new ArrayList<>()).add(word));
    CUE = Pattern.compile("(?i)\\b" + TimeWords.words(words.get("forecast-cue")) + "\\b");
    // "the 120,000 (figure) that analysts had expected", "the $9bn widely forecast": up to six words, none a comparison's
    // ("rose 3% more than expected" reports the figure) nor a clause's mark, then the cue, not "expected to" (what will happen)
    EXPECTED_AFTER = Pattern.compile("(?i)^\\s+(?:(?!(?:than|as|what|was|were|is|are|and|or|but)\\b)[\\p{L}'’.-]+\\s+){0,6}?"
        + TimeWords.words(words.get("expected-after")) + "\\b(?!\\s+(?:to|that)\\b)");
    String span = TimeWords.words(words.get("sub-period-span"));
    String spans = "(?:" + TimeWords.words(words.get("sub-period-before")) + "\\s+(?:the\\s+)?" + span + "\\s+alone"
        + "|so\\s+far\\s+(?:this|in)\\s+" + span + ")";
    SPAN = Pattern.compile("(?i)\\b" + spans + "\\b");
    // sub-period, fronted: "In July alone, there have been 19 bank failures": the span opens the sentence, before the figure's clause
    FRONTED_SPAN = Pattern.compile("(?i)^[\\s\\p{Pd}]*" + spans + "\\s*,");
    // "$300 for each pupil", "4,000 tests per day": up to two words after the figure, then the word of each and a noun
    PER = Pattern.compile("(?i)^\\s+(?:[\\p{L}-]+\\s+){0,2}?" + TimeWords.words(words.get("per")) + "\\s+(?!cent\\b)(\\p{L}+)");
  }

  private QuantityFacets() {}

  /** Whether a scope word is one these rules set (not a place). */
  static boolean facet(String word) {
    return word.equals("#forecast") || word.equals("#period") || word.equals("#ayes") || word.equals("#noes") || word.startsWith("#per-")
        || word.startsWith(StandingFigures.PLANT) || SideFacets.facet(word);
  }

  /**
   * The places of a figure's key with the scope word these rules read added, or as they were.
   *
   * @param at where the figure stands
   * @param event what happened to what the figure counts, as keyed ("vote")
   * @param unit the figure's unit as keyed ("USD", "barrel/day"), or ""
   */
  static Places scoped(Places where, String text, ClaimKeys.Position at, String event, String unit) {
    int ss = at.sentenceStart(), se = at.sentenceEnd(), cs = Math.max(at.clauseStart(), ss), ce = Math.min(at.clauseEnd(), se);
    int segFrom = Math.max(cs, at.segmentStart()), segTo = Math.min(ce, at.segmentEnd());
    String before = text.substring(ss, Math.max(ss, at.hedgeStart()));
    String segment = segFrom < segTo ? text.substring(segFrom, segTo) : text.substring(cs, Math.max(cs, ce));
    String after = text.substring(at.figureEnd(), Math.max(at.figureEnd(), Math.min(se, at.figureEnd() + 80)));   // a clause may end before "that ... expected"
    String scope = of(before, segment, after, event, unit);
    return scope.isEmpty() ? where : where.withScopeWord(scope.substring(1));
  }

  /** The scope word these rules read ("#forecast", "#period", "#per-pupil", "#ayes"), or "". */
  static String of(String before, String segment, String after, String event, String unit) {
    if ("vote".equals(event) && TALLY_NEXT.matcher(after).find()) return "#ayes";
    if ("vote".equals(event) && TALLY_PREVIOUS.matcher(before).find()) return "#noes";
    if (unit.isEmpty() && forecast(before) || EXPECTED_AFTER.matcher(after).find()) return Rule.MODEL_FORECAST.scope;
    if (SPAN.matcher(segment).find() || FRONTED_SPAN.matcher(before).find()) return Rule.SUB_PERIOD.scope;
    Matcher per = unit.indexOf('/') < 0 && !unit.equals("%") ? PER.matcher(after) : null;
    return per != null && per.find() ? "#per-" + WordForms.singular(per.group(1).toLowerCase(Locale.ROOT)) : "";
  }

  /** model-forecast: the last forecast word before the figure, with no clause's mark, contrast or figure between. */
  private static boolean forecast(String before) {
    Matcher m = CUE.matcher(before);
    int end = -1;
    while (m.find()) end = m.end();
    return end >= 0 && !STRETCH_END.matcher(before).region(end, before.length()).find();
  }
}
