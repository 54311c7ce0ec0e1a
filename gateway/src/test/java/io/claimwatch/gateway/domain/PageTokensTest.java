package io.claimwatch.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageTokensTest {

  private final PageTokens tokens = new PageTokens("0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));

  @Test
  void aTokenOpensOnlyForItsQueryAndKey() {
    String q = PageTokens.query("claims", "articles/-", "hedge=AT_LEAST", "");
    String t = tokens.seal("backend-token-42", q);
    assertThat(t).doesNotContain("backend-token-42");
    assertThat(tokens.open(t, q)).contains("backend-token-42");
    assertThat(tokens.open(t, PageTokens.query("claims", "articles/-", "hedge=EXACT", ""))).isEmpty();
    assertThat(new PageTokens("another-key-0123456789".getBytes(StandardCharsets.UTF_8)).open(t, q)).isEmpty();
    assertThat(tokens.open("backend-token-42", q)).isEmpty();
    assertThat(tokens.open("%%%", q)).isEmpty();
    assertThat(tokens.seal("", q)).isEmpty();
  }

  @Test
  void fieldsCannotBeShiftedFromOneToAnother() {
    assertThat(PageTokens.query("claims", "a", "b")).isNotEqualTo(PageTokens.query("claims", "ab", ""));
  }
}
