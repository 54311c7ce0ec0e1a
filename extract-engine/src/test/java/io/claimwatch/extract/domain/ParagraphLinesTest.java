package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** detection.paragraph-lines and detection.unstopped-sentence-line: lines of a text kept one paragraph a line. */
class ParagraphLinesTest {

    private static final String LEAD = "Harbour Savings said on Monday that a fault in its payment system had exposed the account details of "
            + "thousands of savers in the north of the country over several weeks.\n";

    private static Sentences.Kind kindOf(String text, String line) {
        List<Sentences.Sentence> ss = Sentences.load().split(text);
        return ss.stream().filter(s -> s.text(text).equals(line)).map(Sentences.Sentence::kind).findFirst().orElse(null);
    }

    @Test
    void aLineWithoutAStopInParagraphTextIsItsOwnSentence() {
        String bullet = "Following the news, shares of Harbour Savings fell four per cent in early trading";
        String text = LEAD + bullet + "\nThe bank said it had written to every customer whose details were seen by the intruders last month.\n";
        assertThat(kindOf(text, bullet)).isEqualTo(Sentences.Kind.BODY);
    }

    @Test
    void aNameAndAPresentVerbMakeASentence() {
        String line = "Harbour Savings holds accounts for 12 million savers and 40,000 small firms";
        String text = LEAD + line + "\nIts chief executive apologised to customers in a statement released on Tuesday morning.\n";
        assertThat(kindOf(text, line)).isEqualTo(Sentences.Kind.BODY);
    }

    @Test
    void teasersTitlesAndFurnitureStaySubheads() {
        String teaser = "Savers count the cost of a long week";
        String caption = "Image caption Savers queue outside a branch of the bank in the town centre on Monday";
        String link = "Related: 5 ways to keep your savings safe when a bank is hacked by criminals";
        String text = LEAD + teaser + "\n" + caption + "\n" + link + "\nThe bank said the fault was fixed within hours of being found.\n";
        assertThat(kindOf(text, teaser)).isEqualTo(Sentences.Kind.SUBHEAD);
        assertThat(kindOf(text, caption)).isEqualTo(Sentences.Kind.SUBHEAD);
        assertThat(kindOf(text, link)).isEqualTo(Sentences.Kind.SUBHEAD);
    }

    @Test
    void hardWrappedCopyStillJoinsItsLines() {
        String text = "MILLTOWN, March 3 - About 40 workers at the paper mill were\nsent home on Friday after a fire broke out in its\n"
                + "boiler house, a company spokesman said.\n";
        assertThat(ParagraphLines.hardWrapped(text)).isTrue();
        assertThat(Sentences.load().split(text)).hasSize(1);
        assertThat(ParagraphLines.hardWrapped(LEAD)).isFalse();
    }
}
