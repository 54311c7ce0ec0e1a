package io.claimwatch.extract.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's end-of-sentence scanner (the chars where a sentence may end, which the model then decides on) without
 * its hash lookup of a boxed char for every char of a line: an ASCII char is looked up in an array, any other in
 * the model's own set, so the positions are the same. {@link Model} is the sentence model with this scanner and
 * everything else (context, abbreviations, token ends) the model's own. Thread-safe.
 */
final class SentenceScanner implements EndOfSentenceScanner {

  private final Set<Character> eos;
  private final boolean[] ascii = new boolean[128];

  SentenceScanner(Set<Character> eos) {
    this.eos = eos;
    for (char c : eos) if (c < 128) ascii[c] = true;
  }

  /**
   * What OpenNLP's detector gives a line with no candidate stop before its last word, without the model: it asks the
   * model about that word's last stop only, and a cut there and none both leave the line whole (with the model's
   * token ends), trimmed as OpenNLP trims; no span for a blank line. Null when the line needs the model.
   */
  Span[] wholeLine(boolean tokenEnd, CharSequence s) {
    int e = s.length();
    while (e > 0 && StringUtil.isWhitespace(s.charAt(e - 1))) e--;
    int b = 0;
    while (b < e && StringUtil.isWhitespace(s.charAt(b))) b++;
    int lastWord = e;
    while (lastWord > b && !StringUtil.isWhitespace(s.charAt(lastWord - 1))) lastWord--;
    for (int i = b; i < e; i++) {
      char c = s.charAt(i);
      if (c < 128 ? ascii[c] : eos.contains(c)) {
        // a stop before the last word may cut the line; without token ends a stop inside it may too
        if (i < lastWord || !tokenEnd) return null;
      }
    }
    return e > b ? new Span[] {new Span(b, e)} : new Span[0];
  }

  @Override
  public Set<Character> getEOSCharacters() {
    return eos;
  }

  @Override
  public List<Integer> getPositions(CharSequence s) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 128 ? ascii[c] : eos.contains(c)) out.add(i);
    }
    return out;
  }

  @Override
  public List<Integer> getPositions(StringBuffer s) {
    return getPositions((CharSequence) s);
  }

  @Override
  public List<Integer> getPositions(char[] cs) {
    return getPositions(CharBuffer.wrap(cs));
  }

  /** A sentence model read from a stream whose detectors scan with {@link SentenceScanner}. */
  static final class Model extends SentenceModel {
    private final SentenceDetectorFactory scanning;

    Model(InputStream in) throws IOException {
      super(in);
      this.scanning = new Factory(super.getFactory());
    }

    @Override
    public SentenceDetectorFactory getFactory() {
      return scanning == null ? super.getFactory() : scanning;   // null while the model is read
    }
  }

  /** The model's own factory, but for the scanner. */
  private static final class Factory extends SentenceDetectorFactory {
    private final SentenceDetectorFactory own;

    Factory(SentenceDetectorFactory own) {
      this.own = own;
    }

    @Override
    public EndOfSentenceScanner getEndOfSentenceScanner() {
      return new SentenceScanner(own.getEndOfSentenceScanner().getEOSCharacters());
    }

    @Override
    public SDContextGenerator getSDContextGenerator() {
      return own.getSDContextGenerator();
    }

    @Override
    public char[] getEOSCharacters() {
      return own.getEOSCharacters();
    }

    @Override
    public boolean isUseTokenEnd() {
      return own.isUseTokenEnd();
    }

    @Override
    public Dictionary getAbbreviationDictionary() {
      return own.getAbbreviationDictionary();
    }

    @Override
    public String getLanguageCode() {
      return own.getLanguageCode();
    }

    @Override
    public void validateArtifactMap() throws InvalidFormatException {
      own.validateArtifactMap();
    }

    @Override
    public Map<String, Object> createArtifactMap() {
      return own.createArtifactMap();
    }

    @Override
    public Map<String, String> createManifestEntries() {
      return own.createManifestEntries();
    }
  }
}
