package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lemmatizer searched by {@link LemmaBeamSearch} gives what OpenNLP's own beam search gives: the
 * same lemmas, and the same best sequences with the same scores, on counted phrases as news writes them.
 */
class PhraseTaggerTest {

  /** Counted phrases and longer stretches of news, each tagged after a figure as the tagger frames them. */
  private static final List<String> PHRASES = List.of(
      "people were killed", "hectares burned", "servicemen captured", "Russian soldiers were captured",
      "homes destroyed by the floodwaters", "customers remained without power", "migrants arriving in Italy",
      "children under five", "barrels per day of crude output", "tonnes of wheat shipped to Egypt",
      "bankworkers walked out", "seats in the 400-member parliament", "confirmed cases of measles",
      "people displaced across the region", "acres of brush and timber", "deaths under investigation",
      "houses had been flattened", "firefighters battled the blaze", "miners trapped underground",
      "pct rise in exports", "mln dlrs in assets", "victims were identified", "arrests made overnight",
      "lives were lost", "wounded were taken to hospitals", "crossings have hit a record",
      "The Nigeria Centre for Disease Control said", "prisoners of war were exchanged on Saturday",
      "were rushed to hospital after the quake struck", "Ebola", "of them", "casualties");

  private static LemmatizerME opennlp;
  private static LemmatizerME ours;
  private static POSTaggerME tagger;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream a = PhraseTagger.resource(PhraseTagger.LEMMA_MODEL);
        InputStream b = PhraseTagger.resource(PhraseTagger.LEMMA_MODEL);
        InputStream p = PhraseTagger.resource(PhraseTagger.POS_MODEL)) {
      opennlp = new LemmatizerME(new LemmatizerModel(a));
      ours = new LemmatizerME(new PhraseTagger.Lemmas(b));
      tagger = new POSTaggerME(new POSModel(p));
    }
  }

  @Test
  void theLemmasAndSequencesAreOpenNlpsOwn() {
    for (String phrase : PHRASES) {
      List<String> words = new ArrayList<>(List.of("5"));
      words.addAll(Arrays.stream(phrase.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList());
      String[] tokens = words.toArray(new String[0]);
      String[] tags = tagger.tag(tokens);
      assertThat(ours.lemmatize(tokens, tags)).as(phrase).containsExactly(opennlp.lemmatize(tokens, tags));
      Sequence[] expected = opennlp.topKLemmaClasses(tokens, tags);
      Sequence[] actual = ours.topKLemmaClasses(tokens, tags);
      assertThat(actual).as(phrase).hasSameSizeAs(expected);
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i].getOutcomes()).as(phrase).isEqualTo(expected[i].getOutcomes());
        assertThat(actual[i].getScore()).as(phrase).isEqualTo(expected[i].getScore());
      }
    }
  }

  @Test
  void keptScoresGiveTheSameLemmasAsNewOnes() throws IOException {
    // a fresh lemmatizer tags every phrase twice (the second time from the scores it kept) and, between, enough others
    // that the first ones' scores are dropped: each time OpenNLP's own lemmas and sequences
    LemmatizerME fresh = new LemmatizerME(new PhraseTagger.Lemmas(resourceUnchecked()));
    List<String> rounds = new ArrayList<>(PHRASES);
    rounds.addAll(PHRASES);
    for (int n = 0; n < 40; n++) rounds.add(PHRASES.get(n % PHRASES.size()) + " in the " + PHRASES.get((n * 7) % PHRASES.size()));
    rounds.addAll(PHRASES);
    for (String phrase : rounds) {
      List<String> words = new ArrayList<>(List.of("5"));
      words.addAll(Arrays.stream(phrase.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList());
      String[] tokens = words.toArray(new String[0]);
      String[] tags = tagger.tag(tokens);
      assertThat(fresh.lemmatize(tokens, tags)).as(phrase).containsExactly(opennlp.lemmatize(tokens, tags));
      Sequence[] expected = opennlp.topKLemmaClasses(tokens, tags);
      Sequence[] actual = fresh.topKLemmaClasses(tokens, tags);
      assertThat(actual).as(phrase).hasSameSizeAs(expected);
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i].getOutcomes()).as(phrase).isEqualTo(expected[i].getOutcomes());
        assertThat(actual[i].getScore()).as(phrase).isEqualTo(expected[i].getScore());
      }
    }
  }

  @Test
  void theBeamsLeastScoreIsTheOneASortGives() throws IOException {
    LemmaBeamSearch search = new LemmaBeamSearch(3, new PhraseTagger.Lemmas(resourceUnchecked()).getArtifact("lemmatizer.model"));
    SplittableRandom r = new SplittableRandom(11);
    double[][] cases = {{0.5}, {0.2, 0.7}, {0.1, 0.1, 0.1, 0.1}, {0.3, 0.0, -0.0, 0.3, 0.2}, {Double.NaN, 0.4, 0.9, 0.1},
        {0.0, -0.0, 0.0}};
    List<double[]> all = new ArrayList<>(List.of(cases));
    for (int n = 0; n < 200; n++) {
      double[] v = new double[1 + r.nextInt(60)];
      for (int i = 0; i < v.length; i++) v[i] = r.nextInt(8) / 8.0;   // many ties
      all.add(v);
    }
    for (double[] v : all) {
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      double expected = sorted[Math.max(0, v.length - 3)];
      assertThat(Double.compare(search.kthHighest(v, Math.min(3, v.length)), expected)).as(Arrays.toString(v)).isZero();
    }
  }

  private static InputStream resourceUnchecked() {
    return PhraseTagger.resource(PhraseTagger.LEMMA_MODEL);
  }
}
