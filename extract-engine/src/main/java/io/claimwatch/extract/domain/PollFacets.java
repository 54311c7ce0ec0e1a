package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opinion poll's figures are that poll's: a party's share or lead told in a sentence that names a poll is keyed by
 * the poll's name and month, scope words of its key, so that two polls' figures for one party, or one pollster's polls
 * of two months, stay apart. The rules, named in {@link Rule}: {@code poll-name} and {@code poll-month}. The nouns of a
 * poll are in {@code keys/polls.txt}. Thread-safe.
 */
final class PollFacets {

  /** The rules, each with an example whose figure gets the scope word. */
  enum Rule {
    /**
     * poll-name: the capitalised name right before the poll's noun ("A Gallup poll", "The Courier survey"), or after
     * "by" ("a survey by Ipsos"), or the name opening a sentence that says "its poll"; else the poll named last before
     * the sentence ("In that survey, ...").
     */
    POLL_NAME("poll-name", "A Gallup poll published on Sunday put the Greens on 28 pct.", "28", "poll-gallup"),
    /** poll-month: the month of the poll, the sentence's own date, else the article's event date, else publication. */
    POLL_MONTH("poll-month", "A Gallup poll published on Sunday put the Greens on 28 pct.", "28", "poll-2024-03");

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

  /** What every scope word of a poll begins with, so that {@link PartScopes} tells it from a place. */
  static final String PREFIX = "poll-";
  private static final Set<String> SHARES = Lexicon.keyedWords("unit-classes.txt", "share");
  private static final Pattern POLL;
  /** Kinds of a poll's figure that are no share: a lead, points ahead, a rating. */
  private static final Set<String> KINDS = new java.util.HashSet<>();
  /** Capitalised words (with "on", "of", "for", "&" between) right before the poll's noun, in brackets or not. */
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "\\(?(\\p{Lu}[\\p{L}’'.&-]*(?:\\s+(?:(?:on|of|for|&)\\s+)?\\p{Lu}[\\p{L}’'.&-]*)*)\\)?\\s+(?:opinion\\s+)?$");
  private static final Pattern NAME_BY = Pattern.compile("^\\s+(?:conducted\\s+|carried\\s+out\\s+)?by\\s+(?:the\\s+)?"
      + "(\\p{Lu}[\\p{L}’'.&-]*(?:\\s+\\p{Lu}[\\p{L}’'.&-]*)*)");
  private static final Pattern ITS = Pattern.compile("(?i)\\b(?:its|their)\\s+(?:own\\s+)?(?:opinion\\s+)?$");
  private static final Pattern OPENING_NAME = Pattern.compile("^\\s*(?:The\\s+)?(\\p{Lu}[\\p{L}’'.&-]*(?:\\s+\\p{Lu}[\\p{L}’'.&-]*)*)");
  private static final Pattern NOT_NAME = Pattern.compile("(?i)^(?:the|a|an|this|that|its|their|new|latest|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?"
      + "|january|february|march|april|may|june|july|august|september|october|november|december)$");
  /** How far back a sentence with a poll's noun and no name of it looks for the poll named last. */
  private static final int BACK = 800;
  static {
    List<String> nouns = new ArrayList<>();
    ConceptLexicon.load("/keys/polls.txt").forEach((word, concept) -> {
      if (concept.equals("poll")) nouns.add(word);
      if (concept.equals("kind")) KINDS.add(word);
    });
    POLL = Pattern.compile("(?i)\\b" + TimeWords.words(nouns) + "(?:['’]s)?\\b");
  }

  private PollFacets() {}

  /**
   * The scope words of a poll's figure (its name, when read, and its month), or none for a figure of no poll.
   *
   * @param ss the sentence's start; {@code figureStart} the figure's; {@code se} the sentence's end
   * @param own the date the sentence gives its figure, or null
   */
  static List<String> of(String text, int ss, int figureStart, int se, String kind, String unit, PartialDate own, PartialDate frameDate,
      LocalDate pub) {
    if (!SHARES.contains(unit) && !KINDS.contains(kind)) return List.of();
    String sentence = text.substring(ss, se);
    if (!POLL.matcher(sentence).find()) return List.of();
    List<String> out = new ArrayList<>();
    String name = nameIn(text, ss, figureStart, true);
    if (name == null) name = nameIn(text, ss, se, false);
    if (name == null) name = nameIn(text, Math.max(0, ss - BACK), ss, true);
    if (name != null) out.add(PREFIX + name);
    PartialDate when = own != null && own.month() > 0 ? own : frameDate != null && frameDate.month() > 0 ? frameDate
        : pub == null ? null : PartialDate.of(pub);
    if (when != null) out.add(PREFIX + String.format(Locale.ROOT, "%04d-%02d", when.year(), when.month()));
    return out;
  }

  /** The name of the poll named last (or first) in [from, to), as a scope word ("sunday-express"), or null. */
  private static String nameIn(String text, int from, int to, boolean last) {
    String found = null;
    for (Matcher m = POLL.matcher(text).region(from, to); m.find(); ) {
      String name = nameAt(text, from, m.start(), m.end(), to);
      if (name != null) {
        found = name;
        if (!last) break;
      }
    }
    return found;
  }

  private static String nameAt(String text, int from, int start, int end, int to) {
    int lineStart = Math.max(from, text.lastIndexOf('\n', start) + 1);
    String before = text.substring(lineStart, start);
    if (!before.equals(before.toUpperCase(Locale.ROOT)) || before.isBlank()) {   // no name from a headline in capitals
      Matcher b = NAME_BEFORE.matcher(before);
      if (b.find() && name(b.group(1)) != null) return name(b.group(1));
      if (ITS.matcher(before).find()) {
        Matcher o = OPENING_NAME.matcher(text.substring(TextSearch.sentenceStart(text, from, start), start));
        if (o.find() && name(o.group(1)) != null) return name(o.group(1));
      }
    }
    Matcher by = NAME_BY.matcher(text.substring(end, Math.min(to, end + 60)));
    return by.find() ? name(by.group(1)) : null;
  }


  /** A name as a scope word, a leading article dropped ("The Sunday Express" → "sunday-express"); null for no name. */
  private static String name(String words) {
    List<String> kept = new ArrayList<>();
    for (String w : words.strip().split("\\s+")) {
      String plain = w.replaceAll("['’]s?$", "");
      if (kept.isEmpty() && NOT_NAME.matcher(plain).matches()) continue;
      kept.add(plain.toLowerCase(Locale.ROOT));
    }
    return kept.isEmpty() ? null : String.join("-", kept).replaceAll("[^\\p{L}0-9&-]", "");
  }
}
