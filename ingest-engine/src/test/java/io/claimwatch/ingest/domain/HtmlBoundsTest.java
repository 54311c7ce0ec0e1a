package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Hostile HTML is refused or cleaned within a bound (issue 15): depth and element limits, linear cleaning, a time budget. */
class HtmlBoundsTest {

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();

  private static byte[] nested(int depth) {
    StringBuilder sb = new StringBuilder("<html><body><p>At least 40 people died in the floods, officials said.</p>");
    sb.append("<div>x ".repeat(depth)).append("</div>".repeat(depth)).append("</body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(ints = {4_000, 16_000, 100_000})
  void deepNestingIsRefusedQuickly(int depth) {
    byte[] page = nested(depth);
    CpuBound.within(Duration.ofSeconds(5), () ->
        assertThatThrownBy(() -> cleaner.clean(page, "text/html"))
            .isInstanceOf(DomainException.InvalidInput.class)
            .satisfies(e -> {
              assertThat(((DomainException) e).reason()).isEqualTo("HTML_TOO_DEEP");
              assertThat(e.getMessage()).contains(String.valueOf(ArticleCleaner.MAX_HTML_DEPTH)).contains("nest");
            }));
  }

  @Test
  void nestingJustUnderTheLimitIsCleaned() {
    byte[] page = nested(ArticleCleaner.MAX_HTML_DEPTH - 10);
    CpuBound.within(Duration.ofSeconds(5), () ->
        assertThat(cleaner.clean(page, "text/html").text()).contains("At least 40 people died"));
  }

  @Test
  void tooManyElementsAreRefused() {
    String page = "<html><body><p>At least 40 people died in the floods, officials said.</p>"
        + "<i></i>".repeat(ArticleCleaner.MAX_HTML_ELEMENTS + 1) + "</body></html>";
    CpuBound.within(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> cleaner.clean(page.getBytes(StandardCharsets.UTF_8), "text/html"))
            .isInstanceOf(DomainException.InvalidInput.class)
            .satisfies(e -> assertThat(((DomainException) e).reason()).isEqualTo("HTML_TOO_MANY_ELEMENTS")));
  }

  /**
   * A 1.1 MB page of nested divs (blocks 200 deep, text at every level) and of sibling articles inside
   * furniture: cleaned within a CPU bound.
   */
  @Test
  void wideMegabytePageIsCleanedWithinACpuBound() {
    StringBuilder sb = new StringBuilder("<html><body><article><p>At least 40 people died in the floods, officials said.</p>");
    int i = 0;
    while (sb.length() < 1_100_000) {
      if (i % 2 == 0) {
        sb.append("<div class=\"c\">x ".repeat(200)).append("</div>".repeat(200));
      } else {
        sb.append("<div class=\"related\"><div class=\"share\"><article><h1>Title ").append(i)
            .append("</h1><time datetime=\"2025-01-02\"></time><pre><span class=\"author\">x</span></pre>")
            .append("<p>Some ").append(i).append(" people, officials said.</p></article></div></div>");
      }
      i++;
    }
    sb.append("</article></body></html>");
    byte[] page = sb.toString().getBytes(StandardCharsets.UTF_8);
    // a cold JVM interprets, and on a busy machine its compiler threads wait for a core: warm up without a budget
    // until a run costs no less CPU than the one before (a running service is warm); then the default CPU budget
    ArticleCleaner unbounded = new ArticleCleaner(ArticleCleaner.DEFAULT_MAX_CONTENT_BYTES, Duration.ofMinutes(1), Duration.ofMinutes(1));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long previous = Long.MAX_VALUE;
    for (int run = 0; run < 6; run++) {
      long start = threads.getCurrentThreadCpuTime();
      unbounded.clean(page, "text/html");
      long used = threads.getCurrentThreadCpuTime() - start;
      if (used >= previous * 9 / 10) {
        break;
      }
      previous = used;
    }
    ArticleCleaner measured = new ArticleCleaner(ArticleCleaner.DEFAULT_MAX_CONTENT_BYTES,
        ArticleCleaner.DEFAULT_CLEAN_CPU_BUDGET, Duration.ofMinutes(1));
    CpuBound.within(ArticleCleaner.DEFAULT_CLEAN_CPU_BUDGET,
        () -> assertThat(measured.clean(page, "text/html").text()).contains("At least 40 people died"));
  }

  private static byte[] manyParagraphs() {
    StringBuilder sb = new StringBuilder("<html><body>");
    for (int i = 0; i < 20_000; i++) {
      sb.append("<p>Paragraph ").append(i).append(" says 40 people died.</p>");
    }
    return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void cleaningOverItsCpuBudgetIsRefusedWithAReason() {
    ArticleCleaner tight = new ArticleCleaner(ArticleCleaner.DEFAULT_MAX_CONTENT_BYTES, Duration.ofNanos(1), Duration.ofMinutes(1));
    assertThatThrownBy(() -> tight.clean(manyParagraphs(), "text/html"))
        .isInstanceOf(DomainException.InvalidInput.class)
        .satisfies(e -> {
          assertThat(((DomainException) e).reason()).isEqualTo("ARTICLE_TOO_COMPLEX");
          assertThat(e.getMessage()).contains("budget");
        });
  }

  @Test
  void cleaningOverItsWallClockBudgetAsksForARetry() {
    ArticleCleaner tight = new ArticleCleaner(ArticleCleaner.DEFAULT_MAX_CONTENT_BYTES, Duration.ofMinutes(1), Duration.ofNanos(1));
    assertThatThrownBy(() -> tight.clean(manyParagraphs(), "text/html"))
        .isInstanceOf(DomainException.Exhausted.class)
        .satisfies(e -> {
          assertThat(((DomainException) e).reason()).isEqualTo("INGEST_BUSY");
          assertThat(((DomainException.Exhausted) e).retryAfter()).isPositive();
          assertThat(e.getMessage()).contains("retry");
        });
  }
}
