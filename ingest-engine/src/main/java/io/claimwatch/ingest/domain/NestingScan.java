package io.claimwatch.ingest.domain;

import java.util.Locale;
import java.util.Set;

/**
 * How deep a page's elements nest, estimated from its tags in one linear pass over the bytes, before
 * the page is parsed: a page nested tens of thousands deep is refused without paying for its parse
 * (a parse of 100,000 nested elements takes seconds of CPU). The estimate counts start and end tags;
 * it leaves out what the parser closes or never opens by itself (void elements, self-closing tags,
 * {@code <p>}, {@code <li>}, table cells and rows ...), comments, declarations and the text of raw-text
 * elements ({@code <script>}, {@code <style>} ...), so that on a real page it stays near the depth the
 * parser builds. Tags are ASCII, so the bytes of any ASCII-compatible charset are read as they are; a
 * page in UTF-16 or UTF-32 is not scanned (its parse is still checked exactly).
 */
final class NestingScan {

  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
      "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image", "isindex",
      "menuitem");
  /** Elements the parser closes when a sibling starts or their parent ends: not counted, open or closed. */
  private static final Set<String> CLOSED_BY_PARSER = Set.of("p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
      "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body");
  /** Elements whose text is not markup: skipped to their end tag. */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
      "noembed", "noframes");

  private NestingScan() {}

  /** Whether the page's estimated nesting passes {@code limit} (the scan stops there). */
  static boolean deeperThan(byte[] page, int limit) {
    int depth = 0;
    int i = 0;
    int n = page.length;
    while (i < n) {
      if (page[i] != '<' || i + 1 >= n) {
        i++;
        continue;
      }
      byte next = page[i + 1];
      if (next == '!' && startsWith(page, i, "<!--")) {
        i = indexOf(page, i + 4, "-->", n) + 3;
      } else if (next == '!' || next == '?') {
        i = tagEnd(page, i + 2, n) + 1;
      } else if (next == '/' || isLetter(next)) {
        boolean end = next == '/';
        int nameStart = end ? i + 2 : i + 1;
        int nameEnd = nameStart;
        while (nameEnd < n && isNameChar(page[nameEnd])) {
          nameEnd++;
        }
        String name = new String(page, nameStart, nameEnd - nameStart, java.nio.charset.StandardCharsets.US_ASCII)
            .toLowerCase(Locale.ROOT);
        int close = tagEnd(page, nameEnd, n);
        i = close + 1;
        if (name.isEmpty() || VOID.contains(name) || CLOSED_BY_PARSER.contains(name)) {
          continue;
        }
        if (end) {
          depth = Math.max(0, depth - 1);
        } else if (close < n && close > 0 && page[close - 1] == '/') {
          continue;  // <x/>: opens nothing
        } else if (RAW_TEXT.contains(name)) {
          i = indexOf(page, i, "</", n);
          while (i < n && !startsWithIgnoreCase(page, i + 2, name)) {
            i = indexOf(page, i + 2, "</", n);
          }
          i = tagEnd(page, i, n) + 1;  // past its end tag, which closes nothing counted
        } else if (++depth > limit) {
          return true;
        }
      } else {
        i++;
      }
    }
    return false;
  }

  /** The index of the '>' ending a tag whose name ends at {@code from}, quoted attribute values skipped; n if none. */
  private static int tagEnd(byte[] page, int from, int n) {
    byte quote = 0;
    for (int i = from; i < n; i++) {
      byte b = page[i];
      if (quote != 0) {
        if (b == quote) {
          quote = 0;
        }
      } else if (b == '"' || b == '\'') {
        quote = b;
      } else if (b == '>') {
        return i;
      }
    }
    return n;
  }

  private static int indexOf(byte[] page, int from, String what, int n) {
    outer:
    for (int i = Math.max(from, 0); i <= n - what.length(); i++) {
      for (int k = 0; k < what.length(); k++) {
        if (page[i + k] != what.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return n;
  }

  private static boolean startsWith(byte[] page, int at, String what) {
    return at + what.length() <= page.length && indexOf(page, at, what, at + what.length()) == at;
  }

  private static boolean startsWithIgnoreCase(byte[] page, int at, String name) {
    if (at + name.length() > page.length) {
      return false;
    }
    for (int k = 0; k < name.length(); k++) {
      if (Character.toLowerCase((char) page[at + k]) != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  private static boolean isNameChar(byte b) {
    return isLetter(b) || (b >= '0' && b <= '9') || b == '-' || b == ':' || b == '_';
  }
}
