package io.claimwatch.ingest.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text-level cleaning shared by plain text and the text extracted from HTML. Works on "units"
 * (paragraphs: one line, or a blank-line-separated block when that block is hard-wrapped prose) and
 * only ever drops whole units: a kept unit is byte-identical to the source line(s), apart from
 * trimmed ends and {@code \n} line endings.
 */
final class TextCleaner {

  /**
   * The result of text cleaning. {@code dateline} and {@code byline} are null when none was found;
   * {@code offsets} gives, for each char of {@code text}, its index in the original document (-1 for
   * the paragraph breaks cleaning adds).
   */
  record Result(String text, String title, LocalDate dateline, String byline, int[] offsets) {}

  /** "By Jane Doe", "By AFP", "BY JANE DOE and JOHN ROE": a byline line near the top. */
  private static final Pattern BYLINE = Pattern.compile(
      "(?:[Bb]y|BY)\\s+(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'-]*){0,3})");

  private static final Lexicon FURNITURE = Lexicon.load("furniture-lines.txt");
  private static final Lexicon READING_TIME = Lexicon.load("reading-time.txt");
  private static final Lexicon TEASER_MARKERS = Lexicon.load("teaser-markers.txt");
  private static final Lexicon APPEAL_START = Lexicon.load("appeal-start.txt");
  private static final Lexicon APPEAL_END = Lexicon.load("appeal-end.txt");
  private static final Lexicon IMAGE_CREDITS = Lexicon.load("image-credits.txt");
  private static final List<String> TITLE_LABELS = Lexicon.lines("title-labels.txt");

  /** A donation appeal longer than this many units without an end marker is not treated as a block. */
  private static final int MAX_APPEAL_UNITS = 30;
  /** A teaser summary is one short paragraph. */
  private static final int MAX_TEASER_SUMMARY = 400;
  private static final int MAX_HEADLINE = 160;
  /** Date lines, breadcrumbs and titles are looked for only among the first units. */
  private static final int TOP_UNITS = 6;
  /** Units shorter than this are not checked for being contained in earlier text. */
  private static final int MIN_CONTAINED = 80;
  private static final int MAX_CONTAINMENT_CHARS = 400_000;
  /** Shorter units ("Yes.", "* * *") may legitimately repeat and are not de-duplicated. */
  private static final int MIN_DEDUP_CHARS = 12;

  private static final Pattern LINE_ENDS_SENTENCE = Pattern.compile("[.!?:;\"”’)]$");
  private static final Pattern PARAGRAPH_END = Pattern.compile("[.!?\"”’)]$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,…]$|\\.\\.\\.$");
  private static final Pattern TITLE_END = Pattern.compile("[.:;,…]$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CREDIT_TAIL = Pattern.compile("^(.{8,}?[.!?|])\\s+([^.!?|]{3,120})$");

  private static final class Unit {
    final String text;
    final String key;
    /** For each char of text, its index in the original document, or -1. */
    final int[] offsets;
    boolean dropped;

    Unit(String text, int[] offsets) {
      this.text = text;
      this.key = matchKey(text);
      this.offsets = offsets;
    }
  }

  Result clean(String raw) {
    return clean(raw, null);
  }

  /**
   * Cleans {@code raw}; {@code map} gives each char's index in the original document (null: raw is
   * the original).
   */
  Result clean(String raw, int[] map) {
    List<Unit> all = split(raw, map);
    dropAppeals(all);
    String byline = null;
    int position = 0;
    for (Unit u : all) {
      if (FURNITURE.matches(u.key)) {
        u.dropped = true;
        Matcher b = BYLINE.matcher(u.key);
        if (byline == null && position < 2 * TOP_UNITS && b.matches()) {
          byline = b.group(1);
        }
      }
      position++;
    }
    dropImageCredits(all);
    dropTeasers(all); // before reading times go: they are a teaser item's evidence
    for (Unit u : all) {
      if (READING_TIME.matches(u.key)) {
        u.dropped = true;
      }
    }
    dropBreadcrumbTitles(all);
    LocalDate dateline = dropDatelines(all);
    dropRepeats(all);

    List<Unit> kept = live(all);
    MappedText out = new MappedText();
    for (Unit u : kept) {
      if (!out.isEmpty()) {
        out.appendAdded("\n\n");
      }
      out.append(u.text, u.offsets, 0, u.text.length());
    }
    String title = kept.isEmpty() ? null : titleOf(kept.get(0).text);
    return new Result(out.toString(), title, dateline, byline, out.offsets());
  }

  // ---------------------------------------------------------------- splitting

  /** Lines end at \n, \r\n, \r, U+2028 or U+2029; each line is stripped; blank lines separate blocks. */
  static List<Unit> split(String raw, int[] map) {
    List<Unit> units = new ArrayList<>();
    List<int[]> block = new ArrayList<>(); // stripped line: {start, end} in raw
    int lineStart = 0;
    for (int i = 0; i <= raw.length(); i++) {
      char c = i < raw.length() ? raw.charAt(i) : '\n';
      if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      int s = lineStart;
      int e = i;
      while (s < e && isSpace(raw.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(raw.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        flush(raw, map, block, units);
      } else {
        block.add(new int[] {s, e});
      }
      if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
        i++;
      }
      lineStart = i + 1;
    }
    flush(raw, map, block, units);
    return units;
  }

  private static void flush(String raw, int[] map, List<int[]> block, List<Unit> units) {
    if (block.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>(block.size());
    for (int[] l : block) {
      lines.add(raw.substring(l[0], l[1]));
    }
    if (hardWrapped(raw, block, lines)) {
      // one unit a paragraph: a wrapped paragraph ends where a line ends a sentence and the next is indented
      MappedText t = new MappedText();
      for (int k = 0; k < block.size(); k++) {
        int[] l = block.get(k);
        if (!t.isEmpty() && paragraphEnds(raw, lines.get(k - 1), l)) {
          units.add(new Unit(t.toString(), t.offsets()));
          t = new MappedText();
        }
        if (!t.isEmpty()) {
          t.appendAdded("\n");
        }
        t.append(raw, map, l[0], l[1]);
      }
      units.add(new Unit(t.toString(), t.offsets()));
    } else {
      for (int[] l : block) {
        units.add(new Unit(raw.substring(l[0], l[1]), new MappedText().append(raw, map, l[0], l[1]).offsets()));
      }
    }
    block.clear();
  }

  /**
   * Prose wrapped at a fixed width: most lines but the last end mid-sentence and are 35..100 chars or
   * go on in lower case on the next line. A line that ends a sentence before an indented line ends a
   * paragraph of wire copy and counts neither way.
   */
  private static boolean hardWrapped(String raw, List<int[]> block, List<String> lines) {
    if (block.size() < 3) {
      return false;
    }
    int wrapped = 0;
    int counted = 0;
    for (int i = 0; i < lines.size() - 1; i++) {
      String l = lines.get(i);
      if (paragraphEnds(raw, l, block.get(i + 1))) {
        continue;
      }
      counted++;
      char next = lines.get(i + 1).charAt(0);
      boolean goesOn = Character.isLowerCase(next) || Character.isDigit(next);
      if (!LINE_ENDS_SENTENCE.matcher(l).find() && (l.length() >= 35 && l.length() <= 100 || goesOn && l.length() >= 20)) {
        wrapped++;
      }
    }
    return counted > 0 && wrapped * 10 >= counted * 6;
  }

  /** Whether a line that ends a sentence is followed by an indented line: a new paragraph of wrapped wire copy. */
  private static boolean paragraphEnds(String raw, String line, int[] next) {
    return PARAGRAPH_END.matcher(line).find() && next[0] > 0 && (raw.charAt(next[0] - 1) == ' ' || raw.charAt(next[0] - 1) == '\t');
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** The unit as lexicons see it: NFC, ASCII quotes, one plain space for any whitespace run. */
  static String matchKey(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
        .replace('\u00A0', ' ');
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }

  private static List<Unit> live(List<Unit> all) {
    List<Unit> out = new ArrayList<>();
    for (Unit u : all) {
      if (!u.dropped) {
        out.add(u);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- appeals

  /** "A Message from X:" / "Dear readers," ... "Remind me later.": drop the whole block. */
  private static void dropAppeals(List<Unit> all) {
    for (int i = 0; i < all.size(); i++) {
      if (!APPEAL_START.matches(all.get(i).key)) {
        continue;
      }
      int end = -1;
      for (int j = i + 1; j < all.size() && j <= i + MAX_APPEAL_UNITS; j++) {
        if (APPEAL_END.matches(all.get(j).key)) {
          end = j;
          // a run of end markers ("Not ready to support today?" then "Remind me later.") ends together
          while (end + 1 < all.size() && APPEAL_END.matches(all.get(end + 1).key)) {
            end++;
          }
          break;
        }
      }
      if (end < 0) {
        all.get(i).dropped = true; // the salutation alone; the rest may be body
        continue;
      }
      for (int j = i; j <= end; j++) {
        all.get(j).dropped = true;
      }
      i = end;
    }
  }

  // ---------------------------------------------------------------- image credits

  private static void dropImageCredits(List<Unit> all) {
    List<Unit> live = live(all);
    for (int i = 0; i < live.size(); i++) {
      Unit u = live.get(i);
      if (u.key.length() <= 160 && IMAGE_CREDITS.matches(u.key)) {
        u.dropped = true;
        // a caption line right before its credit: short, no sentence end, not the first unit (title)
        if (i >= 2) {
          Unit prev = live.get(i - 1);
          if (!prev.dropped && prev.key.length() <= 200 && !SENTENCE_END.matcher(prev.key).find()
              && !TEASER_MARKERS.matches(prev.key)) {
            prev.dropped = true;
          }
        }
        continue;
      }
      // caption and credit on one line: "Soldiers at the border. Jane Doe / Reuters"
      if (u.key.length() <= 300 && !SENTENCE_END.matcher(u.key).find()) {
        Matcher m = CREDIT_TAIL.matcher(u.key);
        if (m.matches() && IMAGE_CREDITS.matches(m.group(2).strip())) {
          u.dropped = true;
        }
      }
    }
  }

  // ---------------------------------------------------------------- teasers

  /**
   * After a teaser heading ("Read more", "Most read"), drop the teaser items that follow: a headline,
   * an optional one-paragraph summary, an optional reading time. Items are dropped while each carries
   * evidence of being a teaser (a reading time or a summary cut with an ellipsis, or a run of bare
   * headlines); when the items run to the end of the document they are all dropped. A heading
   * followed directly by body prose (a scraped widget whose contents are missing) loses only itself.
   */
  private static void dropTeasers(List<Unit> all) {
    List<Unit> live = live(all);
    for (int m = 0; m < live.size(); m++) {
      if (!TEASER_MARKERS.matches(live.get(m).key)) {
        continue;
      }
      live.get(m).dropped = true;
      List<int[]> items = new ArrayList<>(); // {from, toExclusive, evidence}
      int i = m + 1;
      while (i < live.size()) {
        Unit u = live.get(i);
        if (READING_TIME.matches(u.key) || TEASER_MARKERS.matches(u.key)) {
          break; // a further marker starts its own block
        }
        if (!headlineLike(u.key)) {
          break;
        }
        int j = i + 1;
        boolean ellipsis = false;
        if (j < live.size() && !headlineLike(live.get(j).key) && !READING_TIME.matches(live.get(j).key)
            && !TEASER_MARKERS.matches(live.get(j).key) && live.get(j).key.length() <= MAX_TEASER_SUMMARY) {
          ellipsis = live.get(j).key.endsWith("...") || live.get(j).key.endsWith("…");
          j++;
        }
        boolean readingTime = false;
        if (j < live.size() && READING_TIME.matches(live.get(j).key)) {
          readingTime = true;
          j++;
        }
        boolean bareRun = j == i + 1 && j < live.size() && headlineLike(live.get(j).key);
        items.add(new int[] {i, j, (readingTime || ellipsis || bareRun) ? 1 : 0});
        i = j;
      }
      boolean toEnd = i >= live.size();
      int dropUntil = m + 1;
      for (int[] item : items) {
        if (item[2] == 1 || toEnd) {
          dropUntil = item[1];
        } else {
          break;
        }
      }
      for (int k = m + 1; k < dropUntil; k++) {
        live.get(k).dropped = true;
      }
      m = Math.max(m, dropUntil - 1);
    }
  }

  /** A short line that reads as a headline: starts with a capital, digit or quote; no sentence end. */
  private static boolean headlineLike(String key) {
    if (key.isEmpty() || key.length() > MAX_HEADLINE || TITLE_END.matcher(key).find() || key.endsWith("...")) {
      return false;
    }
    if (key.split(" ").length < 2) {
      return false;
    }
    int c = key.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '«';
  }

  // ---------------------------------------------------------------- breadcrumb + title

  /**
   * A line that is chrome glued to the headline, followed by the headline itself ("Home News
   * Headline" then "Headline"): the first copy is dropped.
   */
  private static void dropBreadcrumbTitles(List<Unit> all) {
    List<Unit> live = live(all);
    for (int i = 0; i + 1 < live.size() && i < TOP_UNITS; i++) {
      String a = live.get(i).key;
      String b = live.get(i + 1).key;
      if (b.length() >= 15 && a.length() > b.length() && a.endsWith(b)) {
        String prefix = a.substring(0, a.length() - b.length()).strip();
        if (!prefix.isEmpty() && prefix.split(" ").length <= 6 && !SENTENCE_END.matcher(prefix).find()) {
          live.get(i).dropped = true;
        }
      }
    }
  }

  // ---------------------------------------------------------------- datelines

  private static LocalDate dropDatelines(List<Unit> all) {
    List<Unit> live = live(all);
    LocalDate published = null;
    LocalDate updated = null;
    for (int i = 0; i < live.size() && i < TOP_UNITS; i++) {
      Dates.DateLine d = Dates.parseLine(live.get(i).key);
      if (d == null) {
        continue;
      }
      live.get(i).dropped = true;
      if (d.updated()) {
        updated = updated == null ? d.date() : updated;
      } else {
        published = published == null ? d.date() : published;
      }
    }
    return published != null ? published : updated;
  }

  // ---------------------------------------------------------------- repeats

  /**
   * A unit that repeats earlier kept text is dropped (first occurrence wins): exact repeats (of units
   * with two words and 12 characters or more; case and whitespace aside), and long units contained in
   * one earlier kept unit. A whole article printed twice loses its
   * second copy unit by unit.
   */
  private static void dropRepeats(List<Unit> all) {
    Set<String> seen = new HashSet<>();
    List<String> keptLong = new ArrayList<>();
    // first-shingle index: a unit contained in an earlier one has its first words inside that unit
    Map<Integer, List<Integer>> shingles = new HashMap<>();
    int keptChars = 0;
    for (Unit u : all) {
      if (u.dropped) {
        continue;
      }
      String k = u.key.toLowerCase(Locale.ROOT);
      if (k.length() < MIN_DEDUP_CHARS || k.indexOf(' ') < 0) {
        continue;
      }
      if (!seen.add(k)) {
        u.dropped = true;
        continue;
      }
      if (k.length() < MIN_CONTAINED) {
        continue;
      }
      String[] words = k.split(" ");
      if (words.length >= SHINGLE) {
        List<Integer> candidates = shingles.getOrDefault(shingle(words, 0), List.of());
        for (int idx : candidates) {
          String earlier = keptLong.get(idx);
          if (earlier.length() > k.length() && earlier.contains(k)) {
            u.dropped = true;
            break;
          }
        }
      }
      if (!u.dropped && keptChars <= MAX_CONTAINMENT_CHARS) {
        int idx = keptLong.size();
        keptLong.add(k);
        keptChars += k.length();
        for (int w = 0; w + SHINGLE <= words.length; w++) {
          List<Integer> list = shingles.computeIfAbsent(shingle(words, w), x -> new ArrayList<>(1));
          if (list.isEmpty() || list.get(list.size() - 1) != idx) {
            list.add(idx);
          }
        }
      }
    }
  }

  private static final int SHINGLE = 5;

  private static int shingle(String[] words, int from) {
    int h = 1;
    for (int i = from; i < from + SHINGLE; i++) {
      h = 31 * h + words[i].hashCode();
    }
    return h;
  }

  // ---------------------------------------------------------------- title

  /** The first kept unit when it is a short line without final punctuation, minus a glued label. */
  private static String titleOf(String first) {
    String key = matchKey(first);
    if (key.length() > 200 || key.contains("\n") || TITLE_END.matcher(key).find() || key.endsWith("...")) {
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
