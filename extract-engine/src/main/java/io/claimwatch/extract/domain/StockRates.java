package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure in the unit of a stock whose flow keys/rates.txt names (barrels, cubic feet; keys/rate-stocks.txt) that the
 * words around it make a flow: the flow's unit ("barrel/day"), the same quantity as "10,000 bpd", not a stock with a
 * "#per-day" facet ({@link RateSpans}).
 * <ul>
 *   <li>{@code rate-stock}: the span written before the figure, in the noun of what it measures, or right after its noun
 *       ({@link RateSpans}' words: "Shell has shut in daily production of 10,000 barrels of oil", "The Gulf's daily output
 *       is about 1.4 million barrels of oil");</li>
 *   <li>{@code rate-shared}: a rate that two figures joined by "and" share, written with either ("approximately 10,000
 *       barrels of oil and 15 million cubic feet of natural gas per day": the barrels are a day's too; "about 8,000 bpd of
 *       oil and 50 million cubic feet of natural gas": the cubic feet are a day's).</li>
 * </ul>
 * Thread-safe.
 */
final class StockRates {

  static final String STOCK_ID = "rate-stock";
  static final String SHARED_ID = "rate-shared";
  /** The rules' examples: a sentence, its figure and the unit the figure keys under. */
  static final String STOCK_EXAMPLE = "Shell has shut in daily production of 10,000 barrels of oil.";
  static final String SHARED_EXAMPLE = "Exxon shut in about 8,000 bpd of oil and 50 million cubic feet of natural gas.";

  private static final String PREFIX = "#per-";
  /** How many words may stand between a figure's unit and the "and" before the other figure ("barrels of crude oil output and"). */
  private static final int WORDS_BEFORE_AND = 5;
  /** After a figure: its unit's words, "and", up to two words (a hedge), then the other figure. */
  private static final Pattern AND_AFTER = Pattern.compile(
      "^\\s+(?:[\\p{L}'’-]+\\s+){1," + WORDS_BEFORE_AND + "}?and\\s+(?:\\p{L}+\\s+){0,2}?(?=\\p{Sc}?[0-9])");
  /** Before a figure and its hedge: the other figure, its unit's words and "and". */
  private static final Pattern AND_BEFORE = Pattern.compile(
      "(?<![0-9.,])\\p{Sc}?([0-9][0-9,.]*)\\s+(?:[\\p{L}'’-]+\\s+){1," + (WORDS_BEFORE_AND + 1) + "}?and\\s+$");
  /** A hedge (lexicon/hedges.txt) right before a figure: "The Gulf's daily output is about". */
  private static final Pattern HEDGE_AT_END;

  static {
    List<String> hedges = new ArrayList<>();
    for (String l : Lexicon.lines("hedges.txt")) hedges.add(Pattern.quote(l.split("\\|")[0].strip()));
    HEDGE_AT_END = Pattern.compile("(?i)(?<!\\p{L})(?:" + String.join("|", hedges) + ")\\s*$");
  }

  private final ConceptLexicon stocks = ConceptLexicon.load("/keys/rate-stocks.txt");
  private final ConceptLexicon rates;
  private final Set<String> rateUnits = new HashSet<>();

  /** {@code rates}: keys/rates.txt, whose concepts are the flows' units. */
  StockRates(ConceptLexicon rates) {
    this.rates = rates;
    rates.forEach((word, concept) -> rateUnits.add(concept));
  }

  /** The unit of the flow a stock figure is ("barrel/day") and the rule that read it, or null. */
  record Flow(String unit, String rule) {}

  /**
   * The flow a figure at [figureStart, figureEnd) in a stock's unit is, read in its clause [clauseStart, clauseEnd) with
   * its hedge from hedgeStart; null when it is none (or no stock's unit follows it).
   */
  Flow of(String text, int figureStart, int figureEnd, int hedgeStart, int clauseStart, int clauseEnd) {
    String stock = stockAt(FrameReader.words(text, figureStart, Math.min(clauseEnd, figureStart + 60)));
    if (stock == null) return null;
    int hs = Math.max(clauseStart, Math.min(hedgeStart, figureStart));
    String before = text.substring(Math.max(clauseStart, hs - 100), hs);
    String after = text.substring(figureEnd, Math.max(figureEnd, Math.min(clauseEnd, figureEnd + 100)));
    String span = span(RateSpans.of(before, after, ""));
    if (span != null) return flow(stock, span, STOCK_ID);
    Matcher next = AND_AFTER.matcher(after);
    if (next.find()) {
      int other = figureEnd + next.end();
      span = rateSpanAt(FrameReader.words(text, other, Math.min(clauseEnd, other + 60)));
      if (span != null) return flow(stock, span, SHARED_ID);
    }
    Matcher prev = AND_BEFORE.matcher(before);
    if (prev.find()) {
      int other = hs - before.length() + prev.start(1);
      span = rateSpanAt(FrameReader.words(text, other, hs));
      if (span == null && stockAt(FrameReader.words(text, other, hs)) != null) {
        String otherBefore = text.substring(Math.max(clauseStart, other - 100), other);
        Matcher hedge = HEDGE_AT_END.matcher(otherBefore);
        span = span(RateSpans.of(hedge.find() ? otherBefore.substring(0, hedge.start()) : otherBefore, "", ""));
      }
      if (span != null) return flow(stock, span, SHARED_ID);
    }
    return null;
  }

  /** The stock whose unit's words stand first after a figure, past a scale word ("million cubic feet"), or null. */
  private String stockAt(List<String> words) {
    for (int at = 0; at < Math.min(2, words.size()); at++) {
      ConceptLexicon.Match m = stocks.match(words, at);
      if (m != null) return m.concept();
    }
    return null;
  }

  /** The span of the rate keys/rates.txt reads right after a figure, past a scale word ("day" of "million bpd"), or null. */
  private String rateSpanAt(List<String> words) {
    for (int at = 0; at < Math.min(2, words.size()); at++) {
      ConceptLexicon.Match m = rates.match(words, at);
      if (m != null) return m.concept().substring(m.concept().indexOf('/') + 1);
    }
    return null;
  }

  private Flow flow(String stock, String span, String rule) {
    String unit = stock + "/" + span;
    return rateUnits.contains(unit) ? new Flow(unit, rule) : null;
  }

  /** "day" of "#per-day"; null for "". */
  private static String span(String facet) {
    return facet.startsWith(PREFIX) ? facet.substring(PREFIX.length()).toLowerCase(Locale.ROOT) : null;
  }
}
