package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * key.rate-span: the span of time a figure is a rate over, written right after it or after its noun ("could cost it 25
 * million euros a day", "A$20 million ($21.4 million) a day", "loses 3 million euros every day", "some 1,000 daily
 * flights"), is part of what the figure measures: a per-day cost and a whole dispute's cost are two quantities, and a
 * per-day figure told as "a day", "per day", "each day" or "daily" is one. Kept as a facet of the key's place
 * ("#per-day", as {@link QuantityFacets}' per-unit writes "per day"). Not a unit that is a rate already ("barrel/day"),
 * nor a share, nor a time ("a week earlier", "a year ago"), nor a span a total fell in ("killed 20 people in a day").
 * Words in {@code keys/rate-spans.txt} and {@code keys/rate-span-links.txt}. Thread-safe.
 */
final class RateSpans {

  static final String ID = "rate-span";
  /** The rule's example and the facet its figure takes. */
  static final String EXAMPLE = "Lufthansa has said a strike could cost it 25 million euros a day.";
  static final String EXAMPLE_FIGURE = "25 million euros";
  static final String EXAMPLE_FACET = "#per-day";

  private static final String TOTAL_WITHIN = "total-within";
  /** The facets of a rate, this rule's and per-unit's ("#per-day", "#per-pupil"). */
  private static final String PREFIX = "#per-";
  /** The span's words, as written in the lexicon (single-spaced, lower case), to the span. */
  private static final Map<String, String> SPANS = new HashMap<>();
  /** After a figure: a converted sum in brackets or its closing bracket, up to four words of its noun, the span's words. */
  private static final Pattern AFTER;
  /** Before a figure: the span, up to four words of what it is of, and up to three words of keys/rate-span-links.txt right before it. */
  private static final Pattern BEFORE;
  /** The second figure of a range right after the first, and its unit ("1,700 yuan-1,800 yuan ($249-$264) a month"). */
  private static final String RANGE_END = "(?:\\s*[-–]\\s*\\p{Sc}?[0-9][0-9,.]*(?:\\s+\\p{L}+)?)?";

  static {
    Map<String, List<String>> words = new TreeMap<>();
    ConceptLexicon.load("/keys/rate-spans.txt").forEach((word, concept) -> words.computeIfAbsent(concept, k -> new ArrayList<>()).add(word));
    List<String> spans = new ArrayList<>();
    words.forEach((concept, ws) -> {
      if (concept.equals(TOTAL_WITHIN)) return;
      for (String w : ws) SPANS.put(w, concept);
      spans.addAll(ws);
    });
    String within = TimeWords.words(words.get(TOTAL_WITHIN));
    List<String> links = new ArrayList<>();
    ConceptLexicon.load("/keys/rate-span-links.txt").forEach((word, concept) -> links.add(word));
    String times = TimeWords.words(Lexicon.lines("counted-relative-times.txt"));
    String span = "(" + TimeWords.words(spans) + ")(?![\\p{L}-])(?!\\s+" + times + "\\b)";
    AFTER = Pattern.compile("(?i)^" + RANGE_END + "(?:\\s*\\([^()]{0,40}\\)|\\s*\\))?\\s+(?:(?!" + within + "\\b)[\\p{L}'’]+(?:\\s+|-)){0,4}?" + span);
    BEFORE = Pattern.compile("(?i)(?<![\\p{L}-])" + span + "\\s+(?:[\\p{L}'’]+\\s+){0,4}?(?:" + TimeWords.words(links)
        + "\\s+){1,3}$");
  }

  private RateSpans() {}

  /**
   * The facet ("#per-day") of the span the words right after a figure make it a rate over, or "".
   *
   * @param before the sentence's text before the figure and its hedge
   * @param after the sentence's text after the figure
   * @param unit the figure's unit as keyed ("USD", "barrel/day", "%"), or ""
   */
  static String of(String before, String after, String unit) {
    if (unit.indexOf('/') >= 0 || unit.equals("%")) return "";
    Matcher m = found(AFTER.matcher(after));
    if (m == null) m = found(BEFORE.matcher(before));
    if (m == null) return "";
    String span = SPANS.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    return span == null ? "" : PREFIX + span;
  }

  /**
   * A key's place taken from another claim's ({@link Continuations}: a figure that goes on with an event told before) with
   * the rate spans ("#per-day") of the figure's own place instead of the other's: the event is the other's, what the
   * figure measures its own ("218,000 tonnes of mineral concentrate per year" goes on with the smelter's fire).
   */
  static String keptOn(String own, String taken) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String w : taken.split(" ")) if (!w.isEmpty() && !w.startsWith(PREFIX)) out.add(w);
    for (String w : own.split(" ")) if (w.startsWith(PREFIX)) out.add(w);
    return String.join(" ", out);
  }

  private static Matcher found(Matcher m) {
    return m.find() ? m : null;
  }

  /** The places of a figure's key with its rate's span added, or as they were. */
  static Places scoped(Places where, String text, ClaimKeys.Position at, String unit) {
    int se = Math.max(at.figureEnd(), at.sentenceEnd()), hs = Math.max(at.sentenceStart(), at.hedgeStart());
    String facet = of(text.substring(Math.max(at.sentenceStart(), hs - 100), hs), text.substring(at.figureEnd(), Math.min(se, at.figureEnd() + 100)), unit);
    return facet.isEmpty() ? where : where.withScopeWord(facet.substring(1));
  }
}
