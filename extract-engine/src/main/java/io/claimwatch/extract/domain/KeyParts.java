package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What part of a count a figure is, where the words around it say it is no count of the whole event: a part
 * included in a count given beside it, one group of a breakdown by sex or age, or a bound the count may yet
 * reach. Each is kept as a scope word of the key ({@link KeyFacet} keeps the others), so that the part groups
 * with the same part in other reports and not with the toll. The words are in {@code keys/parts.txt}.
 * Thread-safe.
 */
final class KeyParts {

  /** The rules, each with an example whose figure is keyed apart from the toll. */
  enum Rule {
    /** "At least 13 people, including two students, were killed": the two students are part of the 13. */
    INCLUDED_PART("included-part", "Three people, including two students, were killed in the port city.", "two", "part"),
    /** "including 15 crew members and 62 passengers": each item of a list an opener starts is a part, not only the first. */
    INCLUDED_LIST("included-list", "The 90 people on board, including 6 crew members and 30 Dutch passengers, died.", "30", "part"),
    /** "148 males and 81 females had been killed": each group of a breakdown by sex or age is a count of its own. */
    BREAKDOWN("breakdown", "Officials said 148 males and 81 females had been killed.", "81", "female"),
    /** "the UN warns it could surpass 500": a bound a count may yet reach is a forecast, not the count. */
    FORECAST("forecast", "The death toll has climbed to 257, and the UN warns it could surpass 500.", "500", "forecast"),
    /** "Most of Brazil's 700,000 bankworkers began a strike": the whole a part is taken of, not the part (the strikers). */
    WHOLE_OF_PART("whole-of-part", "Most of Brazil's 700,000 bankworkers began an indefinite national strike on Tuesday.", "700,000", "whole"),
    /** "a union representing 30,000 nurses", "a pay rise for 33,000 cabin crew": the members a body speaks for are a whole, not those who acted. */
    MEMBERS_REPRESENTED("members-represented", "Nurses walked out on Monday, said the federation of unions representing 30,000 nurses.", "30,000",
        "whole"),
    /** "two adults in critical condition": the injured in a state are a part of the injured, keyed by the state. */
    CONDITION("condition", "Nine were injured in the attack, and two adults remain in critical condition, police said.", "two", "critical"),
    /** "these earthquakes have killed hundreds": a count of several events told together is no one event's count. */
    SEVERAL_EVENTS("several-events", "Two quakes hit Japan and Ecuador. The destruction from these earthquakes has killed more than 700.", "700",
        "several"),
    /** "who are seeking a 275 pct pay increase": a share a side of a dispute asks, offers or settles for is its own. */
    PAY_ROLE("pay-role", "The seamen, who are seeking a 275 pct pay increase, rejected offers of up to 100 pct.", "100", "offered"),
    /** "rather than the usual five": a norm a count is set against is another quantity than the count. */
    USUAL_VALUE("usual-value", "The appeal went to a bench of seven judges instead of the usual three.", "three", "usual"),
    /** "agreed a cap of 400 boats": a limit set on a count is another quantity than the count itself. */
    LIMIT_OF("limit-of", "The council agreed a cap of 400 boats in the harbour, which now holds 650.", "400", "limit"),
    /** "12 were killed in a single blast in 2009": the toll of one of the events a running total counts is its own count. */
    SINGLE_EVENT("single-event", "Since 1990, 85 people have died at the quarry; 12 were killed in a single blast in 2009.", "12", "single");

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

  /** The groups of a breakdown, as keys/parts.txt names them (keys/part-facets.txt). */
  private static final List<String> GROUPS = Lexicon.keyedList("/keys/part-facets.txt", "group");
  private static final Set<String> SHARES = Lexicon.keyedWords("unit-classes.txt", "share");
  /** The states of the injured, as keys/parts.txt names them. */
  private static final List<String> CONDITIONS = Lexicon.keyedList("/keys/part-facets.txt", "condition");
  /** The roles of a share in a dispute, as keys/parts.txt names them. */
  private static final List<String> ROLES = Lexicon.keyedList("/keys/part-facets.txt", "role");
  /** The scope words these rules set beside "#part": facets, not places ({@link PartScopes} keeps them). */
  static final Set<String> SCOPES = Stream.of(Lexicon.keyedList("/keys/part-facets.txt", "scope").stream(), GROUPS.stream(), CONDITIONS.stream(), ROLES.stream()).flatMap(s -> s)
      .map(g -> "#" + g).collect(Collectors.toUnmodifiableSet());

  /** "two who died": a figure a relative clause says what befell, not a noun. */
  private static final Pattern RELATIVE_AFTER = Pattern.compile("(?i)^\\s+(?:who|that|which)\\b");
  /** whole-no-event: a relative clause within a few words after a whole's figure, said of the whole. */
  private static final Pattern OWN_CLAUSE = Pattern.compile("(?i)^\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:who|that)\\b");
  /** A quote's opening mark right before a figure, which may follow an opener ("of which \"369"). */
  private static final TailWords QUOTE_MARK = TailWords.endings("\"", "“");

  /** A part's scope word and the rule that read it. */
  record Part(String scope, Rule rule) {
    /**
     * whole-no-event: a whole a portion is taken of, or the members a body speaks for, counts no event of its clause; but
     * a relative clause right after its noun says what befell the whole ("some of the 650,000 Afghans who have returned").
     */
    boolean ofNoEvent(String after) {
      return (rule == Rule.WHOLE_OF_PART || rule == Rule.MEMBERS_REPRESENTED) && !OWN_CLAUSE.matcher(after).find();
    }
  }

  private static final String NUMBER = "(?:[0-9][0-9,.]*|\\p{L}+(?:-\\p{L}+)?)";
  private final Pattern opener;
  /** included-list: "including 15 crew members and ": a later item of the list an opener starts. */
  private final Pattern openerList;
  private final Pattern among;
  private final Pattern ofWhole;
  private final Pattern wholeOf;
  /** "unions representing 700,000 workers": a body's members, before the figure. */
  private final Pattern represented;
  /** standing-count: "a pay rise for 33,000 cabin crew", "the mines employ around 10,000": members or a workforce. */
  private final Pattern standing;
  private final Pattern groupAfter;
  private final Pattern groupBefore;
  private final Pattern groupOwn;
  private final Map<String, String> groupOf = new TreeMap<>();
  private final Pattern forecastVerb;
  private final Pattern forecastNoun;
  private final Pattern conditionAfter;
  private final Pattern conditionBefore;
  private final Pattern severalEvents;
  private final Pattern payRole;
  private final Pattern usual;
  private final Pattern limit;
  private final Pattern single;
  private final Map<String, String> roleOf = new TreeMap<>();
  private final Map<String, String> conditionOf = new TreeMap<>();
  /**
   * The endings of the patterns anchored at the end of the text before the figure ({@link TailWords}): tried first,
   * they rule out most figures in one look. Null when built without them ({@link #KeyParts(boolean)}), the reference.
   */
  private final TailWords representedTail;
  private final TailWords usualTail, limitTail, openerTail, wholeOfTail, groupBeforeTail, forecastVerbTail, forecastNounTail, conditionBeforeTail;

  KeyParts() {
    this(true);
  }

  /** With {@code tailTests} false, every pattern is tried from every position: the slow path the tests compare with. */
  KeyParts(boolean tailTests) {
    ConceptLexicon lex = ConceptLexicon.load("/keys/parts.txt");
    Map<String, List<String>> words = new TreeMap<>();
    lex.forEach((word, concept) -> words.computeIfAbsent(concept, k -> new ArrayList<>()).add(word));
    for (String group : GROUPS) {
      words.getOrDefault(group, List.of()).forEach(w -> groupOf.put(w, group));
    }
    String groups = TimeWords.words(groupOf.keySet());
    // "of which \"369 went to war": a quote's opening mark may stand between the opener and the figure
    opener = Pattern.compile("(?i)\\b" + TimeWords.words(words.get("opener")) + "\\s+[\"“]?$");
    // not "among the 152 people aboard": a partitive of a whole the sentence counts is the count itself
    openerList = Pattern.compile("(?i)\\b" + TimeWords.words(words.get("opener")) + "\\s+(?:[\"“]?" + NUMBER
        + "\\s+(?:[\\p{L}'’-]+\\s*){1,3}?(?:,\\s*(?:and\\s+)?|\\band\\s+)){1,3}$");
    among = Pattern.compile("(?i)^\\s+(?:[\\p{L}-]+\\s+){0,3}?" + TimeWords.words(words.get("among")) + "\\b(?!\\s+[0-9])");
    // "most of Brazil's 700,000", "30,000 of Brazil's 40,000", "the majority of the 543": the figure is the whole
    wholeOf = Pattern.compile("(?i)(?:\\b" + TimeWords.words(words.get("portion")) + "|(?<![0-9,.])(?!(?:19|20)[0-9]{2}\\b)[0-9][0-9,.]*)"
        + "\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:\\p{Lu}[\\p{L}.-]*['’]s?\\s+)?$"
        // "lost six of their 10 seats": a count written as a word, of an owner's whole ("eight of nine soldiers" is no owner's)
        + "|\\b" + TimeWords.words(words.get("owned-portion")) + "\\s+of\\s+(?:its\\s+|their\\s+|\\p{Lu}[\\p{L}.-]*['’]s?\\s+)$");
    List<String> members = Stream.concat(words.get("represented").stream(), words.get("covered").stream()).toList();
    represented = Pattern.compile("(?i)\\b" + TimeWords.words(members) + "\\s+(?:the\\s+|its\\s+|their\\s+|some\\s+)?$");
    // not "representing" itself: "the confederation ... representing 700,000 workers, told Reuters the indefinite stoppage"
    // is told as the strike's in the gold (dev-b b15 with b16-b19's strikers' workforce), as "Verdi, representing 33,000" is not
    standing = Pattern.compile("(?i)\\b" + TimeWords.words(Stream.concat(words.get("covered").stream(), words.get("standing").stream()).toList())
        + "\\s+(?:the\\s+|its\\s+|their\\s+|some\\s+)?$");
    // "eight of nine soldiers who were killed": what happened is said of the whole, the part is another count
    ofWhole = Pattern.compile("(?i)^\\s+of\\s+(?:the\\s+)?" + NUMBER + "\\s+(?:[\\p{L}-]+\\s+){1,3}?" + TimeWords.words(words.get("relative")) + "\\b");
    // "148 males and 81 females": the group after the figure, then "and" or a comma and another figure's group
    groupAfter = Pattern.compile("(?i)^\\s+(" + groups + ")\\s*(?:,|\\band\\b)\\s*(?:and\\s+)?" + NUMBER + "\\s+(" + groups + ")\\b");
    groupOwn = Pattern.compile("(?i)^\\s+(" + groups + ")\\b");
    groupBefore = Pattern.compile("(?i)" + NUMBER + "\\s+(" + groups + ")\\s*(?:,|\\band\\b)\\s*(?:and\\s+)?$");
    forecastVerb = Pattern.compile("(?i)\\b" + TimeWords.words(words.get("modal")) + "\\s+(?:\\p{L}+ly\\s+|further\\s+|even\\s+)?"
        + TimeWords.words(words.get("change")) + "\\s+(?:further\\s+)?(?:to\\s+|above\\s+|beyond\\s+|past\\s+|as\\s+(?:(?:high|much|many)\\s+as\\s+)?)?$");
    for (String condition : CONDITIONS) {
      words.getOrDefault(condition, List.of()).forEach(w -> conditionOf.put(w.replaceAll("\\s+", " "), condition));
    }
    String conditions = TimeWords.words(conditionOf.keySet());
    // "two adults in critical condition", "six are critically wounded": within five words after the figure, no
    // other count's "and" between ("killed 5 and left 20 in critical condition" says it of the 20)
    conditionAfter = Pattern.compile("(?i)^\\s+(?:(?!(?:and|or|but|while)\\b)[\\p{L}'’-]+,?\\s+){0,5}?(" + conditions + ")\\b");
    conditionBefore = Pattern.compile("(?i)\\b(" + conditions + ")\\s+$");
    severalEvents = Pattern.compile("(?i)\\b" + TimeWords.words(words.get("several")) + "\\s+(?:[\\p{L}-]+\\s+){0,2}?"
        + TimeWords.words(words.get("plural-events")) + "\\b");
    for (String role : ROLES) {
      words.getOrDefault(role, List.of()).forEach(w -> roleOf.put(w.replaceAll("\\s+", " "), role));
    }
    payRole = Pattern.compile("(?i)\\b(" + TimeWords.words(roleOf.keySet()) + ")\\b");
    forecastNoun = Pattern.compile("(?i)\\b(?:" + TimeWords.words(words.get("forecast")) + "\\s+(?:of\\s+)?|"
        + TimeWords.words(words.get("predicted")) + "\\s+(?:at\\s+)?)$");
    usual = Pattern.compile("(?i)\\b" + TimeWords.words(words.get("usual")) + "\\s+$");
    limit = Pattern.compile("(?i)\\b" + TimeWords.words(words.get("limit")) + "\\s+$");
    // "12 were killed in a single blast": the single event within five words after the figure, no other count's "and" between
    single = Pattern.compile("(?i)^\\s+(?:(?!(?:and|or|but|while)\\b)[\\p{L}'’-]+,?\\s+){0,5}?" + TimeWords.words(words.get("single")) + "\\s+\\p{L}");
    // each pattern's last words, as written above
    openerTail = tailTests ? TailWords.of(words.get("opener")) : null;
    usualTail = tailTests ? TailWords.of(words.get("usual")) : null;
    representedTail = tailTests ? TailWords.of(Stream.concat(words.get("represented").stream(), words.get("covered").stream()).toList(), "the", "its",
        "their", "some") : null;
    limitTail = tailTests ? TailWords.of(words.get("limit")) : null;
    wholeOfTail = tailTests ? TailWords.of(List.of(), "of", "the", "its", "their", "'", "’", "'s", "’s") : null;   // also the owned portions' ends
    groupBeforeTail = tailTests ? TailWords.endings(",", "and") : null;
    forecastVerbTail = tailTests ? TailWords.of(words.get("change"), "further", "to", "above", "beyond", "past", "as") : null;
    forecastNounTail = tailTests
        ? TailWords.of(Stream.concat(words.get("forecast").stream(), words.get("predicted").stream()).toList(), "of", "at") : null;
    conditionBeforeTail = tailTests ? TailWords.of(conditionOf.keySet()) : null;
  }

  /**
   * standing-count: whether the text before a figure's hedge ends in a verb by which a body has its workforce or in
   * the pay term its members are covered by ("facilities employing over 37,000 workers", "demands for a 5.2 percent
   * pay rise for 33,000 cabin crew"): a standing number, which no word of its clause makes a count of an event.
   */
  boolean standing(String before) {
    return standing.matcher(before).find();
  }

  /** Whether the text before a figure may end as {@code tail} says (always without the tests), before its pattern is tried. */
  private static boolean mayEnd(TailWords tail, String before) {
    return tail == null || tail.mayEnd(before);
  }

  /**
   * The part a figure is, or null for a count of the whole.
   *
   * @param before the sentence's text before the figure's hedge ("... including ")
   * @param after the text after the figure, to its clause's end
   * @param kind what the figure counts, as keyed ("person")
   * @param unit the figure's unit ("barrel/day"), or ""
   */
  Part of(String before, String after, String kind, String unit) {
    if (mayEnd(forecastVerbTail, before) && forecastVerb.matcher(before).find()
        || mayEnd(forecastNounTail, before) && forecastNoun.matcher(before).find()) return new Part("forecast", Rule.FORECAST);
    if (mayEnd(usualTail, before) && usual.matcher(before).find()) return new Part("usual", Rule.USUAL_VALUE);
    if (SHARES.contains(unit)) {
      // pay-role: the role word nearest before the share; a settlement's wherever it is ("accepting pay offers of 120 pct")
      String role = null;
      for (Matcher r = payRole.matcher(before); r.find() && !"settled".equals(role); ) {
        role = roleOf.get(r.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      }
      if (role != null) return new Part(role, Rule.PAY_ROLE);
    }
    // limit-of: "a cap of fewer than 6,000 centrifuges" beside "Iran runs about 10,000": the limit, not the count
    if (mayEnd(limitTail, before) && limit.matcher(before).find()) return new Part("limit", Rule.LIMIT_OF);
    if (ofWhole.matcher(after).find()) return new Part("part", Rule.INCLUDED_PART);
    // not "the central part of the 32,000 bpd hydrocracker": a measure in a unit names what it is of
    if (unit.isEmpty() && mayEnd(wholeOfTail, before) && wholeOf.matcher(before).find()) return new Part("whole", Rule.WHOLE_OF_PART);
    // members-represented: "the confederation of unions representing 700,000 workers" speaks for its members, all of them
    if (unit.isEmpty() && mayEnd(representedTail, before) && represented.matcher(before).find()) return new Part("whole", Rule.MEMBERS_REPRESENTED);
    // a toll of several events: of people, not a measure of one of them (a magnitude, an area)
    if (unit.isEmpty() && (kind.isEmpty() || kind.equals("person")) && (severalEvents.matcher(before).find()
        || severalEvents.matcher(after).find())) return new Part("several", Rule.SEVERAL_EVENTS);
    if (unit.isEmpty()) {
      Matcher c = conditionAfter.matcher(after);
      Matcher cb = conditionBefore.matcher(before);
      String state = c.find() ? c.group(1) : mayEnd(conditionBeforeTail, before) && cb.find() ? cb.group(1) : null;
      if (state != null) return new Part(conditionOf.get(state.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")), Rule.CONDITION);
    }
    // single-event: "12 were killed in a single blast" beside the quarry's deaths since 1990: one event's count, a part
    if (unit.isEmpty() && single.matcher(after).find()) return new Part("single", Rule.SINGLE_EVENT);
    if (!kind.isEmpty() && !kind.equals("person")) return null;   // soldiers, police ... are counted apart already
    Matcher a = groupAfter.matcher(after);
    if (a.find() && !groupOf(a.group(1)).equals(groupOf(a.group(2)))) {
      return new Part(groupOf(a.group(1)), Rule.BREAKDOWN);
    }
    Matcher b = groupBefore.matcher(before);
    Matcher own = groupOwn.matcher(after);
    if (mayEnd(groupBeforeTail, before) && b.find() && own.find() && !groupOf(b.group(1)).equals(groupOf(own.group(1)))) {
      return new Part(groupOf(own.group(1)), Rule.BREAKDOWN);
    }
    if ((mayEnd(openerTail, before) || QUOTE_MARK.mayEnd(before)) && opener.matcher(before).find() || among.matcher(after).find()) {
      // "including four women": a group of a breakdown is that group's count, else a part of no name
      String group = own.reset().find() ? groupOf(own.group(1)) : null;
      return new Part(group == null ? "part" : group, Rule.INCLUDED_PART);
    }
    // included-list: an item counted by a noun of its own ("62 Egyptian passengers"), not a fate ("two deaths", "two who died")
    if (!kind.isEmpty() && !RELATIVE_AFTER.matcher(after).find() && mayEnd(groupBeforeTail, before) && openerList.matcher(before).find()) {
      String group = own.reset().find() ? groupOf(own.group(1)) : null;
      return new Part(group == null ? "part" : group, Rule.INCLUDED_LIST);
    }
    return null;
  }

  /** The breakdown's group a matched word names ("Females" → "female"). */
  private String groupOf(String word) {
    return groupOf.get(word.toLowerCase(Locale.ROOT));
  }
}
