package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** recall-party (RecallParties): the opening's recaller is read once per article, not once per claim. */
class RecallPartiesTest {

  @Test
  void aLongArticleIsReadOnceForItsOpeningRecallerNotOncePerClaim() {
    // a long story of a recall whose sentences name no recaller before their figures: each such claim is of the
    // opening's recaller, read once for the article
    StringBuilder text = new StringBuilder("TOKYO (Reuters) - Toyota Motor Corp extended its safety recall of cars to"
        + " Europe on Thursday. ");
    int sentence = text.length();
    text.append("Analysts believe 2 million may be affected by the recall. ");
    int end = text.length();
    while (text.length() < 1_000_000) text.append("Dealers said owners would be told by letter within weeks. ");
    String article = text.toString();
    int figure = article.indexOf("2 million");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (int claim = 0; claim < 20_000; claim++)
        assertThat(RecallParties.of(article, sentence, figure, end)).isEqualTo("toyota");
    });
  }
}
