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
 * Words in {@code keys/rate-spans.txt}. Thread-safe.
 */
final class RateSpans {

  static final String ID = "rate-span";
  /** The rule's example and the facet its figure takes. */
  static final String EXAMPLE = "Lufthansa has said a strike could cost it 25 million euros a day.";
  static final String EXAMPLE_FIGURE = "25 million euros";
  static final String EXAMPLE_FACET = "#per-day";

  private static final String TOTAL_WITHIN = "total-within";
  /** The span's words, as written in the lexicon (single-spaced, lower case), to the span. */
  private static final Map<String, String> SPANS = new HashMap<>();
  /** After a figure: a converted sum in brackets or its closing bracket, up to three words of its noun, the span's words. */
  private static final Pattern AFTER;

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
    String times = TimeWords.words(Lexicon.lines("counted-relative-times.txt"));
    AFTER = Pattern.compile("(?i)^(?:\\s*\\([^()]{0,40}\\)|\\s*\\))?\\s+(?:(?!" + within + "\\b)[\\p{L}'’]+\\s+){0,3}?("
        + TimeWords.words(spans) + ")(?![\\p{L}-])(?!\\s+" + times + "\\b)");
  }

  private RateSpans() {}

  /**
   * The facet ("#per-day") of the span the words right after a figure make it a rate over, or "".
   *
   * @param after the sentence's text after the figure
   * @param unit the figure's unit as keyed ("USD", "barrel/day", "%"), or ""
   */
  static String of(String after, String unit) {
    if (unit.indexOf('/') >= 0 || unit.equals("%")) return "";
    Matcher m = AFTER.matcher(after);
    if (!m.find()) return "";
    String span = SPANS.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    return span == null ? "" : "#per-" + span;
  }

  /** The places of a figure's key with its rate's span added, or as they were. */
  static Places scoped(Places where, String text, ClaimKeys.Position at, String unit) {
    int se = Math.max(at.figureEnd(), at.sentenceEnd());
    String facet = of(text.substring(at.figureEnd(), Math.min(se, at.figureEnd() + 100)), unit);
    return facet.isEmpty() ? where : where.withScopeWord(facet.substring(1));
  }
}
