package io.claimwatch.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The html-default-windows-1252 rule: a page that declares no encoding (no byte-order mark, no charset in its content
 * type or in a {@code <meta>} of its first 1,024 bytes) and is not UTF-8 is read as windows-1252, the default the HTML
 * standard's encoding sniffing gives an English page and what browsers show (pages of 2007 saved in ISO-8859-1 with no
 * declaration: "Caf\xe9"). Only when it holds no UTF-8 sequence of two bytes or more: a page with UTF-8 characters and
 * a stray byte is mixed, not windows-1252 (the stray-punctuation rule reads the one kind of stray byte it can). Each byte
 * is one char, so offsets into the page hold.
 */
final class DefaultEncoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** A charset declared in the first bytes, as the HTML standard's prescan looks for it. */
  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]*charset");
  private static final int PRESCAN = 1024;

  private DefaultEncoding() {}

  /** The page as windows-1252 when the rule holds; else null (a byte windows-1252 leaves undefined gives null too). */
  static String decode(byte[] content) {
    if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF || (content[0] & 0xFF) == 0xEF)) {
      return null;   // a byte-order mark declares its encoding
    }
    String head = new String(content, 0, Math.min(PRESCAN, content.length), StandardCharsets.ISO_8859_1);
    if (META_CHARSET.matcher(head).find() || hasUtf8Sequence(content)) {
      return null;
    }
    try {
      return WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Whether the bytes hold a well-formed UTF-8 sequence of two to four bytes. */
  private static boolean hasUtf8Sequence(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      int v = b[i] & 0xFF;
      int more = v >= 0xC2 && v <= 0xDF ? 1 : v >= 0xE0 && v <= 0xEF ? 2 : v >= 0xF0 && v <= 0xF4 ? 3 : 0;
      if (more == 0 || i + more >= b.length) continue;
      boolean ok = true;
      for (int k = 1; k <= more && ok; k++) ok = (b[i + k] & 0xC0) == 0x80;
      if (ok) return true;
    }
    return false;
  }
}
