package io.claimwatch.claims.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Turns a claim's counted phrase (and, for what happened, its quote) into a {@link QuantityKey}:
 * OpenNLP tags and lemmatises the words ("servicemen" → "serviceman", "captured" → "capture"), and
 * lexicons from resources map lemmas to concepts ("soldier", "serviceman", "conscript" → person).
 * Thread-safe: the OpenNLP taggers are per thread over shared models.
 */
public final class KeyNormalizer {

  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private final ThreadLocal<POSTaggerME> tagger;
  private final ThreadLocal<LemmatizerME> lemmatizer;
  private final Lexicon kinds = Lexicon.load("/grouping/kinds.txt");
  private final Lexicon events = Lexicon.load("/grouping/events.txt");
  private final Lexicon impliedEvents = Lexicon.load("/grouping/implied-events.txt");
  private final Lexicon eventNouns = Lexicon.load("/grouping/event-nouns.txt");
  private final Lexicon parties = Lexicon.load("/grouping/parties.txt");
  private final Lexicon causes = Lexicon.load("/grouping/causes.txt");
  private final Lexicon notPlaceNames = Lexicon.load("/grouping/not-place-names.txt");

  /** Prepositions after which a name is where something happened: "killed in Derna", "at the Sudzha crossing". */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "outside", "inside", "throughout");

  private KeyNormalizer(POSModel pos, LemmatizerModel lemmas) {
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(pos));
    this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lemmas));
  }

  /** Loads the English POS and lemmatizer models (opennlp-models-*-en on the class path) and the lexicons. */
  public static KeyNormalizer create() {
    try (InputStream pos = resource(POS_MODEL); InputStream lemmas = resource(LEMMA_MODEL)) {
      return new KeyNormalizer(new POSModel(pos), new LemmatizerModel(lemmas));
    } catch (IOException e) {
      throw new UncheckedIOException("loading the OpenNLP models", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = KeyNormalizer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing: add the opennlp-models-pos-en and -lemmatizer-en artifacts");
    }
    return in;
  }

  /**
   * The key of a claim: what is counted and whose from the counted phrase; what happened, its cause
   * and its place from the phrase, else from the quote.
   */
  public QuantityKey keyOf(String counted, String quote, String unit) {
    Tagged c = tag(counted == null ? "" : counted);
    Tagged q = quote == null || quote.isBlank() ? null : tag(quote);
    String kind = kind(c);
    String event = events.first(c.lemmas);
    if (event == null) {
      event = impliedEvents.first(c.lemmas);
    }
    if (event == null && q != null) {
      event = events.first(q.lemmas);
    }
    String party = parties.first(c.words);
    String cause = cause(c);
    if (cause == null && q != null) {
      cause = cause(q);
    }
    String place = place(c);
    if (place.isEmpty() && q != null) {
      place = place(q);
    }
    return new QuantityKey(kind, event, party, unit, cause, place);
  }

  /**
   * The names of the places the text puts the count in: the proper nouns after a locative
   * preposition, past its determiners and adjectives and across a possessive ("in the southwestern
   * Kursk region" → kursk; "in Russia's Kursk Oblast" → kursk russia), months, weekdays and generic
   * nouns of place aside. None from a headline in title case, whose capitals name nothing.
   */
  private String place(Tagged t) {
    if (t.titleCase()) {
      return "";
    }
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < t.words.size(); i++) {
      if (!LOCATIVE.contains(t.words.get(i))) {
        continue;
      }
      boolean named = false;
      for (int j = i + 1; j < t.words.size() && j <= i + 6; j++) {
        String tag = t.tags[j];
        String w = t.words.get(j);
        if (tag.equals("PROPN")) {
          if (!notPlaceNames.contains(w)) {
            names.add(w);
          }
          named = true;
        } else if (!(named ? w.equals("s") : tag.equals("DET") || tag.equals("ADJ") || notPlaceNames.contains(w))) {
          break;
        }
      }
    }
    return String.join(" ", names);
  }

  /** The first cause the words name, by lemma or as written ("floods" may be tagged a verb). */
  private String cause(Tagged t) {
    String byLemma = causes.first(t.lemmas);
    return byLemma != null ? byLemma : causes.first(t.words.stream().map(KeyNormalizer::singular).toList());
  }

  /**
   * The kind is the first word of the phrase the lexicons know, as a kind ("soldiers" → person,
   * "exchanges of prisoners" → exchange) or as an event noun whose count is the count of the people
   * it happened to ("the 971 captures", "death toll": the kind stays open); failing that, the first
   * common noun that names no party ("phases").
   */
  private String kind(Tagged t) {
    List<String> singulars = t.words.stream().map(KeyNormalizer::singular).toList();
    for (int i = 0; i < t.lemmas.size(); i++) {
      // Lemmas first, then the words as written and their plain singulars: the statistical
      // lemmatizer misses some plurals ("troops").
      for (List<String> form : List.of(t.lemmas, t.words, singulars)) {
        Lexicon.Match m = kinds.match(form, i);
        if (m != null) {
          return m.concept();
        }
        if (eventNouns.contains(form.get(i))) {
          return "";
        }
      }
    }
    for (int i = 0; i < t.lemmas.size(); i++) {
      if (t.tags[i].equals("NOUN") && !parties.contains(t.lemmas.get(i))) {
        return t.lemmas.get(i);
      }
    }
    return "";
  }

  /** "troops" → "troop", "casualties" → "casualty"; other words unchanged. */
  static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Words, their universal POS tags and lemmas, all lower case; and whether it was written in title case. */
  private record Tagged(List<String> words, String[] tags, List<String> lemmas, boolean titleCase) {}

  /** Title case, as headlines are written: most words of four letters or more start with a capital. */
  private static boolean titleCase(String[] tokens) {
    int words = 0;
    int capitalised = 0;
    for (String w : tokens) {
      if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }

  private Tagged tag(String text) {
    // Tagged as written, so that names keep their capitals and are told from common nouns.
    String[] tokens = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    List<String> words = Arrays.stream(tokens).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    if (tokens.length == 0) {
      return new Tagged(words, new String[0], List.of(), false);
    }
    String[] tags = tagger.get().tag(tokens);
    String[] lemmas = lemmatizer.get().lemmatize(tokens, tags);
    List<String> out = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      String l = lemmas[i] == null || lemmas[i].isEmpty() || lemmas[i].equals("O") ? tokens[i] : lemmas[i];
      out.add(l.toLowerCase(Locale.ROOT));
    }
    return new Tagged(words, Arrays.copyOf(tags, tags.length), out, titleCase(tokens));
  }
}
