package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whose figure it is, where one sentence gives two of a kind: each side of a score or a record, the player a game's
 * statistic belongs to, the outcome a chance is of. Each is kept as a scope word of the key ({@link PartScopes} keeps
 * them as facets, not places), as {@link QuantityFacets} keeps a vote's ayes from its noes. Words in {@code keys/sides.txt}.
 * Thread-safe.
 */
final class SideFacets {

  /** The rules, each with an example of two figures keyed apart. */
  enum Rule {
    /**
     * key.score-side: "a 27-13 win", "the Owls (3-10)": the two figures of a score or a record written with a hyphen
     * (NumberRule.SCORE_SIDES, RECORD_SIDES) are its two sides, the first and the second, each a quantity of its own.
     */
    SCORE_SIDE("score-side", "The Hawks sealed a 27-13 win over the Owls on Sunday.", "13", "#second-side"),
    /**
     * key.record-team: "the visiting Owls (3-10)": a record in brackets after a name is that side's, its wins and its
     * losses ("#team-owls" beside "#first-side"), not the other side's record in the same sentence.
     */
    RECORD_TEAM("record-team", "The Hawks (9-4) beat the visiting Owls (3-10) on Sunday.", "3", "#team-owls"),
    /**
     * key.stat-player: "Okafor yards", "Ruiz yards" (counted.stat-line-player): a game's statistic that its counted
     * phrase gives to a named player is that player's ("#player-okafor"), not every player's yards.
     */
    STAT_PLAYER("stat-player", "The Hawks won on Sunday. Okafor finished with 19 carries for 88 yards.", "88", "#player-okafor"),
    /**
     * key.odds-outcome: "a one-in-four chance of losing the seat", "a 3 in 4 chance that they keep it": the odds of an
     * outcome (NumberRule.ODDS_OF_OUTCOME) are keyed by the outcome, losing or winning (keys/sides.txt).
     */
    ODDS_OUTCOME("odds-outcome", "The minister said there is a one-in-four chance that the party will lose the seat.", "one-in-four", "#odds-lose");

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

  /** The scope words these rules set, without "#": the sides of a score, and the prefixes of a team's, a player's, an outcome's. */
  private static final String FIRST_SIDE = "first-side", SECOND_SIDE = "second-side", TEAM = "team-", PLAYER = "player-", ODDS_OF = "odds-";
  private static final List<String> PREFIXES = Stream.of(FIRST_SIDE, SECOND_SIDE, TEAM, PLAYER, ODDS_OF).map(w -> "#" + w).toList();

  /** score-side: a figure of one to three digits glued by a hyphen to another after it ("27-13"), and before it. */
  private static final Pattern SIDE_NEXT = Pattern.compile("^[-–][0-9]{1,3}(?![0-9]|[-–][0-9])");
  private static final Pattern SIDE_PREVIOUS = Pattern.compile("(?<![0-9][-–]|[0-9])[0-9]{1,3}[-–]$");
  private static final Pattern GLUED_BEFORE = Pattern.compile("[0-9][-–]$");
  private static final Pattern GLUED_AFTER = Pattern.compile("^[-–]?[0-9]");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}");
  /** record-team: the name before the bracket a record stands in ("Owls (", "Owls (3-"). */
  private static final Pattern TEAM_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*)\\s*\\(\\s*(?:[0-9]{1,3}[-–])?$");
  private static final Pattern BRACKET_AFTER = Pattern.compile("^(?:[-–][0-9]{1,3})?\\s*\\)");
  /** stat-player: a counted phrase of a name and a statistic's noun ("Okafor yards", "Smith-Jones carries"). */
  private static final Pattern PLAYER_STAT = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*\\s+)*(\\p{Lu}[\\p{L}'’-]*)\\s+(\\p{Ll}+)$");
  private static final Set<String> STAT_NOUNS = Set.copyOf(Lexicon.lines("counted-stat-nouns.txt"));
  /** odds-outcome: the odds ("one-in-four", "1 in 4") and their noun right after the figure, then up to eight words. */
  private static final Pattern ODDS;
  private static final Map<String, String> OUTCOMES = new TreeMap<>();

  static {
    List<String> nouns = new ArrayList<>(Lexicon.lines("numbers-odds-nouns.txt"));
    ODDS = Pattern.compile("(?i)^[\\p{L}0-9]*(?:-in-|\\s+in\\s+)[\\p{L}0-9,]+[”\"’']?\\s+" + TimeWords.words(nouns)
        + "\\b[”\"’']?((?:\\s+[\\p{L}'’-]+){0,8})");
    ConceptLexicon.load("/keys/sides.txt").forEach((word, concept) -> OUTCOMES.put(word, concept));
  }

  private SideFacets() {}

  /** Whether a scope word is one these rules set (not a place). */
  static boolean facet(String word) {
    for (String p : PREFIXES) if (word.startsWith(p)) return true;
    return false;
  }

  /**
   * The scope words these rules read for a figure, without "#" ("first-side", "player-okafor").
   *
   * @param counted the claim's counted phrase, or null
   * @param event what happened to what the figure counts, as keyed ("vote": a tally, {@link QuantityFacets}' ayes and noes)
   */
  static List<String> of(String text, ClaimKeys.Position at, String counted, String event) {
    return of(text, at.sentenceStart(), at.figureStart(), at.figureEnd(), at.sentenceEnd(), counted, event);
  }

  /**
   * Whether the words make the figure a side of a score or a record: its points or wins are keyed by their side, kind
   * "score" or "record" ({@link #sideKind}), with no other kind, event or part that the words around a score give its
   * counted phrase ("a 27-13 win with a touchdown in each quarter": not touchdowns, not "#each").
   */
  static boolean scoreSide(List<String> words) {
    return words.contains(FIRST_SIDE) || words.contains(SECOND_SIDE);
  }

  /** The kind of a side's figure: a record's ("record", its wins or its losses) when it is a team's in brackets, else a score's. */
  static String sideKind(List<String> words) {
    for (String w : words) if (w.startsWith(TEAM)) return "record";
    return "score";
  }

  /** The scope words these rules read for the figure at [figureStart, figureEnd) of the sentence [ss, se), without "#". */
  static List<String> of(String text, int ss, int figureStart, int figureEnd, int se, String counted, String event) {
    List<String> out = new ArrayList<>();
    String figure = text.substring(figureStart, figureEnd);
    String before = text.substring(Math.max(ss, figureStart - 40), figureStart);
    String after = text.substring(figureEnd, Math.max(figureEnd, Math.min(se, figureEnd + 120)));
    if (!"vote".equals(event) && DIGITS.matcher(figure).matches()) {
      // not a part of a longer run of numbers ("800-386-2070")
      boolean first = SIDE_NEXT.matcher(after).find() && !GLUED_BEFORE.matcher(before).find();
      boolean second = !first && SIDE_PREVIOUS.matcher(before).find() && !GLUED_AFTER.matcher(after).find();
      if (first || second) {
        out.add(first ? FIRST_SIDE : SECOND_SIDE);
        Matcher team = TEAM_BEFORE.matcher(before);
        if (team.find() && BRACKET_AFTER.matcher(after).find()) out.add(TEAM + team.group(1).toLowerCase(Locale.ROOT));
        return out;   // a score's side is no player's statistic ("34-6" read as "touchdowns")
      }
    }
    Matcher p = PLAYER_STAT.matcher(counted == null ? "" : counted.strip());
    if (p.matches() && STAT_NOUNS.contains(p.group(2))) out.add(PLAYER + p.group(1).toLowerCase(Locale.ROOT).replace('’', '\''));
    Matcher odds = ODDS.matcher(text.substring(figureStart, Math.max(figureStart, Math.min(se, figureEnd + 160))));
    if (odds.find()) {
      for (String w : odds.group(1).trim().split("\\s+")) {
        String outcome = OUTCOMES.get(w.toLowerCase(Locale.ROOT));
        if (outcome != null) {
          out.add(ODDS_OF + outcome);
          break;
        }
      }
    }
    return out;
  }
}
