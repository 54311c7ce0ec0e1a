package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * respectively-party: a list of figures closed by "respectively" gives each figure to the party named in the same place
 * of the list of countries or peoples before it ("forecasts for Brazil and Mexico, which it expects to grow 3% and 2%
 * respectively": 3% is Brazil's, 2% Mexico's), so the figures of one sentence are two quantities, each its party's.
 * Only where every item of that list names one party ({@code keys/parties.txt}) and no two the same; a figure keyed
 * to another party already keeps it.
 */
final class Respectively {

  static final String RULE = "respectively-party";

  private static final Pattern RESPECTIVELY = Pattern.compile("\\brespectively\\b", Pattern.CASE_INSENSITIVE);
  /** The words that may stand between figures of one list and after its last one: units, "and". */
  private static final Set<String> LIST_WORDS = Lexicon.words("respectively-list-words.txt");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
  /** How many words of an item are read for its party, next to the "and" or the comma that ends or opens it. */
  private static final int ITEM_WORDS = 3;

  private static final ConceptLexicon PARTIES = ConceptLexicon.load("/keys/parties.txt");

  private Respectively() {}

  /** The claims of one article, each figure of a "respectively" list keyed to its party. */
  static List<ExtractedClaim> keyed(String text, List<ExtractedClaim> claims) {
    List<ExtractedClaim> out = respective(text, new ArrayList<>(claims));
    if (!TextSearch.mayHoldIgnoringCase(text, "respectively", 8)) return out;   // its 'v' found first: a rare letter
    Matcher r = RESPECTIVELY.matcher(text);
    // tried only where a word starts with "r" (the case-insensitive pattern ran its boundary test at every char)
    for (int from = 0; TextSearch.findAtWordStart(r, text, from, "rR"); ) {
      from = r.end();
      int sentence = TextSearch.sentenceStart(text, 0, r.start());
      List<Integer> list = list(text, out, sentence, r.start());
      if (list.size() < 2) continue;
      List<String> named = partiesBefore(text.substring(sentence, out.get(list.get(0)).figureIn(text)), list.size());
      if (named == null) continue;
      for (int i = 0; i < list.size(); i++) {
        ExtractedClaim c = out.get(list.get(i));
        if (!c.key().party().isEmpty() && !c.key().party().equals(named.get(i))) continue;
        out.set(list.get(i), withParty(c, named.get(i), text, r.start(), r.end()));
      }
    }
    return out;
  }

  /**
   * respective-company-party: the figures listed right after "respective" ("have respective Texas ratios of 21.6
   * percent, 6.5 percent, 18.4 percent and 15.5 percent") take, in order, the companies listed before it in the sentence
   * ("Bank of America Corp ( BAC.N ), JPMorgan Chase & Co ( JPM.N ), Citigroup Inc ( C.N ) and Wells Fargo & Co"), each
   * by its name with its ticker and legal suffix dropped: four banks' ratios are four quantities. Only where the two
   * lists are as long and no two names the same; a figure keyed to another party keeps it.
   */
  static final String RESPECTIVE_RULE = "respective-company-party";

  private static final Pattern RESPECTIVE = Pattern.compile("\\brespective\\b");
  /** How far after "respective" the list's first figure may stand ("respective Texas ratios of "). */
  private static final int RESPECTIVE_REACH = 40;
  private static final Pattern TICKER = Pattern.compile("\\(\\s*[A-Z][A-Z0-9.]*\\s*\\)");
  private static final String COMPANY = "\\p{Lu}[\\p{L}.&'-]*(?:\\s+(?:(?:of|&)\\s+)?\\p{Lu}[\\p{L}.&'-]*)*";
  private static final Pattern COMPANIES = Pattern.compile("(" + COMPANY + "(?:\\s*,\\s*" + COMPANY + ")*)\\s*,?\\s+and\\s+(" + COMPANY + ")");

  private static List<ExtractedClaim> respective(String text, List<ExtractedClaim> out) {
    if (!TextSearch.mayHoldIgnoringCase(text, "respective ", 8)) return out;
    for (Matcher r = RESPECTIVE.matcher(text); r.find(); ) {
      int sentence = sentenceStart(text, r.start());
      List<Integer> list = listAfter(text, out, r.end());
      if (list.size() < 2) continue;
      List<String> named = companiesBefore(TICKER.matcher(text.substring(sentence, r.start())).replaceAll(" "), list.size());
      if (named == null) continue;
      for (int i = 0; i < list.size(); i++) {
        ExtractedClaim c = out.get(list.get(i));
        if (!c.key().party().isEmpty() && !c.key().party().equals(named.get(i))) continue;
        ClaimKey k = c.key();
        out.set(list.get(i), c.rekeyed(new ClaimKey(k.kind(), k.event(), named.get(i), k.unit(), k.cause(), k.place(), k.eventName(),
            k.earliest(), k.latest()), RESPECTIVE_RULE, text, r.start(), r.end()));
      }
    }
    return out;
  }

  /**
   * Where the sentence of {@code at} starts, a full stop after an initial or an abbreviation in capitals ("the largest
   * U.S. banks") ending none, read at most {@link #SENTENCE_REACH} chars back.
   */
  private static int sentenceStart(String text, int at) {
    for (int i = at - 1, from = Math.max(1, at - SENTENCE_REACH); i > from; i--) {
      char ch = text.charAt(i), end = text.charAt(i - 1);
      if (ch == '\n') return i + 1;
      if (Character.isWhitespace(ch) && (end == '.' || end == '?' || end == '!') && !Character.isUpperCase(text.charAt(i - 2))) return i + 1;
    }
    return Math.max(0, at - SENTENCE_REACH);
  }

  private static final int SENTENCE_REACH = 400;

  /** The claims listed right after {@code from}, the first within {@link #RESPECTIVE_REACH}, in text order. */
  private static List<Integer> listAfter(String text, List<ExtractedClaim> claims, int from) {
    List<Integer> list = new ArrayList<>();
    int next = -1;
    for (int i = 0; i < claims.size(); i++) {
      ExtractedClaim c = claims.get(i);
      int at = c.figureIn(text);
      if (at < from || c.key() == null) continue;
      if (next < 0 ? at - from > RESPECTIVE_REACH || text.substring(from, at).chars().anyMatch(Character::isDigit)
          : at < next || !onlyListWords(text.substring(next, at), true)) break;
      list.add(i);
      next = at + c.numberText().length();
    }
    return list;
  }

  /** The companies of the last list of {@code n} names before "respective", each its name's normal form, or null. */
  private static List<String> companiesBefore(String before, int n) {
    List<String> named = null;
    for (Matcher m = COMPANIES.matcher(before); m.find(); ) {
      List<String> items = new ArrayList<>(Arrays.asList(m.group(1).split("\\s*,\\s*")));
      items.add(m.group(2));
      named = items.size() == n ? items.stream().map(Respectively::company).toList() : null;
    }
    return named == null || named.contains("") || new HashSet<>(named).size() < n ? null : named;
  }

  /** A company's name lower-cased, its legal suffix dropped ("Wells Fargo & Co": "wells fargo"). */
  private static String company(String name) {
    List<String> words = new ArrayList<>(words(name));
    while (words.size() > 1 && CompanyNames.isLegalSuffix(words.get(words.size() - 1))) words.remove(words.size() - 1);
    return String.join(" ", words).toLowerCase(Locale.ROOT);
  }

  /** The claims of the list that ends right before {@code end}, in text order; empty when none does. */
  private static List<Integer> list(String text, List<ExtractedClaim> claims, int from, int end) {
    List<Integer> in = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      int at = claims.get(i).figureIn(text);
      if (at >= from && at < end && claims.get(i).key() != null) in.add(i);
    }
    List<Integer> list = new ArrayList<>();
    int next = end;
    boolean last = true;
    for (int k = in.size() - 1; k >= 0; k--) {
      ExtractedClaim c = claims.get(in.get(k));
      int at = c.figureIn(text);
      int after = at + c.numberText().length();
      if (after > next || !onlyListWords(text.substring(after, next), !last)) break;
      list.add(0, in.get(k));
      next = at;
      last = false;
    }
    return list;
  }

  /** Whether a gap holds only a list's words and marks ("%, ", " and $"); between two figures, with a comma or "and". */
  private static boolean onlyListWords(String gap, boolean between) {
    if (gap.length() > 24 || gap.chars().anyMatch(Character::isDigit)) return false;
    Matcher w = WORD.matcher(gap.toLowerCase(Locale.ROOT));
    boolean joined = gap.indexOf(',') >= 0;
    while (w.find()) {
      if (!LIST_WORDS.contains(w.group())) return false;
      joined |= w.group().equals("and");
    }
    return !between || joined;
  }

  /** The parties of the last list of {@code n} items before the figures ("India and China"), or null. */
  private static List<String> partiesBefore(String before, int n) {
    int and = before.toLowerCase(Locale.ROOT).lastIndexOf(" and ");
    if (and < 0) return null;
    List<String> items = new ArrayList<>(Arrays.asList(before.substring(0, and).split(",")));
    if (items.size() < n - 1) return null;
    List<String> named = new ArrayList<>();
    for (String item : items.subList(items.size() - (n - 1), items.size())) named.add(party(words(item), true));
    named.add(party(words(before.substring(and + 5)), false));
    return named.contains(null) || new HashSet<>(named).size() < n ? null : named;
  }

  /** The party the words next to an item's edge name (a name, capitalised: not the pronoun "us"): its last words, or its first. */
  private static String party(List<String> written, boolean last) {
    List<String> words = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    int from = last ? Math.max(0, words.size() - ITEM_WORDS) : 0;
    int to = last ? words.size() : Math.min(words.size(), ITEM_WORDS);
    String found = null;
    for (int i = from; i < to; i++) {
      ConceptLexicon.Match m = PARTIES.match(words, i);
      if (m == null || !Character.isUpperCase(written.get(i).charAt(0))) continue;
      if (found != null && !found.equals(m.concept())) return null;
      found = m.concept();
    }
    return found;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher w = WORD.matcher(s);
    while (w.find()) out.add(w.group());
    return out;
  }

  /** Where the sentence that holds {@code at} starts: after the last full stop, question or exclamation mark or line. */

  private static ExtractedClaim withParty(ExtractedClaim c, String party, String text, int from, int to) {
    ClaimKey k = c.key();
    return c.rekeyed(new ClaimKey(k.kind(), k.event(), party, k.unit(), k.cause(), k.place(), k.eventName(), k.earliest(), k.latest()),
        RULE, text, from, to);
  }
}
