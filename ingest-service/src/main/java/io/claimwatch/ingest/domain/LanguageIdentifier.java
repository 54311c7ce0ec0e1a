package io.claimwatch.ingest.domain;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells the language of a clean text among common news languages (lingua, low accuracy mode: trigram
 * models only, loaded once at construction). Texts with fewer than {@value #MIN_LETTERS} letters are
 * too short to tell reliably: they are taken as English, with the confidence the detector gave
 * English recorded. Thread-safe; build one per process (construction loads the models).
 */
public final class LanguageIdentifier {

  /** English and the eleven other languages news most often comes in, by ISO 639-1 code. */
  public static final List<String> LANGUAGES =
      List.of("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "ar");

  /** The only language extraction supports. */
  public static final String ENGLISH = "en";

  /** Below this many letters, detection is unreliable and the text is taken as English. */
  public static final int MIN_LETTERS = 120;
  /**
   * Only the start of long texts is looked at: enough for certainty, and a bounded cost. Detection was
   * the largest cost of taking an article in (bin/benchmark-ingest); 1,500 characters (some 250 words)
   * cost about a third of 4,000 on long texts; LanguageIdentifierTest and the seed tests pass unchanged.
   */
  private static final int MAX_CHARS = 1_500;

  /**
   * The language of a text.
   *
   * @param code ISO 639-1, lower case: one of {@link #LANGUAGES}
   * @param confidence the detector's confidence in {@code code}, 0..1
   * @param reliable false when the text was too short (or had no letters) and English is a default
   */
  public record Detection(String code, double confidence, boolean reliable) {
    public boolean english() {
      return ENGLISH.equals(code);
    }
  }

  private final LanguageDetector detector;

  public LanguageIdentifier() {
    Language[] languages = LANGUAGES.stream().map(LanguageIdentifier::language).toArray(Language[]::new);
    this.detector = LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode()
        .withPreloadedLanguageModels().build();
  }

  private static Language language(String code) {
    for (Language l : Language.values()) {
      if (l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT).equals(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("lingua has no language " + code);
  }

  /**
   * English words that are not words of the other eleven languages (no "a", "in", "is", "on", "die",
   * "will" ... that Dutch, German or the Romance languages share): in English news they make a quarter
   * or more of the words, in the other languages next to none.
   */
  private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of("the", "of", "and", "to", "was", "were",
      "that", "for", "with", "said", "has", "have", "had", "from", "by", "at", "which", "this", "their", "after",
      "they", "been", "would", "are", "its", "it", "he", "she", "than", "about", "into", "who", "not", "but", "his",
      "her", "more", "or", "be");
  /** From this share of {@link #ENGLISH_WORDS} among the words, a text with no other script is English without lingua. */
  static final double ENGLISH_SHARE = 0.2;
  /** The fewest words the share is judged on. */
  static final int MIN_WORDS = 40;

  public Detection detect(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (plainlyEnglish(sample)) {
      return new Detection(ENGLISH, 1.0, true);
    }
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
    Map.Entry<Language, Double> top = null;
    double english = 0;
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      if (top == null || e.getValue() > top.getValue()) {
        top = e;
      }
      if (e.getKey() == Language.ENGLISH) {
        english = e.getValue();
      }
    }
    if (top == null || letters(sample) < MIN_LETTERS) {
      return new Detection(ENGLISH, english, false);
    }
    return new Detection(top.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT), top.getValue(), true);
  }

  /**
   * Whether a text is plainly English: at least {@link #MIN_WORDS} words, a fifth or more of them
   * {@link #ENGLISH_WORDS}, and (nearly) no letter outside ASCII. One pass over the sample, some
   * microseconds, where lingua's trigram models take milliseconds: most articles are English, and
   * detection was once the extraction worker's largest cost (its profile: `git log -S lingua -- benchmarks/README.md`).
   */
  static boolean plainlyEnglish(String sample) {
    int words = 0;
    int english = 0;
    int letters = 0;
    int foreign = 0;
    int start = -1;
    for (int i = 0; i <= sample.length(); i++) {
      char ch = i < sample.length() ? sample.charAt(i) : ' ';
      boolean letter = Character.isLetter(ch);
      if (letter) {
        letters++;
        if (ch > 0x7f) {
          foreign++;
        }
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0 && ch != '\'' && ch != '\u2019') {
        words++;
        if (i - start <= 5 && ENGLISH_WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
          english++;
        }
        start = -1;
      }
    }
    return words >= MIN_WORDS && english >= ENGLISH_SHARE * words && foreign * 100 <= letters;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
