package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** age.name-in-a-list, age.person-noun, age.people-between, age.hedged-span and numbers.local-phone. */
class PersonAgesAndPhonesTest {

    private static final NumberRecognizer NUMBERS = new NumberRecognizer(Lexicon.get());

    private static List<String> figures(String s) {
        return NUMBERS.find(s, Tok.of(s, 0, s.length()), NUMBERS.articleMasks(s)).stream().map(m -> m.value.toPlainString()).toList();
    }

    @Test
    void anAgeAfterAFullNameInAListIsNoFigure() {   // age.name-in-a-list
        assertThat(figures("Police named Ann Roe, 31; Joe \"Red\" Kay, 40; and Lee Poe, 19.")).isEmpty();
        assertThat(figures("The driver was identified as Tom Willis, 52.")).isEmpty();
        assertThat(figures("The count gave the Greens, 12; the Liberal Democrats, 9.")).contains("9");
    }

    @Test
    void anAgeAfterANounOfAPersonIsNoFigure() {   // age.person-noun
        assertThat(figures("One man, 30, was hurt in the crash.")).isEmpty();
        assertThat(figures("Another woman, 64, was treated at the scene.")).isEmpty();
        assertThat(figures("Two women, 41 and 52, were taken to hospital.")).containsExactly("2");
        assertThat(figures("The fire killed two men, three women and a child.")).containsExactly("2", "3");
        assertThat(figures("Arrests by sex: men, 41; women, 38.")).contains("41", "38");
    }

    @Test
    void theAgesAGroupSpansAreNoFigures() {   // age.people-between, age.hedged-span
        assertThat(figures("Most of the victims were between 17 and 25.")).isEmpty();
        assertThat(figures("The guests ranged in age from about 16 to 30.")).isEmpty();
        assertThat(figures("Officers questioned between 10 and 30 people.")).contains("10", "30");
    }

    @Test
    void aLocalPhoneNumberIsNoFigure() {   // numbers.local-phone
        assertThat(figures("Anyone with information should call the sheriff's office at 555-0142.")).isEmpty();
        assertThat(figures("The reporter can be reached at 412 555 0142 or by e-mail.")).isEmpty();
        assertThat(figures("Leaders called for 500-1000 more troops.")).isNotEmpty();
    }
}
