package io.claimwatch.ingest.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Unit}s: lines end at \n, \r\n, \r, U+2028 or U+2029, each line is
 * stripped, blank lines separate blocks; a block of prose wrapped at a fixed width ({@link HardWrap})
 * is one unit a paragraph, any other block one unit a line.
 */
final class Units {

  private Units() {}

  /** The units of {@code raw}; {@code map} gives each char's index in the original document (null: raw is it). */
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
    if (HardWrap.wrapped(raw, block, lines)) {
      // one unit a paragraph: a wrapped paragraph ends where a line ends a sentence and the next is indented
      MappedText t = new MappedText();
      for (int k = 0; k < block.size(); k++) {
        int[] l = block.get(k);
        if (!t.isEmpty() && HardWrap.paragraphEnds(raw, lines.get(k - 1), l)) {
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
      for (int k = 0; k < block.size(); k++) {
        int[] l = block.get(k);
        units.add(new Unit(lines.get(k), map, l[0]));
      }
    }
    block.clear();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** A text as lexicons see it: NFC, ASCII quotes, one plain space for any whitespace run. */
  static String matchKey(String text) {
    String s = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    // in one pass: the quotes made ASCII, and each run of whitespace (a no-break space among it) one space
    int n = s.length();
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '\u00A0' && plainQuote(c) != c || Whitespace.is(c) && (c != ' ' || i + 1 < n && Whitespace.is(s.charAt(i + 1)))) {
        break;
      }
    }
    if (i == n) {
      return s.strip();
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (Whitespace.is(c)) {
        out.append(' ');
        do {
          i++;
        } while (i < n && Whitespace.is(s.charAt(i)));
      } else {
        out.append(plainQuote(c));
        i++;
      }
    }
    return out.toString().strip();
  }

  /** A curly quote as its ASCII quote; any other char itself. */
  private static char plainQuote(char c) {
    return switch (c) {
      case '\u2018', '\u2019' -> '\'';
      case '\u201C', '\u201D' -> '"';
      default -> c;
    };
  }

  /** Whether every char is ASCII (then the text is its own NFC, which the normalizer finds after a copy). */
  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The units not dropped, in order. */
  static List<Unit> live(List<Unit> all) {
    List<Unit> out = new ArrayList<>();
    for (Unit u : all) {
      if (!u.dropped) {
        out.add(u);
      }
    }
    return out;
  }
}
