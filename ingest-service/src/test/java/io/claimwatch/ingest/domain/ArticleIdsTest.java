package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void isSixteenLowercaseHexCharacters() {
    assertThat(ArticleIds.idFor("Some article text.")).matches("[0-9a-f]{16}");
  }

  @Test
  void isTheSha256PrefixOfTheCollapsedText() {
    // sha256("a b") = c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65
    assertThat(ArticleIds.idFor("a b")).isEqualTo("c8687a08aa5d6ed2");
  }

  @Test
  void sameContentSameIdWhateverTheWhitespaceAndNormalForm() {
    String nfc = "Caf\u00e9 owners said 12 shops closed.\n\nThe rest stayed open.";
    String nfd = "Cafe\u0301 owners said 12 shops closed.\r\n\r\n  The rest\u00a0stayed open.  ";
    assertThat(ArticleIds.idFor(nfd)).isEqualTo(ArticleIds.idFor(nfc));
    assertThat(ArticleIds.idFor(nfc)).isNotEqualTo(ArticleIds.idFor("Caf\u00e9 owners said 13 shops closed."));
  }
}
