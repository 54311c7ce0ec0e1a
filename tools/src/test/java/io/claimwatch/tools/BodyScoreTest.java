package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The token scorer of bin/score-bodies: multisets of lower-cased word tokens. */
class BodyScoreTest {

  @Test
  void countsTheMultisetOverlapOfLowerCasedWordTokens() {
    BodyScore s = BodyScore.of("The the flood, 3,000 homes! Share", "the flood destroyed 3,000 homes");
    // extracted: the the flood 3 000 homes share (7); truth: the flood destroyed 3 000 homes (6); overlap 5
    assertThat(s.extracted()).isEqualTo(7);
    assertThat(s.truth()).isEqualTo(6);
    assertThat(s.overlap()).isEqualTo(5);
    assertThat(s.precision()).isCloseTo(5 / 7.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(5 / 6.0, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 * (5 / 7.0) * (5 / 6.0) / (5 / 7.0 + 5 / 6.0), within(1e-9));
  }

  @Test
  void emptyTextsScoreByTheConvention() {
    assertThat(BodyScore.of("", "").f1()).isEqualTo(1);
    assertThat(BodyScore.of("", "some words").f1()).isZero();
    assertThat(BodyScore.of("some words", "").precision()).isZero();
  }

  @Test
  void groundTruthOfBothSetsIsRead() {
    assertThat(BodyBenchmark.corrected("Body text.\n!@#$%^&*()  COMMENTS\nA comment")).isEqualTo("Body text.\n");
    assertThat(BodyBenchmark.corrected("Body text.\n!@ $%^&*()  COMMENTS\nA comment")).isEqualTo("Body text.\n");
    assertThat(BodyBenchmark.corrected("Body text.\n!@#$%^&*   COMMENTS\t\nA comment")).isEqualTo("Body text.\n");
    assertThat(BodyBenchmark.corrected("Body text.\n!@#$%^&*()  CORRECTED\nA comment")).isEqualTo("Body text.\n");
    assertThat(BodyBenchmark.corrected("Body text.\n***** Spoiler Alert *****\nMore")).endsWith("More");
    assertThat(BodyBenchmark.corrected("Body text: COMMENTS welcome.")).isEqualTo("Body text: COMMENTS welcome.");
    String annotated = "<p><span class=\"x-nc-sel1\">Headline</span> <span class=\"x-nc-sel0\">Menu</span>"
        + "<span class=\"x-nc-sel2\">Full <a>text</a></span><span class=\"x-nc-sel3\">Caption</span></p>";
    assertThat(BodyBenchmark.labelled(annotated).split("\\s+")).containsExactly("Headline", "Full", "text");
    String cleanEval = "URL: http://example.com/news/1\n<h>A headline\n\n<p>The BBC&#039;s text,\n wrapped.\n<l>An item</p>\n";
    assertThat(BodyBenchmark.cleanEval(cleanEval).split("\\s+"))
        .containsExactly("A", "headline", "The", "BBC's", "text,", "wrapped.", "An", "item");
    // CleanEval's own files: the URL line as the snapshot's strip.py reads it, tags in either case, none without it
    assertThat(BodyBenchmark.cleanEval("\uFEFFURL: http://example.org/a.html\n<P>First.\n<L>Item</l>\n").split("\\s+"))
        .containsExactly("First.", "Item");
    assertThat(BodyBenchmark.cleanEval("<p>No URL line.\n").strip()).isEqualTo("No URL line.");
    assertThat(BodyBenchmark.CLEANEVAL_FORMAT).contains("cleanportaleval", "cleaneval-final");
  }
}
