package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** WrittenWords: whether the article writes a word as written, between non-letters; its words read once per article. */
class WrittenWordsTest {

  @Test
  void aWordIsWrittenBetweenNonLetters() {
    String text = "Imports rose 3%. Exports and imports fell; covid-19 cases rose.";
    assertThat(WrittenWords.asWord(text, "imports")).isTrue();
    assertThat(WrittenWords.asWord(text, "exports")).isFalse();        // case counts
    assertThat(WrittenWords.asWord(text, "port")).isFalse();           // inside a word
    assertThat(WrittenWords.asWord(text, "covid-19")).isTrue();        // a word with marks, read by scanning
    assertThat(WrittenWords.asWord(text, "rose")).isTrue();
  }

  @Test
  void aLongArticleIsReadOnceNotOncePerClaim() {
    // 1 MB of text whose only lower-case "imports" stands at its end, asked as often as claims of sentences that open
    // with a capitalised counted word ask: read per claim it took claims x text
    StringBuilder text = new StringBuilder("Imports rose 3% in May. ");
    while (text.length() < 1_000_000) text.append("Exports of grain fell by 40,000 tonnes in the month. ");
    text.append("Officials expect imports to grow.");
    String article = text.toString();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (int claim = 0; claim < 20_000; claim++) assertThat(WrittenWords.asWord(article, "imports")).isTrue();
    });
  }
}
