package io.claimwatch.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * The stray-punctuation rule: a page in UTF-8 whose only bytes that are not UTF-8 are single bytes
 * 0x80-0x9F, windows-1252's curly quotes, dashes, ellipsis and euro sign pasted in from another
 * editor ("Yahoo\x92s new", "a \x91slap in the face,\x92"), is read as UTF-8 with each such byte the
 * windows-1252 character it is. Those bytes can neither start a UTF-8 character nor be ISO-8859-1 text
 * (its C1 controls), so no other reading of the page is lost; a byte of 0xA0 or more out of place
 * (ISO-8859-1's "Caf\xe9") still makes the page not UTF-8. Each stray byte is one char, so every char
 * keeps the index a decoder's replacement character would have had.
 */
final class StrayPunctuation {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char[] PUNCTUATION = punctuationTable();

  private StrayPunctuation() {}

  /**
   * The page as UTF-8 with its stray windows-1252 punctuation bytes read so (a UTF-8 byte-order mark
   * skipped); null when it has none, or when any other byte sequence is not UTF-8.
   */
  static String decode(byte[] content) {
    int skip = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF ? 3 : 0;
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, skip, content.length - skip);
    CharBuffer out = CharBuffer.allocate(content.length - skip + 1);
    int stray = 0;
    while (true) {
      CoderResult r = utf8.decode(in, out, true);
      if (r.isUnderflow()) {
        utf8.flush(out);
        break;
      }
      if (!r.isMalformed() || r.length() != 1) {
        return null;
      }
      Character c = punctuation(content[in.position()]);
      if (c == null) {
        return null;
      }
      out.put(c);
      in.position(in.position() + 1);
      stray++;
    }
    return stray == 0 ? null : out.flip().toString();
  }

  /** The windows-1252 character of a byte 0x80-0x9F (null for another byte, or one it leaves undefined). */
  private static Character punctuation(byte b) {
    int v = b & 0xFF;
    if (v < 0x80 || v > 0x9F) {
      return null;
    }
    char c = PUNCTUATION[v - 0x80];
    return c == 0 ? null : c;
  }

  /** windows-1252's characters of the bytes 0x80-0x9F, read once; 0 where it defines none. */
  private static char[] punctuationTable() {
    char[] table = new char[0x20];
    for (int v = 0x80; v <= 0x9F; v++) {
      try {
        CharBuffer c = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {(byte) v}));
        table[v - 0x80] = c.length() == 1 ? c.charAt(0) : 0;
      } catch (CharacterCodingException e) {
        table[v - 0x80] = 0;
      }
    }
    return table;
  }
}
