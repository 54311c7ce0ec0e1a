package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The char scan gives what the regex it replaces gave, so match keys and article ids do not change. */
class WhitespaceTest {

  private static final Pattern REGEX = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  @Test
  void everyBmpCharIsWhitespaceExactlyWhenTheRegexSaysSo() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Whitespace.is(c)).as("U+%04X", (int) c).isEqualTo(REGEX.matcher(String.valueOf(c)).matches());
    }
  }

  @Test
  void collapsesRunsAsTheRegexDid() {
    assertThat(Whitespace.collapse("Some  40\u00A0people\n\ndied.\u2028 \t")).isEqualTo("Some 40 people died. ");
    assertThat(Whitespace.collapse("plain words, one space")).isSameAs("plain words, one space");
    assertThat(Whitespace.collapse("")).isEmpty();
    String alphabet = "ab1 .\t\n\r\u000B\f\u0085\u00A0\u1680\u2000\u2007\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\u001C"
        + "\uD83D\uDE00\uD83Dé";
    SplittableRandom random = new SplittableRandom(14);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(Whitespace.collapse(s)).as("%s", s.chars().mapToObj(c -> String.format("%04X", c)).toList())
          .isEqualTo(REGEX.matcher(s).replaceAll(" "));
    }
  }
}
