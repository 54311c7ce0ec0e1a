package io.claimwatch.extract.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tags and lemmatises counted phrases with OpenNLP's English models ("servicemen" → "serviceman",
 * "captured" → "capture"). Only the counted phrase (a few words) is tagged: tagging whole sentences
 * would cost several times the rest of the engine. Thread-safe: the taggers are per thread over
 * shared models, and the tagged phrases are cached, bounded.
 */
final class PhraseTagger {

  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  static final int TAGGED_PHRASES = 20_000;
  /** The lemmatizer's maxent model in the model's artifacts (OpenNLP's LemmatizerModel names it so). */
  private static final String MODEL_ENTRY = "lemmatizer.model";
  /** Where a phrase splits into the words tagged: runs of anything but letters and digits. */
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Words, their universal POS tags and lemmas, all lower case. */
  record Tagged(List<String> words, String[] tags, List<String> lemmas) {}

  private final ThreadLocal<POSTaggerME> tagger;
  private final ThreadLocal<LemmatizerME> lemmatizer;
  /** Tagged counted phrases, by their text: the same phrases recur in article after article. */
  private final Cache<String, Tagged> tagged = Caffeine.newBuilder().maximumSize(TAGGED_PHRASES).build();

  private PhraseTagger(POSModel pos, LemmatizerModel lemmas) {
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(pos));
    this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lemmas));
  }

  /** Loads the English POS and lemmatizer models (opennlp-models-*-en on the class path). */
  static PhraseTagger load() {
    try (InputStream pos = resource(POS_MODEL); InputStream lemmas = resource(LEMMA_MODEL)) {
      return new PhraseTagger(new POSModel(pos), new Lemmas(lemmas));
    } catch (IOException e) {
      throw new UncheckedIOException("loading the OpenNLP models", e);
    }
  }

  /** OpenNLP's lemmatizer model, searched by {@link LemmaBeamSearch}: the same lemmas without sorting every outcome. */
  static final class Lemmas extends LemmatizerModel {
    private static final long serialVersionUID = 1L;

    Lemmas(InputStream in) throws IOException {
      super(in);
    }

    @Override
    public SequenceClassificationModel getLemmatizerSequenceModel() {
      SequenceClassificationModel search = super.getLemmatizerSequenceModel();
      if (search == null || search.getClass() != BeamSearch.class || !(getArtifact(MODEL_ENTRY) instanceof MaxentModel)) {
        return search;
      }
      String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      return new LemmaBeamSearch(beam == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), getArtifact(MODEL_ENTRY));
    }
  }

  static InputStream resource(String name) {
    InputStream in = PhraseTagger.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing: add the opennlp-models-pos-en and -lemmatizer-en artifacts");
    }
    return in;
  }

  Tagged tag(String text) {
    return tagged.get(text, this::tagNow);
  }

  private Tagged tagNow(String text) {
    // Tagged as written, so that names keep their capitals and are told from common nouns.
    String[] tokens = Arrays.stream(NOT_WORD.split(text)).filter(w -> !w.isEmpty()).toArray(String[]::new);
    List<String> words = Arrays.stream(tokens).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    if (tokens.length == 0) {
      return new Tagged(words, new String[0], List.of());
    }
    // Tagged after a figure, as a counted phrase stands in its sentence: alone, "hectares burned"
    // is tagged as two verbs; "5 hectares burned" is a noun and a verb.
    String[] framed = new String[tokens.length + 1];
    framed[0] = "5";
    System.arraycopy(tokens, 0, framed, 1, tokens.length);
    String[] tags = tagger.get().tag(framed);
    String[] lemmas = lemmatizer.get().lemmatize(framed, tags);
    List<String> out = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      String l = lemmas[i + 1] == null || lemmas[i + 1].isEmpty() || lemmas[i + 1].equals("O") ? tokens[i] : lemmas[i + 1];
      out.add(l.toLowerCase(Locale.ROOT));
    }
    return new Tagged(words, Arrays.copyOfRange(tags, 1, tags.length), out);
  }
}
