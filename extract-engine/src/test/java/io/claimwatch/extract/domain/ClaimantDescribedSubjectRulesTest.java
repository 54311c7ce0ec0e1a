package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * claimant.described-subject ({@link DescribedSubjects}): a sentence whose subject the outlet describes between commas or
 * dashes before its verb is background in the outlet's voice; the report before it is not carried into it. Sentences
 * written for the test.
 */
class ClaimantDescribedSubjectRulesTest {

    @Test
    void aSubjectWithARelativeClauseIsTheOutletsBackground() {
        assertThat(claimants("The mill was shut on Monday, a company spokesman said. The mill, which opened in 1990, employs about 800 people."))
                .containsExactly((String) null);
    }

    @Test
    void aSubjectWithAnAppositiveOrAParticipleIsTheOutletsBackground() {
        assertThat(claimants("Ferries to the island were cancelled, port officials said. Ostby, a port of about 9,000, lies on the north coast."))
                .containsExactly((String) null);
        assertThat(claimants("Workers walked out at two pits, a union leader said. The pits, operated by a joint venture, produce 12 million tonnes a year."))
                .containsExactly("a union leader", null);
        assertThat(claimants("Trains were halted, the operator said. The line -- opened in the 1960s -- carries 40,000 riders a day."))
                .containsExactly((String) null);
    }

    @Test
    void aSubjectThatRefersBackToTheCountGoesOnWithTheReport() {
        assertThat(claimants("The army said 12 soldiers were hurt in the blast. The other five, who were treated on site, returned to duty."))
                .containsExactly("The army", "The army");
    }

    @Test
    void anOpeningPhraseOrAClauseBeforeTheCommaIsNoDescribedSubject() {
        assertThat(claimants("The mill was shut on Monday, a company spokesman said. In March, the mill had 800 workers."))
                .containsExactly("a company spokesman");
        assertThat(claimants("The army said 12 soldiers were hurt in the blast. Three were flown to a hospital, the rest treated on site."))
                .containsExactly("The army", "The army");
    }
}
