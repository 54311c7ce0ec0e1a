package io.claimwatch.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Stable article ids derived from the clean text. */
public final class ArticleIds {

  private ArticleIds() {}

  /**
   * The id of an article: the first 16 lowercase hex characters (64 bits) of the SHA-256 of the
   * clean text after Unicode NFC normalisation, with every run of Unicode whitespace collapsed to one
   * space and the ends trimmed. The same content always gets the same id, whatever its line breaks.
   */
  public static String idFor(String cleanText) {
    if (cleanText == null) {
      throw new IllegalArgumentException("cleanText must not be null");
    }
    String nfc = Normalizer.normalize(cleanText, Normalizer.Form.NFC);
    String collapsed = Whitespace.collapse(nfc).strip();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(collapsed.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
