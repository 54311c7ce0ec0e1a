package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pre-parse estimate of nesting: deep pages found without a parse, real pages' loose markup not counted. */
class NestingScanTest {

  private static boolean deeper(String html, int limit) {
    return NestingScan.deeperThan(html.getBytes(StandardCharsets.UTF_8), limit);
  }

  @Test
  void nestedElementsAreCountedAndClosedOnesAreNot() {
    assertThat(deeper("<div>".repeat(20) + "x" + "</div>".repeat(20), 19)).isTrue();
    assertThat(deeper("<div>".repeat(20) + "x" + "</div>".repeat(20), 20)).isFalse();
    assertThat(deeper("<section><div>a</div><div>b</div></section>".repeat(50), 2)).isFalse();
  }

  @Test
  void whatTheParserClosesOrNeverOpensIsNotCounted() {
    String looseList = "<ul>" + "<li>item <br> <img src=a.png> <input/>".repeat(3_000) + "</ul>";
    String loosePara = "<p>Some 40 people died.".repeat(3_000);
    String table = "<table>" + "<tr><td>1<td>2".repeat(3_000) + "</table>";
    assertThat(deeper(looseList, 10)).isFalse();
    assertThat(deeper(loosePara, 10)).isFalse();
    assertThat(deeper(table, 10)).isFalse();
    assertThat(deeper("<span/>".repeat(3_000), 10)).isFalse();
  }

  @Test
  void commentsScriptsAndAttributesHoldNoTags() {
    String inComment = "<!--" + "<div>".repeat(3_000) + "-->";
    String inScript = "<script>var s = '" + "<div>".repeat(3_000) + "';</script>";
    String inAttribute = "<a title=\"" + "<div>".repeat(3_000) + "\">x</a>";
    assertThat(deeper(inComment, 10)).isFalse();
    assertThat(deeper(inScript, 10)).isFalse();
    assertThat(deeper(inAttribute, 10)).isFalse();
    assertThat(deeper("<SCRIPT>x</Script>" + "<div>".repeat(12), 10)).isTrue();
    assertThat(deeper("<div>".repeat(11) + "<script>x</script>".repeat(5) + "<div>", 11)).isTrue();
  }
}
