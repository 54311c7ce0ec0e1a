package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * conversion-key: a sum's conversion in brackets ("procedural costs of 6,708 rubles ($77)", "€10 million ($10.9
 * million)") is the same amount told in another currency, so it takes the key of the sum it converts, whole: its
 * measure, whose, its event and the sum's currency as the key's unit. claims-service compares sums of money in one
 * scale (its {@code grouping/unit-scales.txt}), so the conversion joins its sum's group whatever the currency. A
 * measure's conversion in brackets ("about 390 kilometers (240 miles) south of the capital", NumberRule#CONVERSION)
 * takes its measure's key likewise (claims-service scales miles to kilometres), and is told of what the measure is
 * (conversion-of-measure, below).
 * A conversion after a comma and "or" is one too (conversion-or: "120,000 pounds, or more than $180,000"), with its
 * own hedge; so is a sum in a currency after a figure whose words name money but whose unit is none or no currency
 * (sum-by-kind: "271,250 British pounds, or almost $408,000").
 * Not a figure in brackets of the same currency, nor one the sum's figure is not right before.
 */
final class Conversions {

  static final String RULE = "conversion-key";

  /**
   * Between a sum and its conversion: the period it is a rate of ("a year"), then the bracket, or a comma and "or"
   * (conversion-or: "120,000 pounds, or more than $180,000").
   */
  private static final Pattern GAP = Pattern.compile("\\s*(?:(?:per|a|an|each) (?:annum|year|month|week|day)\\s*)?(?:\\(|,\\s*or\\s)\\s*");
  /** The same after a sum read by its words (sum-by-kind): up to three words of its currency first ("271,250 British pounds"). */
  private static final Pattern WORDS_GAP = Pattern.compile("(?:\\s+\\p{L}+){0,3}" + GAP.pattern());
  /**
   * The same after a measure, past "of" and one or two words of what it measures (conversion-of-noun: "1,600 liters of
   * oil (14 barrels)", "200,000 cubic meters of water (52.8 million gallons)").
   */
  private static final Pattern MEASURE_GAP = Pattern.compile("(?:\\s+of(?:\\s+[\\p{L}-]+){1,2})?" + GAP.pattern());
  /** The kind of a figure whose words name money (keys/kinds.txt: "pounds", "dollars"). */
  private static final String MONEY_KIND = "money";

  private Conversions() {}

  /** The claims of one article, each conversion in brackets keyed as the sum it converts. */
  static List<ExtractedClaim> keyed(String text, List<ExtractedClaim> claims, Lexicon lx) {
    Set<String> currencies = lx.currencyCodes;
    List<ExtractedClaim> out = new ArrayList<>(claims);
    for (int i = 1; i < out.size(); i++) {
      ExtractedClaim c = out.get(i);
      if (c.key() == null || c.unit().isEmpty() || c.unit().equals("%")) continue;
      int figure = c.figureIn(text);
      for (int j = i - 1; j >= Math.max(0, i - 2) && figure >= 0; j--) {
        ExtractedClaim sum = out.get(j);
        int at = sum.figureIn(text);
        if (at < 0 || sum.key() == null) continue;
        boolean byKind = sumByKind(sum, c, currencies);
        if (!byKind && !restates(sum.unit(), c.unit(), currencies)) continue;
        int end = at + sum.numberText().length();
        Pattern gap = byKind ? WORDS_GAP : currencies.contains(c.unit()) ? GAP : MEASURE_GAP;
        if (end > figure || !gap.matcher(text.substring(end, figure)).matches()) continue;
        out.set(i, currencies.contains(c.unit()) ? ofSum(text, c, sum, writtenAfter(text.substring(end, figure)), at, figure + c.numberText().length(), lx)
            : ofMeasure(text, c, sum, at, figure + c.numberText().length(), lx));
        break;
      }
    }
    return out;
  }

  /**
   * conversion-of-measure: a measure's conversion in brackets is told of what its measure is ("about 390 kilometers (240
   * miles) south of the capital, officials said": about 240 "miles south of the capital", the officials', the measure's
   * dates and key): the measure's counted phrase with the conversion's unit words for its own, and, when it says no hedge
   * of its own, the measure's hedge.
   */
  private static ExtractedClaim ofMeasure(String text, ExtractedClaim c, ExtractedClaim measure, int from, int to, Lexicon lx) {
    Hedge hedge = c.hedge();
    BigDecimal low = c.low(), high = c.high();
    if (hedge == Hedge.EXACT && measure.hedge() != Hedge.EXACT && measure.hedge() != Hedge.RANGE && c.low() != null) {
      hedge = measure.hedge();
      low = measure.low() == null ? null : c.low();
      high = measure.high() == null ? null : c.high();
    }
    return c.conversionOf(measure, low, high, hedge, counted(measure, c, lx), MEASURE_RULE, text, from, to);
  }

  static final String MEASURE_RULE = "conversion-of-measure";

  /** The currencies' names by their codes ("USD": "US dollars"), as counted phrases name them. */
  private static final ConceptLexicon CURRENCY_NAMES = ConceptLexicon.load("/keys/measure-phrases.txt");

  /**
   * {@link CountedRule#CONVERSION_OF_SUM}: a sum's conversion is told of what its sum is ("cost BA 43 million pounds ($62
   * million)": "US dollars cost", not "US dollars" alone nor what the words around the bracket say), with the sum's
   * claimant and dates, keyed as the sum (conversion-key); a sum that counts only its currency leaves the conversion its own.
   */
  private static ExtractedClaim ofSum(String text, ExtractedClaim c, ExtractedClaim sum, String written, int from, int to, Lexicon lx) {
    String phrase = sumCounted(sum, c, written, lx);
    if (phrase == null) return c.rekeyed(sum.key(), RULE, text, from, to);
    return c.conversionOf(sum, c.low(), c.high(), c.hedge(), phrase, CountedRule.CONVERSION_OF_SUM.id, text, from, to);
  }

  /**
   * The sum's counted phrase with its currency, as the phrase names it ("US dollars", the words of its figure:
   * "pounds" of "43 million pounds", or those {@code written} after it: "Egyptian pounds"), in the conversion's ("pounds
   * sterling"), else with the conversion's named after it; null when the sum's phrase is none or names nothing but its currency.
   */
  static String sumCounted(ExtractedClaim sum, ExtractedClaim c, String written, Lexicon lx) {
    String phrase = sum.counted(), theirs = currencyName(c.unit());
    if (phrase == null || phrase.isBlank() || theirs.isEmpty()) return null;
    String out = null;
    for (String own : List.of(currencyName(sum.unit()), unitWords(sum.numberText(), lx), written)) {
      java.util.regex.Matcher m = own.isEmpty() ? null
          : Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(own) + "(?![\\p{L}])").matcher(phrase);
      if (m != null && m.find()) {
        out = phrase.substring(0, m.start()) + theirs + phrase.substring(m.end());
        break;
      }
    }
    if (out == null) out = phrase + " (" + theirs + ")";
    return out.replace(theirs, "").replaceAll("[()\\s]", "").isEmpty() ? null : out;
  }

  /** The words between a sum and its conversion, before the gap ("Egyptian pounds" of " Egyptian pounds ("). */
  private static String writtenAfter(String between) {
    java.util.regex.Matcher m = WRITTEN.matcher(between);
    return m.matches() ? m.group(1).trim() : "";
  }

  private static final Pattern WRITTEN = Pattern.compile("((?:\\s+\\p{L}+){0,3}?)" + GAP.pattern());

  /** The name counted phrases give a currency ("US dollars" for USD), or "" for a unit that is none. */
  private static String currencyName(String unit) {
    String name = unit.isEmpty() ? null : CURRENCY_NAMES.entryOf(unit);
    return name == null ? "" : name;
  }

  /** The unit words after a figure: "kilometers" of "about 390 kilometers", "mile-long" of "600-mile-long", "feet" of "nine feet". */
  static String unitWords(String numberText, Lexicon lx) {
    String[] w = numberText.split("[\\s-]+");
    int k = w.length;
    while (k > 0 && !w[k - 1].chars().anyMatch(Character::isDigit) && !lx.numberWords.containsKey(w[k - 1].toLowerCase(Locale.ROOT))) k--;
    return String.join(" ", java.util.Arrays.asList(w).subList(k, w.length));
  }

  /**
   * The measure's counted phrase with the conversion's unit words for its own (for their first word, "miles" for "mile-long");
   * the conversion's own phrase when the measure has none.
   */
  static String counted(ExtractedClaim measure, ExtractedClaim c, Lexicon lx) {
    String own = unitWords(measure.numberText(), lx), theirs = unitWords(c.numberText(), lx);
    String phrase = measure.counted();
    if (phrase == null || phrase.isBlank() || own.isEmpty() || theirs.isEmpty()) return c.counted();
    String lower = phrase.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(own.toLowerCase(Locale.ROOT));
    if (at >= 0) return phrase.substring(0, at) + theirs + phrase.substring(at + own.length());
    java.util.regex.Matcher m = Pattern.compile("\\b" + Pattern.quote(own.split(" ")[0].toLowerCase(Locale.ROOT)) + "\\w*").matcher(lower);
    if (m.find()) return phrase.substring(0, m.start()) + theirs + phrase.substring(m.end());
    // "52-foot-long (15.8 meter)": the measure's phrase names its unit by the unit's name ("feet"), not its words
    String named = measure.unit().isEmpty() ? null : CURRENCY_NAMES.entryOf(measure.unit());
    m = named == null ? null : Pattern.compile("\\b" + Pattern.quote(named) + "\\b").matcher(lower);
    return m != null && m.find() ? phrase.substring(0, m.start()) + theirs + phrase.substring(m.end()) : theirs + " " + phrase;
  }

  /**
   * sum-by-kind: a figure whose words name money ("271,250 British pounds", "5 million pounds" read as a weight) but
   * whose unit is no currency, followed by a sum in a currency, is a sum that sum converts: a weight or a count is not
   * told again in dollars.
   */
  static boolean sumByKind(ExtractedClaim sum, ExtractedClaim c, Set<String> currencies) {
    return MONEY_KIND.equals(sum.key().kind()) && !currencies.contains(sum.unit()) && !sum.unit().equals("%")
        && currencies.contains(c.unit());
  }

  /**
   * A figure of unit b can restate one of unit a: two currencies, or two units of measure (not a percent), that differ.
   */
  static boolean restates(String a, String b, Set<String> currencies) {
    return !a.isEmpty() && !b.isEmpty() && !a.equals("%") && !b.equals("%") && !a.equals(b)
        && currencies.contains(a) == currencies.contains(b);
  }

  /**
   * {@link NumberRule#CONVERSION}: "waves as high as 3 meters (10 feet)", "a 10-meter (33-foot) boat":
   * a measure in brackets right after a measure restates it in other units, a claim of its own (every gold set
   * but our own eval's one case writes it as a second claim of the measure's group).
   */
  static boolean measureInBrackets(String text, List<Tok> t, Mention m, List<Mention> out) {
    if (m.unit.isEmpty() || out.isEmpty() || m.tokStart == 0 || !t.get(m.tokStart - 1).is("(")) return false;
    Mention p = out.get(out.size() - 1);
    if (p.unit.isEmpty() || p.unit.equals("%")) return false;
    int open = t.get(m.tokStart - 1).start();
    if (p.end > open) return false;
    if (!text.substring(p.end, open).isBlank() && !WordSplits.FEW_WORDS.matcher(text.substring(p.end, open)).matches()) return false;
    return m.tokEnd < t.size() && t.get(m.tokEnd).is(")");
  }
}
