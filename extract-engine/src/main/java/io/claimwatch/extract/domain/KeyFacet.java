package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facet of a claim's key: what part of its event a count is of, beyond its place, kept as a
 * scope word ("#part", "#other", "#each", "#elsewhere"), and for a distance the places it lies between.
 */
final class KeyFacet {

  private KeyFacet() {}

  /** The verbs of change whose "by N" is the change's size (keys/facets.txt). */
  private static final Pattern CHANGE_BY;
  /** fleet: "its entire fleet of 45 jets", "900 of the jets in service" (keys/facets.txt). */
  private static final Pattern FLEET_BEFORE;
  private static final Pattern FLEET_AFTER;
  /** stockpile: "around 19,000 in its stockpile", "40 warheads in storage" (keys/facets.txt). */
  private static final Pattern STOCK_AFTER;
  /** FLEET_BEFORE's endings ({@link TailWords}). */
  private static final TailWords FLEET_TAIL;
  /** period-total: "so far", "to date" (keys/facets.txt). */
  private static final Pattern RUNNING;
  /** previous-term: "in the last 200-seat parliament", "the outgoing assembly" (keys/facets.txt). */
  private static final Pattern PREVIOUS_TERM;
  /** later-shock: "The latest big tremor", "A second quake" opening the sentence (keys/facets.txt). */
  private static final Pattern LATER_SHOCK;
  /** later-shock-count: "big new quake shakes coast", a later shock named anywhere in a headline or a lead. */
  private static final Pattern LATER_SHOCK_NAMED;
  /** A shock named in a sentence: "from Saturday's 7.8 quake", "since the major quake". */
  private static final Pattern SHOCK_NAMED;
  /** The shock words, singular and plural: the kinds of a count of shocks. */
  private static final Set<String> SHOCKS = new java.util.HashSet<>();
  /** A figure hyphened to "seat": the size of a chamber, not a party's seats. */
  private static final Pattern CHAMBER_SIZE = Pattern.compile("^-\\s*seats?\\b");
  static {
    java.util.List<String> verbs = new java.util.ArrayList<>();
    java.util.List<String> fleetBefore = new java.util.ArrayList<>();
    java.util.List<String> fleetAfter = new java.util.ArrayList<>();
    java.util.List<String> running = new java.util.ArrayList<>();
    java.util.List<String> stockAfter = new java.util.ArrayList<>();
    java.util.Map<String, java.util.List<String>> words = new java.util.HashMap<>();
    ConceptLexicon.load("/keys/facets.txt").forEach((word, concept) -> {
      switch (concept) {
        case "change" -> verbs.add(word);
        case "fleet-before" -> fleetBefore.add(word);
        case "fleet-after" -> fleetAfter.add(word);
        case "period-total" -> running.add(word);
        case "stock-after" -> stockAfter.add(word);
        default -> words.computeIfAbsent(concept, k -> new java.util.ArrayList<>()).add(word);
      }
    });
    PREVIOUS_TERM = Pattern.compile("(?i)\\b(?:the|its|their)\\s+" + TimeWords.words(words.get("previous-term"))
        + "\\s+(?:[0-9,]+-seat\\s+|\\p{L}+\\s+){0,2}?" + TimeWords.words(words.get("legislature")) + "\\b");
    LATER_SHOCK = Pattern.compile("(?i)^\\s*(?:the|a|an)\\s+" + TimeWords.words(words.get("later-shock")) + "\\s+(?:\\p{L}+\\s+){0,2}?"
        + TimeWords.words(words.get("shock")) + "\\b");
    LATER_SHOCK_NAMED = Pattern.compile("(?i)\\b" + TimeWords.words(words.get("later-shock")) + "\\s+(?:\\p{L}+\\s+){0,2}?"
        + TimeWords.words(words.get("shock")) + "\\b");
    SHOCK_NAMED = Pattern.compile("(?i)\\b" + TimeWords.words(Lexicon.lines("shock-names.txt")) + "\\b");
    SHOCKS.addAll(words.get("shock"));
    RUNNING = Pattern.compile("(?i)\\b" + TimeWords.words(running) + "\\b");
    FLEET_BEFORE = Pattern.compile("(?i)\\b" + TimeWords.words(fleetBefore) + "\\s+$");
    FLEET_TAIL = TailWords.of(fleetBefore);
    FLEET_AFTER = Pattern.compile("(?i)^\\s+(?:[\\p{L}0-9-]+\\s+){0,6}?" + TimeWords.words(fleetAfter) + "\\b");
    STOCK_AFTER = Pattern.compile("(?i)^\\s+(?:[\\p{L}0-9-]+\\s+){0,3}?" + TimeWords.words(stockAfter) + "\\b");
    CHANGE_BY = Pattern.compile("(?i)\\b" + TimeWords.words(verbs) + "\\s+(?:\\p{L}+ly\\s+)?by\\s+(?:about\\s+|some\\s+|nearly\\s+|almost\\s+"
        + "|more\\s+than\\s+|over\\s+|at\\s+least\\s+)?(?:[0-9][0-9,.]*\\s*\\p{L}+\\s*\\(\\s*)?$");   // "by 50 kph (31 mph)"
  }

  /**
   * from-to: "cut the zone from 60 to 35 square kilometers", "the toll rose from 20 to 35": the figure after "from" with
   * another figure after "to" is the earlier level, another quantity than the level it changed to (the text before the
   * hedge, then after the figure).
   */
  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");
  private static final Pattern TO_AFTER = Pattern.compile("(?i)^\\s*(?:[\\p{L}.]+\\s+){0,3}?to\\s+(?:about\\s+|nearly\\s+|almost\\s+|just\\s+)?[0-9]");
  private static final Set<String> SHARE_UNITS = Lexicon.keyedWords("unit-classes.txt", "share");
  /** "revised", "corrected": a change of a figure that corrects one quantity's count rather than changing the quantity. */
  private static final Pattern REVISION = Pattern.compile("(?i)\\b(?:revis|correct|adjust|restat|amend)\\p{L}*");
  /**
   * span-of-hours: "4 inches of rain fell ... in just three hours", "40 killed in the past 24 hours": a count over a stated
   * number of hours is that span's, another quantity than the day's or the event's total.
   */
  private static final String HOURS = "\\b(?:in|within|over|during)\\s+(?:just\\s+|only\\s+|less\\s+than\\s+|under\\s+"
      + "|the\\s+(?:past|last|first|previous)\\s+)?(?:[0-9]+|a\\s+few|several|two|three|four|five|six|eight|ten|twelve)\\s+hours?\\b";
  /** The span of hours after the figure with no other figure or sentence end between. */
  private static final Pattern HOURS_AFTER = Pattern.compile("(?i)^[^0-9;!?]*?" + HOURS);
  /** The span of hours that opens the sentence right before the figure ("In the past 24 hours, 40 people"). */
  private static final Pattern HOURS_BEFORE = Pattern.compile("(?i)^\\s*" + HOURS + "\\s*,\\s*$");

  /** charge-offence: the scope word's prefix of the offence a count of charges is of ("#offence-murder"). */
  static final String OFFENCE = "offence-";
  /**
   * charge-offence: "two counts of first-degree assault and three counts of armed criminal activity": the offence
   * after a count's "counts of" or "charges of", up to three words before a word that ends it or a punctuation mark
   * (a no-break space is a space: "13 counts\u00a0of premeditated murder").
   */
  private static final Pattern OFFENCE_AFTER = Pattern.compile("(?i)^[\\s\\u00a0]+(?:counts?|charges?)[\\s\\u00a0]+of[\\s\\u00a0]+"
      + "((?:(?!(?:and|or|of|a|an|the|in|for|against|over|after|on|with|at|by|to|from|that|which|who|related)\\b)[\\p{L}-]+[\\s\\u00a0]*){1,3})(?=$|[,;.:)]|[\\s\\u00a0])");

  /** Units of length: a figure in one is a distance (or a depth). */
  static final Set<String> LENGTH_UNITS = Lexicon.keyedWords("unit-classes.txt", "length");
  /**
   * "Ten of the dead", "two of them": part of a count the sentence does not give (not "32 of the 543 passengers", the
   * count of the whole); part-of-those: "Seven of those 77 people died" is a part of a set the article named before.
   */
  private static final Pattern PARTITIVE = Pattern.compile(
      "^\\s+of\\s+(?:(?:the|them|whom)\\b(?!\\s+[0-9])|(?:those|these)\\b)");
  /**
   * "Two others died", "five other soldiers": counts beside another count ("thousands more injured" is the injured); so is
   * "more" before a place or a way ("600 firefighters ... with hundreds more en route", "dozens more on the way", "40 more in
   * hospital": others-more, others than the count before, where they are); so is "more" before a plural noun ("crews
   * pulled 12 more bodies from the mud", "two more nurses tested positive": others-more-noun, the ones added to a count
   * told before, another quantity than it or than the total they bring).
   */
  private static final Pattern OTHER = Pattern.compile("^\\s+(?:other|others|more\\s+(?:" + String.join("|", CountedEllipsis.MORE_WHERE)
      + "|people|persons|children|men|women|[a-z]{3,}s)\\b)");
  /** "another 20 dead inside the boat", "another at least 20": a count beside a count given before (the text before its hedge). */
  private static final Pattern ANOTHER = Pattern.compile("\\banother\\s+$", Pattern.CASE_INSENSITIVE);
  /** "one death each", "died elsewhere in the city": a count of every part, or of another part, of the event. */
  private static final Pattern PART_WORD = Pattern.compile("\\b(each|elsewhere|apiece)\\b");
  /** "Quito, around ", "Guayaquil, located ": the place named just before a distance, in apposition. */
  private static final Pattern PLACE_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'-]+)\\s*,\\s*(?:\\p{Ll}+\\s+){0,2}$");
  /** The generic nouns of place names ("County", "Province"), which name no point on their own. */
  private static final ConceptLexicon PLACE_NOUNS = ConceptLexicon.load("/keys/not-place-names.txt");
  /** "80 miles west of Houston", "16 km from Muisne": the place a distance is measured from. */
  private static final Pattern FROM_PLACE = Pattern.compile(
      "^[^.;,]{0,30}?\\b(?:of|from)\\s+(?:the\\s+)?(?:(?:\\p{Ll}+\\s+)?(?:town|city|village|island|port)\\s+of\\s+)?(\\p{Lu}[\\p{L}-]+)");

  /**
   * "fell to 1.9 bln stg from ", "down from October's ", "against ", "compared with ": the earlier figure a
   * change is measured from, another period's quantity than the figure it changed to; the later figure's period may stand
   * between ("fell to 11.6 percent in October from 11.7 percent": September's rate).
   */
  private static final Pattern EARLIER = Pattern.compile("(?:\\b(?i:up|down)\\s+from|\\b(?i:compared)\\s+(?:with|to)|\\b(?i:against)"
      + "|[0-9%]\\S*\\s+(?:\\p{L}+\\s+){0,2}(?:(?i:in|for)\\s+(?:\\p{Lu}\\p{L}+|(?:19|20)[0-9]{2})\\s+)?from)\\s+(?:\\p{Lu}\\p{L}*['’]s\\s+|(?:a|the)\\s+(?:revised\\s+)?)?$");

  /** "down from ", "compared with ": an earlier figure, whatever it counts. */
  private static final Pattern EARLIER_CHANGE = Pattern.compile("\\b(?i:(?:up|down)\\s+from|compared\\s+(?:with|to))\\s+(?:\\p{Lu}\\p{L}*['’]s\\s+)?$");

  /** "the deaths of ", "a death toll of about ": a noun of what happened right before a figure's "of" (the text before its hedge). */
  private static final Pattern NOUN_OF = Pattern.compile("(\\p{L}+)\\s+of\\s+(?:the\\s+|some\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+)?$");

  /**
   * event-noun-of: what happened to a count, from the noun its figure is "of" ("the deaths of 57 villagers in the
   * border district since Monday and the wounding of more than 300": deaths, not the wounding after it; "the
   * evacuation of 8,000 people"); null when the words before the figure are no such noun. For a count whose own phrase
   * names nothing that happened ("villagers", a people), read before the clause after the figure, which may go on to
   * another count.
   *
   * @param before the sentence's text before the figure's hedge
   */
  static String eventNounOf(ConceptLexicon events, String before) {
    Matcher m = NOUN_OF.matcher(before);
    return m.find() ? WordForms.first(events, List.of(m.group(1).toLowerCase(Locale.ROOT))) : null;
  }

  /** A verb of what happened right before a figure's hedge: "a ferry carrying ", "injuring more than " (the hedge is after it). */
  private static final Pattern VERB_BEFORE = Pattern.compile("(\\p{L}+(?:ing|ed))\\s+$");

  /**
   * What happened to a count, from the words right before its figure: event-noun-of ({@link #eventNounOf}), else
   * verb-before-figure, the verb of what happened right before it ("the ferry was carrying 543 people and 345 had
   * been rescued": the 543 aboard, not the rescued after it); null when the words before are neither.
   */
  static String eventBefore(ConceptLexicon events, String before) {
    String noun = eventNounOf(events, before);
    if (noun != null) return noun;
    Matcher m = VERB_BEFORE.matcher(before);
    if (m.find()) return WordForms.first(events, List.of(m.group(1).toLowerCase(Locale.ROOT)));
    // shot-is-wounded: a verb whose form is also a noun ("gunmen shot 8 people"; not "14 shots"), only as the verb before a figure
    Matcher w = WORD_BEFORE.matcher(before);
    return w.find() ? VERB_EVENTS.first(List.of(w.group(1).toLowerCase(Locale.ROOT))) : null;
  }

  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
  private static final ConceptLexicon VERB_EVENTS = ConceptLexicon.load("/keys/verb-events.txt");

  /** chamber-size: whether the words after a figure hyphen it to "seat" ("a 125-seat legislature"): the chamber's size. */
  static boolean chamberSize(String after) {
    return CHAMBER_SIZE.matcher(after).find();
  }

  /** Whether a clause counts a running total of a period ("so far in 2025", "to date"): period-total. */
  static boolean runningTotal(String clause) {
    return RUNNING.matcher(clause).find();
  }

  /** The endings of ANOTHER, EARLIER and EARLIER_CHANGE, each pattern's last words as written above ({@link TailWords}). */
  private static final TailWords ANOTHER_TAIL = TailWords.of(List.of(), "another");
  private static final TailWords EARLIER_TAIL = TailWords.of(List.of(), "from", "with", "to", "against", "a", "the", "revised", "'s", "’s");
  private static final TailWords EARLIER_CHANGE_TAIL = TailWords.of(List.of(), "from", "with", "to", "'s", "’s");

  /**
   * What part of its event a count is of, beyond the place, as a scope word of the key: "part" for a
   * part of a count the article gives elsewhere ("Ten of the dead were from the apartment building"),
   * "other" for a count beside another ("Two others died"), "each" and "elsewhere" for counts of the
   * event's parts, "earlier" for a figure in a unit that a change is measured from ("fell to 1.9 bln stg from
   * 2.1 bln"), and for a distance, the place it is measured from ("80 miles west of Houston").
   * Empty for a count of the whole event.
   */
  static String of(String before, String after, String clause, String kind, String unit) {
    return of(before, after, clause, "", "", kind, unit, true);
  }

  /** With {@code tailTests} false, the patterns anchored at the end are tried from every position: the slow path the tests compare with. */
  static String of(String before, String after, String clause, String kind, String unit, boolean tailTests) {
    return of(before, after, clause, "", "", kind, unit, tailTests);
  }

  /** As {@link #of(String, String, String, String, String)}, with the sentence after the figure ({@code around}) read for a span of hours and the sentence before it for a revision. */
  static String of(String before, String after, String clause, String around, String sentenceBefore, String kind, String unit) {
    return of(before, after, clause, around, sentenceBefore, kind, unit, true);
  }

  /** With {@code tailTests} false, the patterns are tried without the tests of their endings and words: the slow path the tests compare with. */
  static String of(String before, String after, String clause, String around, String sentenceBefore, String kind, String unit,
      boolean tailTests) {
    if (LENGTH_UNITS.contains(unit) || "distance".equals(kind)) {
      // a distance is between two places: the one it is measured from and the one named before it
      // ("Kaohsiung, about 300 kilometers southwest of Taipei", "Quito, around 100 miles away")
      Matcher m = FROM_PLACE.matcher(after);
      Matcher b = PLACE_BEFORE.matcher(before);
      String from = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
      String to = b.find() ? b.group(1).toLowerCase(Locale.ROOT) : "";
      // region-before-distance: "near Lake Isabella in Kern County, about 110 miles north of Los Angeles": a name that ends on a
      // generic noun of place names (keys/not-place-names.txt) is the area the event lies in, not a point the distance runs to
      if (PLACE_NOUNS.contains(to)) to = "";
      String between = to.isEmpty() ? from : from.isEmpty() ? to : to + "-" + from;
      // later-shock: "The latest tremor ... hit 25 km off the island of Muisne": the later shock's distance or depth
      if (LATER_SHOCK.matcher(sentenceBefore).find()) return between.isEmpty() ? "later" : between + "-later";
      return between;
    }
    // charge-offence: "three counts of murder" and "10 counts of attempted murder" are two quantities
    if ("charge".equals(kind)) {
      Matcher o = OFFENCE_AFTER.matcher(after);
      if (o.find()) return OFFENCE + o.group(1).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }
    // chamber-size: "Quebec's 125-seat provincial legislature" is all the seats, not a party's; previous-term: "held 57
    // seats in the last 200-seat parliament, the Conservatives 44": the seats of the term before
    if ("seat".equals(kind)) {
      if (CHAMBER_SIZE.matcher(after).find()) return "whole";
      if (PREVIOUS_TERM.matcher(sentenceBefore + " " + around).find()) return "previous";
    }
    if (unit.isEmpty() && ((!tailTests || FLEET_TAIL.mayEnd(before)) && FLEET_BEFORE.matcher(before).find()
        || FLEET_AFTER.matcher(after).find())) return "fleet";
    // stockpile: "Iran runs about 10,000 centrifuges and has around 19,000 in its stockpile": the stock held, not those in use
    if (unit.isEmpty() && STOCK_AFTER.matcher(after).find()) return "stock";
    // from-to; not a revision ("revised the February gain from 210,000 to 190,000": one quantity, corrected)
    if (FROM_BEFORE.matcher(before).find() && TO_AFTER.matcher(after).find() && !REVISION.matcher(sentenceBefore).find()) return "earlier";
    // change-by: "strengthened by 60 kph" is how much it changed, not the level (a share's rise is keyed by ClaimKeys)
    if (!SHARE_UNITS.contains(unit) && (!tailTests || holds(before, "by")) && CHANGE_BY.matcher(before).find()) return "change";
    if (!unit.isEmpty() && (!tailTests || EARLIER_TAIL.mayEnd(before)) && EARLIER.matcher(before).find()) return "earlier";
    if (!LENGTH_UNITS.contains(unit) && !SHARE_UNITS.contains(unit) && ((!tailTests || holds(around, "hour")) && HOURS_AFTER.matcher(around).find()
        || (!tailTests || holds(before, "hour")) && HOURS_BEFORE.matcher(before).find())) return "hours";
    if (!unit.isEmpty()) return "";
    if ((!tailTests || EARLIER_CHANGE_TAIL.mayEnd(before)) && EARLIER_CHANGE.matcher(before).find()) return "earlier";   // "124 mln bushels, down from 127 mln in 1985"
    if (PARTITIVE.matcher(after).find()) return "part";
    if (OTHER.matcher(after).find() || (!tailTests || ANOTHER_TAIL.mayEnd(before)) && ANOTHER.matcher(before).find()) return "other";
    String lower = clause.toLowerCase(Locale.ROOT);
    if (tailTests && !lower.contains("each") && !lower.contains("elsewhere") && !lower.contains("apiece")) return "";
    Matcher w = PART_WORD.matcher(lower);
    return w.find() ? w.group(1).equals("apiece") ? "each" : w.group(1) : "";
  }

  /**
   * later-shock-count: in a report whose headline or lead names a later shock ("Ecuador disaster toll tops 500, big new
   * quake shakes coast"), a count of shocks whose sentence names no quake of its own ("The institute said there were 17
   * aftershocks"; not "hundreds of aftershocks from Saturday's quake") is the later shock's: {@code #later}, another
   * quantity than the main quake's aftershocks. The headline and the lead are the text's first two paragraphs.
   */
  static String laterShockCount(String text, String sentence, String kind) {
    if (!SHOCKS.contains(kind) || SHOCK_NAMED.matcher(sentence).find()) return "";
    return LATER_SHOCK_LEAD.of(text) ? "later" : "";
  }

  /** Whether the headline or the lead names a later shock: read once per article, not per count of shocks. */
  private static final PerArticle<Boolean> LATER_SHOCK_LEAD = new PerArticle<>(text -> {
    int headline = text.indexOf("\n\n");
    int lead = headline < 0 ? -1 : text.indexOf("\n\n", headline + 2);
    return LATER_SHOCK_NAMED.matcher(text).region(0, lead < 0 ? text.length() : lead).find();
  });

  /** Whether {@code s} holds the lower-case ASCII word with its letters in either case, as {@code (?i)} matches it: a pattern that needs the word cannot match without it. */
  private static boolean holds(String s, String word) {
    int n = word.length();
    outer:
    for (int i = 0, last = s.length() - n; i <= last; i++) {
      for (int k = 0; k < n; k++) if ((s.charAt(i + k) | 0x20) != word.charAt(k)) continue outer;
      return true;
    }
    return false;
  }
}
