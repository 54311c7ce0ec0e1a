package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What keying reads of a whole article is read once for the article ({@link PerArticle}), not once a claim: each class
 * asked as often as the claims of a long article ask gives its answer well within the time one reading per claim
 * would take (a reading of the whole text per claim took claims x text).
 */
class ArticleReadsOnceTest {

  private static final Sentences SENTENCES = Sentences.load();
  private static final TimeResolver TIME = new TimeResolver(Lexicon.get());

  /** {@code opening}, then {@code filler} again and again up to {@code size} chars: a long article. */
  private static String longArticle(String opening, String filler, int size) {
    StringBuilder text = new StringBuilder(opening);
    while (text.length() < size) text.append(filler);
    return text.toString();
  }

  private static PlaceFinder places() {
    return new PlaceFinder(Gazetteer.get(), ConceptLexicon.load("/keys/not-place-names.txt"));
  }

  @Test
  void eventSitesReadTheArticlesSitesOnce() {
    String article = longArticle("At least 30 killed in an Israeli airstrike on a school in Gaza, officials say\n\n"
        + "At least 30 people have been killed in an Israeli airstrike on a school in Deir Sahel, central Gaza, where"
        + " thousands were sheltering, Palestinian officials said.\n\n"
        + "Earlier this month at least 17 people were killed in Israeli airstrikes on homes in the Bureij camp, the"
        + " officials said.\n\n", "Aid trucks waited at the crossing for days.\n\n", 300_000);
    PlaceFinder places = places();
    EventSites sites = new EventSites(places, new FrameReader(places, TIME), ConceptLexicon.load("/keys/cause-families.txt"), SENTENCES);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (int claim = 0; claim < 5_000; claim++) assertThat(sites.scopes(article)).contains("#deir-sahel", "#bureij");
    });
  }

  @Test
  void placeFinderReadsTheArticlesPlacesOnce() {
    // each sentence's "at Best Buy" asks whether Best (a Dutch town) is foreign to the places the whole article names
    String article = longArticle("Ohio officials said shoppers lined up in Columbus, Ohio.\n\n",
        "Shoppers lined up at Best Buy in Columbus on Friday. ", 300_000);
    PlaceFinder places = places();
    int first = article.indexOf("Shoppers"), length = "Shoppers lined up at Best Buy in Columbus on Friday.".length();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (int claim = 0; claim < 2_000; claim++) {
        int at = first + claim * (length + 1);
        assertThat(places.find(article, at, at + length, false).countries()).doesNotContain("NL");
      }
    });
  }

  @Test
  void framePassesReadTheArticlesNamesOnce() {
    String article = longArticle("Firefighters at the Harold J. Storm plant said the storm killed 3 people. ",
        "Workers said the storm flooded the plant. ", 1_000_000);
    FramePasses.Kept kept = new FramePasses.Kept();
    int end = article.indexOf('.') + 1;
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {   // (the readings are kept for the thread that asks)
      FramePasses.Read first = kept.sentence(article, 0, end);
      for (int claim = 0; claim < 20_000; claim++) {
        assertThat(kept.sentence(article, 0, end)).isSameAs(first);
        assertThat(kept.readAs(article)).isEmpty();
      }
    });
  }

  @Test
  void proceedingsReadTheArticlesLeadOnce() {
    String article = longArticle("Jurors hear how a bomb killed three people\n\n"
        + "The trial of a man accused of the bombing began on Monday, prosecutors said.\n\n",
        "The court heard from witnesses.\n\n", 300_000);
    Proceedings proceedings = new Proceedings(SENTENCES);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (int claim = 0; claim < 20_000; claim++) assertThat(proceedings.past(article)).isTrue();
    });
    assertThat(proceedings.past(longArticle("A bomb killed three people\n\n", "Police said.\n\n", 1_000))).isFalse();
  }

  @Test
  void sentenceReadingsAreKeptForEachSentenceOfTheArticle() {
    // the figures of two sentences asked in turn: each sentence read once, not once each time the other was asked
    String article = longArticle("The quake killed 30 people in Ecuador. The storm left 2,000 homes without power in Peru. ",
        "Officials said. ", 300_000);
    PlaceFinder places = places();
    SentenceReadings readings = new SentenceReadings(new FrameReader(places, TIME), places);
    int second = article.indexOf("The storm"), end = article.indexOf("Peru.") + 5;
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      SentenceReadings.Reading quake = readings.of(article, 0, second - 1), storm = readings.of(article, second, end);
      for (int claim = 0; claim < 20_000; claim++) {
        assertThat(readings.of(article, 0, second - 1)).isSameAs(quake);
        assertThat(readings.of(article, second, end)).isSameAs(storm);
      }
      assertThat(quake.located().countries()).contains("EC");
      assertThat(storm.located().countries()).contains("PE");
    });
  }

  @Test
  void claimKeysReadTheArticlesNamedEventWordsOnce() {
    String article = longArticle("Cases rose to 210, the Centers for Disease Control and Prevention said on Monday. ",
        "Officials said the cases were mild. ", 1_000_000);
    ClaimKeys keys = ClaimKeys.create(TIME, SENTENCES);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      java.util.Set<Integer> first = keys.namedEventWords(article);
      assertThat(first).isNotEmpty();
      for (int claim = 0; claim < 20_000; claim++) assertThat(keys.namedEventWords(article)).isSameAs(first);
    });
  }
}
