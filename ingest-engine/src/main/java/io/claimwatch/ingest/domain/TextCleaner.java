package io.claimwatch.ingest.domain;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text-level cleaning shared by plain text and the text extracted from HTML. Works on {@link Unit}s
 * (paragraphs: one line, or a blank-line-separated block when that block is hard-wrapped prose) and
 * only ever drops whole units: a kept unit is byte-identical to the source line(s), apart from
 * trimmed ends and {@code \n} line endings. The rules, in order: donation appeals, furniture lines
 * ({@code furniture-lines.txt}, where a byline is noted), image credits, teasers, reading times,
 * lists of links ({@link LinkLists}, HTML only), breadcrumbs glued to the headline, date lines, repeats.
 */
final class TextCleaner {

  /**
   * The result of text cleaning. {@code dateline} and {@code byline} are null when none was found;
   * {@code offsets} gives, for each char of {@code text}, its index in the original document (-1 for
   * the paragraph breaks cleaning adds).
   */
  record Result(String text, String title, LocalDate dateline, String byline, int[] offsets) {}

  /** Date lines, breadcrumbs and titles are looked for only among the first units. */
  static final int TOP_UNITS = 6;

  /** "By Jane Doe", "By AFP", "BY JANE DOE and JOHN ROE": a byline line near the top. */
  private static final Pattern BYLINE = Pattern.compile(
      "(?:[Bb]y|BY)\\s+(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'-]*){0,3})");
  private static final Lexicon FURNITURE = Lexicon.load("furniture-lines.txt");
  private static final List<String> TITLE_LABELS = Lexicon.lines("title-labels.txt");
  private static final Pattern TITLE_END = Pattern.compile("[.:;,…]$");
  private static final int MAX_TITLE = 200;

  Result clean(String raw) {
    return clean(raw, null);
  }

  /**
   * Cleans {@code raw}; {@code map} gives each char's index in the original document (null: raw is
   * the original).
   */
  Result clean(String raw, int[] map) {
    return clean(raw, map, null);
  }

  /**
   * Cleans {@code raw}; {@code map} gives each char's index in the original document (null: raw is
   * the original), {@code linked} the indexes of the document's chars inside links (null: none known).
   */
  Result clean(String raw, int[] map, BitSet linked) {
    List<Unit> all = Units.split(raw, map);
    BoilerplateUnits.dropAppeals(all);
    String byline = null;
    int position = 0;
    for (Unit u : all) {
      if (FURNITURE.matches(u)) {
        u.dropped = true;
        Matcher b = BYLINE.matcher(u.key);
        if (byline == null && position < 2 * TOP_UNITS && b.matches()) {
          byline = b.group(1);
        }
      }
      position++;
    }
    BoilerplateUnits.dropImageCredits(all);
    Teasers.drop(all); // before reading times go: they are a teaser item's evidence
    for (Unit u : all) {
      if (Teasers.isReadingTime(u)) {
        u.dropped = true;
      }
    }
    LinkLists.drop(all, linked);
    BoilerplateUnits.dropBreadcrumbTitles(all);
    LocalDate dateline = BoilerplateUnits.dropDatelines(all);
    Repeats.drop(all);

    List<Unit> kept = Units.live(all);
    int length = 0;
    for (Unit u : kept) {
      length += (length == 0 ? 0 : 2) + u.text.length();
    }
    MappedText out = new MappedText(length);
    for (Unit u : kept) {
      if (!out.isEmpty()) {
        out.appendAdded("\n\n");
      }
      u.appendTo(out);
    }
    String title = kept.isEmpty() ? null : titleOf(kept.get(0).text);
    return new Result(out.toString(), title, dateline, byline, out.offsets());
  }

  /** The first kept unit when it is a short line without final punctuation, minus a glued label. */
  private static String titleOf(String first) {
    String key = Units.matchKey(first);
    if (key.length() > MAX_TITLE || key.contains("\n") || TITLE_END.matcher(key).find() || key.endsWith("...")) {
      return null;
    }
    String s = first.strip();
    for (String label : TITLE_LABELS) {
      if (s.length() > label.length() + 1 && s.startsWith(label)
          && Character.isUpperCase(s.codePointAt(label.length()))) {
        return s.substring(label.length());
      }
    }
    return s;
  }
}
