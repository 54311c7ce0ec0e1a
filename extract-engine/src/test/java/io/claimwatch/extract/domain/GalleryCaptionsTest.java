package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** detection.gallery-title-run: paragraphs in a row that open with the same title are a gallery's captions. */
class GalleryCaptionsTest {

    private static final String BODY = "Harbor Town\n\nThe council approved a plan for 12 new cranes at the harbour on Tuesday evening.\n\n";

    @Test
    void captionsUnderARepeatedTitleCarryNoClaims() {
        String text = BODY + "Harbour of Kiel at 150 Cranes and quays The old cranes lifted 40 tonnes each.\n"
                + "Harbour of Kiel at 150 A new terminal In 2010 the port opened a terminal for 300 ships a year.\n"
                + "Harbour of Kiel at 150 Ferries to the north About 2 million passengers sail from here.\n";
        List<Sentences.Sentence> ss = Sentences.load().split(text);
        assertThat(ss).filteredOn(s -> s.text(text).startsWith("Harbour of Kiel")).hasSize(3)
                .allMatch(s -> s.kind() == Sentences.Kind.SUBHEAD);
        assertThat(ss).filteredOn(s -> s.text(text).startsWith("The council")).extracting(Sentences.Sentence::kind)
                .containsExactly(Sentences.Kind.BODY);
    }

    @Test
    void twoParagraphsOrAShortOpeningAreProse() {
        String two = BODY + "The mayor said the plan would cost 5 million euros.\n\nThe mayor said the plan would create 80 jobs.\n\n"
                + "Work starts in the spring and ends by the autumn.\n";
        assertThat(Sentences.load().split(two)).filteredOn(s -> s.kind() == Sentences.Kind.SUBHEAD).isEmpty();
        String shortOpening = BODY + "He said 5 cranes were old.\n\nHe said 3 cranes were new.\n\nHe said 2 cranes were sold.\n";
        assertThat(Sentences.load().split(shortOpening)).filteredOn(s -> s.kind() == Sentences.Kind.SUBHEAD).isEmpty();
    }
}
