package io.claimwatch.extract.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words right after a figure say it measures, whatever its counted phrase holds: a rate
 * ("260,000 barrels per day", "140,000 bpd"; keys/rates.txt), keyed apart from a stock of the same
 * thing under one unit however it is written, and by what flows (keys/flows.txt: output, exports, a
 * loan, a pipeline's capacity, a quota); or a reading on a named scale ("6.5 on the Richter scale":
 * a magnitude; keys/scales.txt); or a length that is a depth ("12 miles deep"); or what a commodity unit
 * counts ("25,000 tonnes of wheat": wheat, not tonnes; keys/commodity-units.txt), but a unit's own substance keys as
 * the unit ("2,400 barrels of oil": barrel; keys/unit-substances.txt); or, for an area hyphened to a
 * noun of a kind of event, what that event's area measures (rule area-of-event: "the 2,650-hectare fire" is the area
 * the fire burned, keys/cause-measures.txt, as "2,650 hectares burned" is).
 */
final class FigureMeasures {

  /** The key's unit ("barrel/day"), the kind measured ("barrel") and what happened to it ("output"). */
  record Measure(String unit, String kind, String event) {}

  private static final String EXCESS = "excess";
  private static final String SCALE = "scale";
  /** How many words after a figure may name its scale ("on the 12-point international Mercalli scale"). */
  private static final int SCALE_WORDS = 7;
  /** "12 miles deep", "at a depth of 10 km", "19 km below the surface". */
  private static final Pattern DEPTH = Pattern.compile("^[^.;]{0,25}\\b(deep|depth|below)\\b");
  /** depth-before: "recorded at a depth of about 12 miles": the length a depth is given as, named before the figure. */
  private static final Pattern DEPTH_BEFORE = Pattern.compile("(?i)\\bdepths?\\s+of\\s+(?:\\p{L}+\\s+){0,2}$");
  private final ConceptLexicon rates = ConceptLexicon.load("/keys/rates.txt");
  private final ConceptLexicon flows = ConceptLexicon.load("/keys/flows.txt");
  private final ConceptLexicon scales = ConceptLexicon.load("/keys/scales.txt");
  private final ConceptLexicon commodityUnits = ConceptLexicon.load("/keys/commodity-units.txt");
  private final ConceptLexicon unitSubstances = ConceptLexicon.load("/keys/unit-substances.txt");
  /** unit-own-substance: how many words after "of" may hold the unit's own substance ("of heavy Canadian crude oil"). */
  private static final int SUBSTANCE_WORDS = 4;
  private final ConceptLexicon unitMeasures = ConceptLexicon.load("/keys/unit-measures.txt");
  private final ConceptLexicon causes = ConceptLexicon.load("/keys/causes.txt");
  private final ConceptLexicon causeMeasures = ConceptLexicon.load("/keys/cause-measures.txt");
  /** area-of-event: "-hectare (6,540-acre) fire": past a conversion in brackets, the noun the hyphened figure qualifies. */
  private static final Pattern NOUN_AFTER_HYPHENED = Pattern.compile("^\\s*(?:\\([^()]{0,30}\\)\\s*)?(\\p{L}+)");
  private static final String AREA = "area";

  /**
   * What a figure at [figureStart, figureEnd) measures, read in its clause [clauseStart, clauseEnd); {@code read}, what its
   * counted phrase says, when the words after the figure say nothing more; {@code counted}, the counted phrase.
   */
  Measure of(String text, int figureStart, int figureEnd, int clauseStart, int clauseEnd, Measure read, String counted) {
    List<String> after = FrameReader.words(text, figureStart, Math.min(clauseEnd, figureStart + 80));
    Measure rate = rate(text, after, figureStart, clauseStart, read);
    Measure scale = rate != null ? rate : scale(after, read);
    if (scale != null) return scale;
    boolean depth = KeyFacet.LENGTH_UNITS.contains(read.unit())
        && (DEPTH.matcher(text.substring(figureEnd, Math.max(figureEnd, Math.min(clauseEnd, figureEnd + 60)))).find()
        || DEPTH_BEFORE.matcher(text.substring(Math.max(clauseStart, figureStart - 40), Math.max(clauseStart, figureStart))).find());
    if (depth) return new Measure(read.unit(), "depth", read.event());
    Measure area = areaOfEvent(text, figureStart, figureEnd, read);
    if (area != null) return area;
    String own = hyphenedOwnUnit(text.substring(figureStart, figureEnd));
    if (own != null) return new Measure(read.unit(), own, read.event());
    String commodity = commodity(counted);
    return commodity == null ? read : new Measure(read.unit(), commodity, read.event());
  }

  /**
   * unit-before-noun: a figure hyphened to a unit that keys its own substance ("a 3,000-barrel spill", "the estimated
   * 4-million-barrel BP spill"; keys/unit-substances.txt) counts that unit, as "3,000 barrels of oil" does, not the noun
   * after it; null otherwise.
   */
  private String hyphenedOwnUnit(String figure) {
    int dash = figure.lastIndexOf('-');
    if (dash < 0 || dash + 1 >= figure.length()) return null;
    String unit = WordForms.singular(figure.substring(dash + 1).toLowerCase(java.util.Locale.ROOT));
    return unitSubstances.entryOf(unit) != null ? unit : null;
  }

  /**
   * "tonnes of wheat": the word after "of" past a commodity unit; the unit itself when the words after "of" name its own
   * substance (unit-own-substance, keys/unit-substances.txt: "barrels of crude oil" is "barrel", as "a 3,000-barrel
   * spill" is); null if no commodity unit.
   */
  private String commodity(String counted) {
    List<String> words = FrameReader.words(counted == null ? "" : counted, 0, counted == null ? 0 : counted.length());
    for (int i = 0; i < Math.min(2, words.size()); i++) {
      ConceptLexicon.Match m = commodityUnits.match(words, i);
      int of = m == null ? -1 : i + m.words();
      if (of < 0 || of + 1 >= words.size() || !words.get(of).equals("of")) continue;
      int what = words.get(of + 1).equals("the") && of + 2 < words.size() ? of + 2 : of + 1;
      String unit = WordForms.singular(words.get(i));
      for (int j = what; j < Math.min(words.size(), what + SUBSTANCE_WORDS); j++) {
        ConceptLexicon.Match own = unitSubstances.match(words, j);
        if (own != null && own.concept().equals(unit)) return unit;
      }
      return WordForms.singular(words.get(what));
    }
    return null;
  }

  /**
   * area-of-event: a figure in a unit of area hyphened to a noun of a kind of event ("a 2,650-hectare fire", "the
   * 8,000-acre blaze") that no phrase gave a kind is that event's area, the measure keys/cause-measures.txt names for
   * it (a fire's area burned); null otherwise.
   */
  private Measure areaOfEvent(String text, int figureStart, int figureEnd, Measure read) {
    if (!read.kind().isEmpty() || !read.event().isEmpty() || !"km2".equals(unitMeasures.first(List.of(read.unit())))
        || text.substring(figureStart, figureEnd).indexOf('-') < 0) return null;
    Matcher noun = NOUN_AFTER_HYPHENED.matcher(text.substring(figureEnd, Math.min(text.length(), figureEnd + 50)));
    if (!noun.find()) return null;
    String cause = WordForms.first(causes, List.of(noun.group(1).toLowerCase(java.util.Locale.ROOT)));
    String event = cause == null ? null : causeMeasures.first(List.of(cause + "/" + AREA));
    return event == null ? null : new Measure(read.unit(), AREA, event);
  }

  private Measure rate(String text, List<String> after, int figureStart, int clauseStart, Measure read) {
    ConceptLexicon.Match m = null;
    int at = 0;
    for (; at < Math.min(2, after.size()) && m == null; at++) m = rates.match(after, at);   // past a scale word: "1.2 mln bpd"
    if (m == null) return null;
    int rest = at - 1 + m.words();
    String flow = rest < after.size() && EXCESS.equals(flowAt(after, rest)) ? EXCESS : null;
    List<String> before = FrameReader.words(text, clauseStart, figureStart);
    for (int i = before.size() - 1; i >= 0 && flow == null; i--) flow = flowBesideAt(before, i);
    for (int i = rest; i < after.size() && flow == null; i++) flow = flowBesideAt(after, i);
    String unit = m.concept();
    return new Measure(unit, unit.substring(0, unit.indexOf('/')), flow == null ? read.event() : flow);
  }

  private Measure scale(List<String> after, Measure read) {
    int end = after.indexOf(SCALE);
    if (end < 0 || end > SCALE_WORDS) return null;
    for (int i = 0; i < end; i++) {
      ConceptLexicon.Match m = scales.match(after, i);
      if (m != null) return new Measure(read.unit(), m.concept(), "");
    }
    return null;
  }

  private String flowAt(List<String> words, int i) {
    ConceptLexicon.Match f = WordForms.match(flows, words, i);
    return f == null ? null : f.concept();
  }

  /** The flow a word names, but "above" away from the rate, which is no flow ("above the cost of"). */
  private String flowBesideAt(List<String> words, int i) {
    String flow = flowAt(words, i);
    return EXCESS.equals(flow) ? null : flow;
  }
}
