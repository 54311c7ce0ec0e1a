package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No silent failure and bounded work: a sentence that fails is reported and leaves the others'
 * claims; input cannot drive the engine into a stack overflow, a quadratic scan or an unbounded
 * cache; past its time budget an extraction stops with {@link Deadline.BudgetExceeded}.
 */
class FailuresAndBudgetTest {

    private static final LocalDate PUB = LocalDate.of(2025, 3, 4);
    private static final String THREE = "Officials said at least 40 people died in the floods on Monday.\n\n"
            + "Rescuers said 12 people were still missing.\n\n"
            + "The ministry said 300 homes were destroyed.";

    @Test
    void aSentenceThatFailsIsReportedAndLeavesTheOtherSentencesClaims() {
        ClaimExtractor x = ClaimExtractor.withFault(i -> {
            if (i == 1) throw new IllegalStateException("injected");
        });
        Extraction r = x.extract(THREE, PUB);
        assertThat(r.claims()).extracting(ExtractedClaim::numberText).containsExactly("at least 40", "300");
        assertThat(r.failures()).hasSize(1);
        Extraction.Failure f = r.failures().get(0);
        assertThat(THREE.substring(f.start(), f.end())).isEqualTo("Rescuers said 12 people were still missing.");
        assertThat(f.error()).hasMessage("injected");
    }

    @Test
    void aDatelinesDashBeforeADatedReportingVerbIsNoFailure() {
        // DateRoles.lead read the dash of "OSAKA - " as a word and failed the whole article (a stage that reads the article)
        String text = "OSAKA - The city government on Monday said 40 buses had been bought.\n\nThe buses cost 2 million yen each.";
        Extraction r = Fixtures.EXTRACTOR.extract(text, PUB);
        assertThat(r.failures()).isEmpty();
        assertThat(r.claims()).extracting(c -> c.low().doubleValue()).containsExactly(40.0, 2_000_000.0);
    }

    @Test
    void aStackOverflowInOneSentenceIsReportedToo() {
        ClaimExtractor x = ClaimExtractor.withFault(i -> {
            if (i == 2) throw new StackOverflowError();
        });
        Extraction r = x.extract(THREE, PUB);
        assertThat(r.claims()).extracting(ExtractedClaim::numberText).containsExactly("at least 40", "12");
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.error()).isInstanceOf(StackOverflowError.class));
    }

    @Test
    void aTextWithoutFailuresReportsNone() {
        assertThat(ClaimExtractor.create().extract(THREE, PUB).failures()).isEmpty();
    }

    @Test
    void aLongClauseAtTheStartOfTheTextIsQuoted() {
        // the quote of a figure in a clause over 600 characters is cut at whitespace; at the very start
        // (or end) of the text that read outside the text, and the whole article's claims were lost
        String text = "Officials said 1,000 people " + "and more ".repeat(80) + "died";
        Extraction r = ClaimExtractor.create().extract(text, PUB);
        assertThat(r.failures()).isEmpty();
        assertThat(r.claims()).extracting(ExtractedClaim::numberText).contains("1,000");
    }

    @Test
    void aChunkOfManyDottedLabelsIsNoStackOverflow() {
        // the host-and-path mask was a regex with a repeated group: 10,000 labels overflowed the stack
        String text = "Officials said " + "a.".repeat(20_000) + "com/x and 40 people died.";
        Extraction r = ClaimExtractor.create().extract(text, PUB);
        assertThat(r.failures()).isEmpty();
        assertThat(r.claims()).extracting(ExtractedClaim::numberText).containsExactly("40");
    }

    @Test
    void theHostAndPathScanAgreesWithTheRegexItReplaced() {
        Pattern regex = Pattern.compile("[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}/\\S*");
        String alphabet = "ab.Z9_-/comuk.é";
        Random random = new Random(11);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String chunk = sb.toString();
            assertThat(TextMasks.domainPath(chunk)).as(chunk).isEqualTo(regex.matcher(chunk).lookingAt());
        }
        for (String chunk : new String[] {"bbc.co.uk/news", "www.x.com/a", "a.b/c", "x.COM/a", "a..com/x", ".com/x", "a.comcomx/y",
                "reut.rs/3xYz", "t.co/abc", "example.org"}) {
            assertThat(TextMasks.domainPath(chunk)).as(chunk).isEqualTo(regex.matcher(chunk).lookingAt());
        }
    }

    @Test
    void aLongRunOfFullStopsIsSplitInLinearTime() {
        // the sentence model scans from each candidate stop to the next whitespace: 200,000 "a." took 35 s
        String text = "See www." + "a.".repeat(100_000) + "com/x. Officials said 40 people died.";
        // Bounded in the thread's CPU time (a busy build machine stretches the clock, not the work); the clock only ends a hang.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[1];
        Extraction r = assertTimeoutPreemptively(Duration.ofSeconds(200), () -> {
            long start = threads.getCurrentThreadCpuTime();
            Extraction e = ClaimExtractor.create().extract(text, PUB);
            cpu[0] = threads.getCurrentThreadCpuTime() - start;
            return e;
        });
        assertThat(Duration.ofNanos(cpu[0])).isLessThan(Duration.ofSeconds(10));
        assertThat(r.claims()).extracting(ExtractedClaim::numberText).containsExactly("40");
    }

    @Test
    void anExtractionPastItsBudgetStopsWithTheReason() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) sb.append("Officials said ").append(i).append(" people died in district ").append(i).append(".\n");
        String text = sb.toString();   // ~1 MB, 20,000 sentences with a figure each: seconds of work
        ClaimExtractor x = ClaimExtractor.create();
        assertThatThrownBy(() -> x.extract(text, PUB, Deadline.after(Duration.ofMillis(50))))
                .isInstanceOf(Deadline.BudgetExceeded.class)
                .hasMessageContaining("took longer than its budget of 50 ms")
                .satisfies(e -> assertThat(((Deadline.BudgetExceeded) e).budget()).isEqualTo(Duration.ofMillis(50)))
                // it stops where the budget ran out, not after the whole text
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("at sentence 20000 of 20000"));
    }

    @Test
    void aBudgetLeftUnusedChangesNothing() {
        ClaimExtractor x = ClaimExtractor.create();
        assertThat(x.extract(THREE, PUB, Deadline.after(Duration.ofMinutes(1))).claims())
                .isEqualTo(x.extract(THREE, PUB).claims());
        assertThatThrownBy(() -> Deadline.after(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
