package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stage that reads the whole article fails alone: its fallback is used and the failure reported over the text. */
class ArticleStagesTest {

    private static final String TEXT = "Officials said at least 40 people died in the floods on Monday.";

    @Test
    void aFailingStageGivesItsFallbackAndReportsTheFailureOverTheWholeText() {
        List<Extraction.Failure> failures = new ArrayList<>();
        EventFrame frame = ArticleStages.or(() -> {
            throw new IllegalStateException("injected");
        }, EventFrame.NONE, TEXT, failures);
        assertThat(frame).isSameAs(EventFrame.NONE);
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.start()).isZero();
            assertThat(f.end()).isEqualTo(TEXT.length());
            assertThat(f.error()).hasMessage("injected");
        });
    }

    @Test
    void aStackOverflowIsAFailureToo() {
        List<Extraction.Failure> failures = new ArrayList<>();
        assertThat(ArticleStages.<String>or(() -> {
            throw new StackOverflowError();
        }, "fallback", TEXT, failures)).isEqualTo("fallback");
        assertThat(failures).hasSize(1);
    }

    @Test
    void aSpentBudgetIsNeverSwallowed() {
        List<Extraction.Failure> failures = new ArrayList<>();
        assertThatThrownBy(() -> ArticleStages.or(() -> {
            throw new Deadline.BudgetExceeded(Duration.ofMillis(5), "in a test");
        }, null, TEXT, failures)).isInstanceOf(Deadline.BudgetExceeded.class);
        assertThat(failures).isEmpty();
    }

    @Test
    void aStageThatWorksGivesItsOwnReadingAndNoFailure() {
        List<Extraction.Failure> failures = new ArrayList<>();
        assertThat(ArticleStages.or(() -> "read", "fallback", TEXT, failures)).isEqualTo("read");
        assertThat(failures).isEmpty();
    }
}
