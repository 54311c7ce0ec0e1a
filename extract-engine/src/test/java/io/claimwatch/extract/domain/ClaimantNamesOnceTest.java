package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * claimant.acronym-spelled-out ({@link ClaimantNames#spelledOut}): the article's brackets are read once for the article, not
 * per claim (neither the whole text, nor every place the article writes the acronym: "the WHO" written 66,000 times and
 * never in brackets cost 66,000 looks a claim).
 */
class ClaimantNamesOnceTest {

  @Test
  void aLongArticleIsReadOnceForItsBracketsNotOncePerClaim() {
    StringBuilder text = new StringBuilder("The agency said 40 wells were tested. ");
    while (text.length() < 4_000_000) text.append("Officials said the tests went on, the WHO said on Monday. ");
    text.append("The Environmental Protection Agency (EPA) said 12 wells failed.");
    String article = text.toString();
    // 20,000 claims of a 4 MB article: a scan of the text per claim read 80 GB
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      int wrong = 0;
      for (int claim = 0; claim < 20_000; claim++) {
        if (!ClaimantNames.spelledOut("the WHO", article).equals("the WHO")) wrong++;   // never spelled out: no bracket
        if (!ClaimantNames.spelledOut("the EPA", article).equals("Environmental Protection Agency (EPA)")) wrong++;
      }
      assertThat(wrong).isZero();
    });
  }
}
