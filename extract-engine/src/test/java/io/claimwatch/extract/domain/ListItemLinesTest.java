package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** detection.list-item-line: the lines under a lead ending with a colon are items, not headings. */
class ListItemLinesTest {

    private static final String BODY = "Harbor Town\n\nThe council approved its spending plan for next year on Tuesday evening.\n\n";

    @Test
    void itemsUnderAColonLeadAreSentences() {
        String text = BODY + "The plan includes:\n\nAbout $40 million for school repairs\n\nA 10% raise for nurses (it was 4% last year)\n\n"
                + "Money for the harbor wall\n\n$3 million for new buses\n";
        List<Sentences.Sentence> ss = Sentences.load().split(text);
        assertThat(ss).filteredOn(s -> s.kind() == Sentences.Kind.SUBHEAD).isEmpty();
        assertThat(ss).extracting(s -> s.text(text)).contains("About $40 million for school repairs", "$3 million for new buses");
    }

    @Test
    void aHeadingAfterTheListIsAHeadingAgain() {
        String text = BODY + "Costs:\n\n12 new classrooms\n\nThe work starts in the spring and ends by the autumn.\n\nWhat Comes Next 2\n";
        List<Sentences.Sentence> ss = Sentences.load().split(text);
        assertThat(ss.get(ss.size() - 1).kind()).isEqualTo(Sentences.Kind.SUBHEAD);
        assertThat(ss).filteredOn(s -> s.text(text).equals("12 new classrooms")).extracting(Sentences.Sentence::kind)
                .containsExactly(Sentences.Kind.BODY);
    }

    @Test
    void aHeadingWithNoLeadStaysAHeading() {
        String text = BODY + "Budget Talks Resume 3\n\nThe mayor spoke to reporters after the vote.\n";
        List<Sentences.Sentence> ss = Sentences.load().split(text);
        assertThat(ss).filteredOn(s -> s.text(text).startsWith("Budget")).extracting(Sentences.Sentence::kind)
                .containsExactly(Sentences.Kind.SUBHEAD);
    }
}
