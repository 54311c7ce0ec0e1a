package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * frame.recalled-event ({@link RecalledEvents}): what a sentence brings in as the reason for its event ("in retaliation
 * for", "to avenge") is an earlier event; its mention does not name the article's event,
 * and a toll told there is that earlier event's. Phrasings written for these tests, none taken from a corpus.
 */
class RecalledEventsRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<ExtractedClaim> claims(String text, LocalDate pub) {
        return X.extract(text, pub).claims();
    }

    @Test
    void theRecalledSpanRunsFromItsLinkToTheEndOfItsClause() {
        String s = "Rebels shelled the port on Monday in retaliation for raids on their camps last week, officials said.";
        List<int[]> spans = RecalledEvents.spans(s, 0, s.length());
        assertThat(spans).hasSize(1);
        assertThat(s.substring(spans.get(0)[0], spans.get(0)[1])).isEqualTo("raids on their camps last week");
        assertThat(RecalledEvents.spans("Rebels shelled the port on Monday.", 0, 34)).isEmpty();
    }

    @Test
    void aRecalledEventsMentionDoesNotNameTheArticlesEvent() {
        // the headline's mention is the raids retaliated for, not the shelling: the lead's toll takes neither
        List<ExtractedClaim> cs = claims("Rebels shell port town of Varden in revenge for army raids near the border\n\n"
                + "Rebel gunners shelled the port town of Varden, killing at least seven fishermen, officials said.", LocalDate.of(2021, 3, 9));
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("fishermen killed");
    }

    @Test
    void aTollInTheRecalledSpanIsThatEarlierEvents() {
        List<ExtractedClaim> cs = claims("A bomb tore through the market square of Orvale late on Tuesday, killing at least five traders, police said. "
                + "The group said the bombing was a revenge attack for army raids last month in the hill district that left 14 villagers dead.",
                LocalDate.of(2021, 3, 10));
        assertThat(cs).extracting(ExtractedClaim::counted).contains("villagers dead in army raids");
        assertThat(cs.get(0).counted()).doesNotContain("raids");
    }
}
