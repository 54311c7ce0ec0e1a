package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** PerArticle: what an article yields is read once while claims of that article ask, and again for the next article. */
class PerArticleTest {

  @Test
  void anArticleIsReadOncePerArticleNotPerClaim() {
    AtomicInteger reads = new AtomicInteger();
    PerArticle<Integer> length = new PerArticle<>(text -> {
      reads.incrementAndGet();
      return text.length();
    });
    String first = "Toyota Motor Corp recalled 2 million cars.";
    for (int claim = 0; claim < 50; claim++) assertThat(length.of(first)).isEqualTo(first.length());
    assertThat(reads.get()).isEqualTo(1);
    // the next article, even one of equal words, is another text: read again (the key is the text's identity)
    String next = new String(first);
    assertThat(length.of(next)).isEqualTo(first.length());
    assertThat(reads.get()).isEqualTo(2);
  }
}
