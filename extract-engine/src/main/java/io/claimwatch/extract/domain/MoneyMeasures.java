package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sum of money measures and whose it is: "Central had assets of 28.3 mln dlrs" is Central's
 * assets, "the failed bank's 14.1 mln dlrs in deposits" deposits, "Ecuador's 8.16 billion dlrs foreign
 * debt" Ecuador's debt. The measure comes from {@code keys/money-measures.txt} by these rules, tried in
 * order: money-measure-after ("28.3 mln dlrs in assets", "350 mln roubles worth of damage"), sale-price-key
 * (a sum right after "for" whose sentence names a sale before it, {@code keys/money-deal-verbs.txt}, its "paid for" verbs: "was sold in May 2021
 * for $640m" is a price), money-measure-counted (the counted phrase: "dlrs foreign debt"), money-measure-before (the nearest before
 * it, after any other figure: "had total assets of 8.2 mln dlrs"). The owner is a name the sentence gives
 * as the holder of the sum, its company words dropped ({@code keys/owner-words.txt}): money-owner-possessive
 * ("First Midwest's 25.1 mln dlrs in deposits", "9.4 mln dlrs of First State's deposits"), else
 * money-owner-holder (the subject of "had", "has", "with": "Farmers, with 9.6 mln dlrs in assets"), which owns every sum of
 * the list its verb opens (money-owner-list: "MagnetBank had assets of $292.9 million and deposits of $282.8 million"),
 * else money-owner-agent, else the company a sentence's opening referent stands for ({@link SumReferents},
 * money-owner-referent: "The bank had"). A possessive right after "cost" bears the cost and owns none (money-cost-bearer),
 * and a counted phrase's party that is only its currency's name owns none (money-currency-no-party). A sum
 * whose measure is not read keys with none, and {@link ClaimKeys} keys it as nothing (money-no-measure): it is not grouped.
 */
final class MoneyMeasures {

  /**
   * What a sum measures ("" when no rule reads it), whose it is (a party's code, or its owner's name; null for none), and
   * whether sale-price-key read it (a price, of no kind its counted phrase's nouns would give it).
   */
  record Money(String measure, String party, boolean sale, String counted, String owned) {

    /**
     * money-owner-of: the claim's phrase naming the sum's owner, where it is the counted phrase the owner was read for and that
     * phrase ends on the measure ("total deposits" -> "total deposits of Main Street Bank"); else the phrase as it is.
     */
    String named(String phrase) {
      return owned != null && phrase.equals(counted) ? owned : phrase;
    }
  }

  /** A capitalised name of one or more words, "Bank of Crosby" joined by "of". */
  static final String NAME = "((?:\\p{Lu}[\\p{L}&.-]*)(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}&.-]*)*)";
  /** " in assets", " of its loans", " worth of damage": the words after a sum that say what it is of. */
  private static final Pattern AFTER = Pattern.compile("^\\s*(?:worth\\s+)?(?:in|of)\\s+(?:[0-9][0-9,.]*\\s+)?((?:[\\p{L}'’-]+\\s+){0,3}[\\p{L}'’-]+)");
  /** "First Midwest's " right before the sum (past a few words: "Ecuador's total"). */
  private static final Pattern POSSESSIVE_BEFORE = Pattern.compile(NAME + "['’]s\\s+(?:\\p{Ll}+\\s+){0,2}$");
  /** "cost the ", "costing its " right before a possessive: who bears a cost, not whose it is. */
  private static final Pattern COST_BEARER = Pattern.compile("\\bcost(?:s|ing)?\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** " of First State's deposits" right after the sum. */
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^\\s*(?:in\\s+|of\\s+)" + NAME + "['’]s\\b");
  /**
   * "Central had assets of ", "Farmers, with ", "InterWest had total assets of ", "First National Bank of Crosby,
   * Crosby, Tex., with total assets of ": the holder before the sum, past the places in apposition to it; past a
   * relative clause between ("County Bank, which operated 39 offices, had ") or as the verb's subject ("Mutual Bank of
   * Harvey, Illinois, which had "). The name is group 1; what follows the verb is {@link #HOLDER_TAIL}.
   */
  static final String HOLDER_HEAD = NAME + "(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?){0,2}"
      + "(?:\\s*,\\s*(?:which|that)\\s+[^,;]{1,60},)?\\s*,?\\s+(?:which\\s+)?(?:also\\s+)?(?:had|has|have|held|holds|with)\\s+";
  /**
   * What stands between a holder's verb and the sum: a measure ("total assets of "), and (money-owner-list) the sums
   * listed before it with their measures, joined by "and" or a comma ("had $1.7 billion in assets and ", "had assets of
   * about $337 million and "): every sum of the list is the holder's.
   */
  static final String HOLDER_TAIL = "(?:(?:total|net|combined)\\s+)?(?:\\p{Ll}+\\s+(?:of\\s+)?)?"
      + "(?:(?:(?:\\p{Ll}+\\s+){0,2}(?:[A-Z]{0,2}\\$|£|€)?[0-9][0-9.,]*(?:\\s+\\p{Ll}+){0,4}(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)){1,3}"
      + "(?:(?:total|net|combined)\\s+)?(?:\\p{Ll}+\\s+(?:of\\s+)?)?)?$";
  private static final Pattern HOLDER = Pattern.compile(HOLDER_HEAD + HOLDER_TAIL);
  /**
   * "Shell Pipeline Co LP, inflicted ", "pipelines controlled by ExxonMobil Pipeline Co or Mobil Pipeline Co caused ": a
   * name (the first of two joined by "or", "and"), then its verb right before the sum.
   */
  private static final Pattern AGENT = Pattern.compile(
      NAME + "(?:\\s+(?:or|and)\\s+\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*)*)?\\s*,?\\s+(?:also\\s+)?(?:has\\s+|have\\s+|had\\s+)?(\\p{Ll}+)\\s+$");
  private static final java.util.Set<String> AGENT_VERBS = Lexicon.words("money-agent-verbs.txt");
  /** A number in the text, and one that is a year. */
  private static final Pattern FIGURE = Pattern.compile("[0-9][0-9.,]*");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}");
  /** How many words right after a figure may name its own measure ("8.16 billion dlrs foreign debt"). */
  private static final int FIGURES_OWN_WORDS = 4;
  /** How many words before the sum the measure may be named. */
  private static final int WORDS_BEFORE = 8;
  /** "for " (or "for a total of ") right before a sum: what it was exchanged for. */
  private static final Pattern FOR_BEFORE = Pattern.compile("\\bfor\\s+(?:(?:a|an)\\s+(?:total|sum|price)\\s+of\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** How many words before "for" the verb of a sale may stand (past its object and who bought it). */
  private static final int SALE_WORDS = 30;
  /** The verbs of keys/money-deal-verbs.txt that sell or buy, and the measure of the sum they put a price on. */
  private static final String PAID_FOR = "paid for", PRICE = "price";

  private final ConceptLexicon measures = ConceptLexicon.load("/keys/money-measures.txt");
  private final ConceptLexicon ownerWords = ConceptLexicon.load("/keys/owner-words.txt");
  private final ConceptLexicon saleVerbs = ConceptLexicon.load("/keys/money-deal-verbs.txt");
  private final ConceptLexicon parties;

  /** {@code parties}: the codes of parties by their names, for an owner that is one ("Brazil's foreign debt": BR). */
  MoneyMeasures(ConceptLexicon parties) {
    this.parties = parties;
  }

  /**
   * What the sum at {@code at} measures and whose it is, in its clause, with its counted phrase; {@code party},
   * the party its counted phrase names (null: none), is kept before any owner.
   */
  Money of(String text, ClaimKeys.Position at, String counted, String party, String currency) {
    if (party != null && ownCurrency(counted, currency)) party = null;   // money-currency-no-party: "US dollars assets"
    int from = Math.max(at.clauseStart(), at.sentenceStart()), to = Math.min(at.clauseEnd(), at.sentenceEnd());
    int hedgeStart = at.hedgeStart(), figureEnd = at.figureEnd();
    String after = text.substring(figureEnd, Math.max(figureEnd, Math.min(to, figureEnd + 60)));
    String before = text.substring(Math.max(from, hedgeStart - 120), Math.max(from, hedgeStart));
    // the holder may stand before the clause ("Farmers, with 9.6 mln dlrs in assets, was closed")
    int ss = at.sentenceStart();
    String sentenceBefore = text.substring(Math.max(ss, hedgeStart - 240), Math.max(ss, hedgeStart));
    String near = sentenceBefore.substring(Math.max(0, sentenceBefore.length() - 120));
    String owner = party != null ? "" : owner(text, near, after);
    // money-owner-referent: "Alliance Bank was closed ... The bank had $1.14 billion in assets"
    if (party == null && owner.isEmpty()) owner = name(SumReferents.antecedent(text, ss, hedgeStart, at.previousSentenceStart()));
    String code = owner.isEmpty() ? null : parties.first(List.of(owner.split(" ")));
    String sale = salePrice(sentenceBefore);
    String measure = measure(before, after, counted, sale);
    return new Money(measure, party != null ? party : owner.isEmpty() ? null : code != null ? code : owner, sale != null && sale.equals(measure),
        counted, owned(counted, measure, written(near, after)));
  }

  /**
   * money-owner-of: the counted phrase with "of" and the owner as written, where the phrase ends on the measure read and
   * does not name the owner already ("Main Street Bank had total assets of $98 million": "total assets of Main Street
   * Bank"); null otherwise.
   */
  private String owned(String counted, String measure, String owner) {
    if (counted == null || owner.isEmpty() || measure.isEmpty() || counted.toLowerCase(Locale.ROOT).contains(owner.toLowerCase(Locale.ROOT))) return null;
    List<String> words = FrameReader.words(counted, 0, counted.length());
    if (words.isEmpty() || !measure.equals(WordForms.first(measures, List.of(words.get(words.size() - 1))))) return null;
    return counted + " of " + owner;
  }

  /** The owner as the sentence writes it, by the possessive or the holder (money-owner-possessive, -holder), "the" dropped; "" if none or no name. */
  private String written(String before, String after) {
    String owner = ownerWritten(before, after);
    if (owner == null) return "";
    String name = owner.replaceFirst("^(?:The|the)\\s+", "");
    return name(name).isEmpty() ? "" : name;
  }

  /**
   * The owner's name as the words around the sum write it: a possessive before it (not a cost's bearer) or after it, or
   * the holder of the list it stands in (money-owner-possessive, money-owner-holder, money-owner-list); null for none.
   */
  private static String ownerWritten(String before, String after) {
    Matcher m = POSSESSIVE_BEFORE.matcher(before);
    // money-cost-bearer: "cost the FDIC's insurance fund $99.6 million": the fund bears the cost, it does not own it
    if (m.find() && !COST_BEARER.matcher(before.substring(0, m.start())).find()) return m.group(1);
    m = POSSESSIVE_AFTER.matcher(after);
    if (m.find()) return m.group(1);
    m = HOLDER.matcher(before);   // money-owner-list: the holder of every sum of its list ("had assets of $A and deposits of")
    return m.find() ? m.group(1) : null;
  }

  /**
   * money-currency-no-party: whether the party read from a sum's counted phrase is only its currency's name ("US dollars
   * assets", {@code currency} the name as the phrase writes it, null for none): a currency names no owner.
   */
  private boolean ownCurrency(String counted, String currency) {
    if (counted == null || currency == null || !counted.startsWith(currency)) return false;
    String rest = counted.substring(currency.length());
    return parties.first(FrameReader.words(rest, 0, rest.length())) == null;
  }

  /**
   * Whether a counted phrase reads its sum by the verb that gives, spends or needs it ("pledged to vaccine effort by UK",
   * "pounds sterling needed a year to repair"): what a verb of {@code keys/money-verbs.txt} makes of a sum opens it, or
   * follows the name of its currency ({@code currency}, null for none); "donations received" is no verb's.
   */
  boolean byVerb(String counted, String currency) {
    if (counted == null) return false;
    String rest = currency != null && counted.startsWith(currency + " ") ? counted.substring(currency.length() + 1) : counted;
    return GIVEN.contains(rest.split(" ")[0]);
  }

  /** What the verbs of {@code keys/money-verbs.txt} make of a sum, the first word of each: "pledged", "brought". */
  private static final java.util.Set<String> GIVEN = givenWords();

  private static java.util.Set<String> givenWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String line : Lexicon.resourceLines("/keys/money-verbs.txt")) out.add(line.substring(0, line.indexOf(':')).trim().split(" ")[0]);
    return java.util.Set.copyOf(out);
  }

  /** The measure, by the first rule that reads one; "" if none. {@code sale}: what sale-price-key read (null: none). */
  String measure(String before, String after, String counted, String sale) {
    Matcher m = AFTER.matcher(after);
    String found = m.find() ? firstIn(m.group(1)) : null;
    if (found == null) found = sale;
    if (found == null && counted != null) found = firstIn(counted);
    if (found == null) found = nearestBefore(before);
    return found == null ? "" : found;
  }

  /**
   * The measure named nearest before the sum, since any figure before it ("14.1 mln dlrs in deposits and 9.9 mln dlrs
   * of": the deposits are the first sum's); where the words right after that figure name one ("payments on Ecuador's
   * 8.16 billion dlrs foreign debt will be limited to 947 mln dlrs": the debt is the 8.16 billion's), the measure
   * named before that figure. A year is no figure ("total 1987 exports of").
   */
  private String nearestBefore(String before) {
    int to = before.length();
    for (int round = 0; round < 2; round++) {
      int from = 0, figure = -1;
      for (Matcher d = FIGURE.matcher(before).region(0, to); d.find(); ) {
        if (YEAR.matcher(d.group()).matches()) continue;
        from = d.end();
        figure = d.start();
      }
      List<String> words = FrameReader.words(before, from, to);
      int own = -1;
      for (int i = words.size() - 1; i >= Math.max(0, words.size() - WORDS_BEFORE); i--) {
        ConceptLexicon.Match w = WordForms.match(measures, words, i);
        if (w == null) continue;
        if (figure < 0 || i >= FIGURES_OWN_WORDS) return w.concept();
        own = i;
        break;
      }
      if (own < 0) return null;
      to = figure;
    }
    return null;
  }

  /**
   * sale-price-key: the measure of a sum right after "for" whose sentence names a sale before it, within
   * {@link #SALE_WORDS} words and past no other figure (a year is none): "was sold in May 2021 for", "was bought by
   * a group of investors that included the mayor's brother-in-law for"; null for none.
   */
  String salePrice(String before) {
    Matcher f = FOR_BEFORE.matcher(before);
    if (!f.find()) return null;
    int from = 0;
    for (Matcher d = FIGURE.matcher(before).region(0, f.start()); d.find(); ) {
      if (!YEAR.matcher(d.group()).matches()) from = d.end();
    }
    List<String> words = FrameReader.words(before, from, f.start());
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - SALE_WORDS); i--) {
      ConceptLexicon.Match w = saleVerbs.match(words, i);
      if (w != null && PAID_FOR.equals(w.concept())) return PRICE;
    }
    return null;
  }

  private String firstIn(String phrase) {
    return WordForms.first(measures, FrameReader.words(phrase, 0, phrase.length()));
  }

  /** The owner the words around the sum name, lower case without its company words; "" if none. */
  String owner(String text, String before, String after) {
    String owner = ownerWritten(before, after);
    return owner != null ? name(owner) : agent(text, before);
  }

  /**
   * money-owner-agent: a company named with its legal suffix as the subject of a verb of
   * {@code lexicon/money-agent-verbs.txt} right before the sum owns it, in its normal form (company-party-name,
   * {@link CompanyNames}, read in the article {@code text}): "Shell Pipeline Co LP, inflicted around $50 million in
   * property damage" is Shell's; "" if none.
   */
  private static String agent(String text, String before) {
    Matcher m = AGENT.matcher(before);
    if (!m.find() || !AGENT_VERBS.contains(m.group(2))) return "";
    return CompanyNames.hasLegalSuffix(m.group(1)) ? CompanyNames.normal(text, m.group(1)) : "";
  }

  private String name(String written) {
    List<String> words = new ArrayList<>(FrameReader.words(written, 0, written.length()));
    if (!words.isEmpty() && words.get(0).equals("the")) words.remove(0);
    while (words.size() > 1 && "suffix".equals(concept(words, words.size() - 1))) words.remove(words.size() - 1);
    return words.size() == 1 && "none".equals(concept(words, 0)) ? "" : String.join(" ", words).toLowerCase(Locale.ROOT);
  }

  private String concept(List<String> words, int i) {
    ConceptLexicon.Match m = ownerWords.match(words, i);
    return m == null ? null : m.concept();
  }
}
