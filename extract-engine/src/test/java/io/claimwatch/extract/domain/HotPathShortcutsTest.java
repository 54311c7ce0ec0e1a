package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the hot paths give what the full reading gives: a word test before a regex, a
 * search bounded to the sentence, a memo of one article's places, a cue looked for only where its
 * first word stands.
 */
class HotPathShortcutsTest {

    @Test
    void containsAnyLooksOnlyInsideTheSpan() {
        String text = "Firefighters said the Park Fire grew. A Complex of fires burned.";
        int secondStart = text.indexOf("A Complex");
        assertThat(TextSearch.containsAny(text, 0, secondStart, List.of("Complex", "Fire"))).isTrue();
        assertThat(TextSearch.containsAny(text, 0, secondStart, List.of("Complex"))).isFalse();
        assertThat(TextSearch.containsAny(text, secondStart, text.length(), List.of("Complex"))).isTrue();
        // a word cut by the span's end does not stand in it
        assertThat(TextSearch.containsAny(text, 0, text.indexOf("Fire grew") + 3, List.of("Fire"))).isTrue();   // "Firefighters"
        assertThat(TextSearch.containsAny(text, 5, text.indexOf("Fire grew") + 3, List.of("Fire"))).isFalse();
    }

    @Test
    void eventNamesStillReadWhereTheirNounsAre() {
        String storm = "Hurricane Irma made landfall in Florida on Sunday, killing 12 people.";
        assertThat(FrameReader.eventName(storm, 0, storm.length())).isEqualTo("hurricane irma");
        String fire = "Firefighters battled the Erskine Fire, which has burned 48,000 acres.";
        assertThat(FrameReader.eventName(fire, 0, fire.length())).isEqualTo("erskine fire");
        String superstorm = "Flooding from Superstorm Sandy cut power to 8 million homes.";
        assertThat(FrameReader.eventName(superstorm, 0, superstorm.length())).isEqualTo("superstorm sandy");
        // the name in the next sentence is not this sentence's
        String two = "At least 12 people died. The Park Fire burned 400,000 acres.";
        assertThat(FrameReader.eventName(two, 0, two.indexOf(" The"))).isEmpty();
    }

    @Test
    void aDateInParenthesesAfterAClockTimeIsAnotherTimeZonesOnlyWithinItsSentence() {
        String text = "The quake struck at 9:58 a.m. (3.00 p.m. ET on Friday), killing 40. Rescuers (local teams) worked on Saturday.";
        assertThat(FrameReader.inOtherTimeZone(text, 0, text.indexOf("Friday"))).isTrue();
        int second = text.indexOf("Rescuers");
        assertThat(FrameReader.inOtherTimeZone(text, second, text.indexOf("Saturday"))).isFalse();
        // the parenthesis of the sentence before is not this sentence's
        String open = "Officials (at 9.30 said. Then on Friday the toll rose";
        assertThat(FrameReader.inOtherTimeZone(open, open.indexOf("Then"), open.indexOf("Friday"))).isFalse();
        assertThat(FrameReader.inOtherTimeZone(open, 0, open.indexOf("Friday"))).isTrue();
    }

    @Test
    void modalityCuesAreFoundWhereverTheyStand() {
        ModalityDetector d = new ModalityDetector(Lexicon.get());
        assertThat(d.of("The toll could reach 1,000, officials said")).isEqualTo(Modality.PROJECTION);
        assertThat(d.of("About 300 people are feared dead")).isEqualTo(Modality.ESTIMATE);
        assertThat(d.of("Officials said 41 people died")).isEqualTo(Modality.ASSERTED);
        assertThat(d.of("")).isEqualTo(Modality.ASSERTED);
        assertThat(d.of("It COULD, REACH 5")).isEqualTo(Modality.PROJECTION);
    }
}
