package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subject readers of a sum or measure with no noun after it ({@link CountedSubjects}): a passive
 * brought to a level, a change said of a month, a verb that
 * pushes a quantity to a level, a move "from" one level "to" another. Sentences of our own, none from the corpora.
 */
class CountedSubjectRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aPassiveBroughtToALevelMeasuresItsSubject() {
        assertThat(counted("Payments on the state's foreign debt will be limited to 600 mln dlrs this year.")).last().asString()
                .contains("foreign debt");
        assertThat(counted("The base rate was cut to 3.5% on Thursday.")).last().asString().contains("base rate");
    }

    @Test
    void aLevelToldBeforeTheNumberOfCountsWhatTheNumberIsOf() {
        // level-named-after: "brought to 9 the number of killings": not the verb, the killings
        assertThat(counted("The attack brought to 9 the number of killings since the ceasefire.")).first().asString()
                .startsWith("killings").doesNotStartWith("brought");
        assertThat(counted("Sunday's shooting pushed to 14 the number of police officers killed this year.")).first().asString()
                .startsWith("police officers");
    }

    @Test
    void aChangeSaidOfAMonthStillNamesItsSubject() {
        assertThat(counted("The budget gap narrowed by 2.2% in March to $31.9bn.")).last().asString().contains("budget gap");
    }

    @Test
    void bothLevelsOfAMoveFromOneToAnotherMeasureTheVerbsSubject() {
        assertThat(counted("The monthly ticket revenue shortfall shrank from 18% to 11% over the autumn."))
                .containsExactly("monthly ticket revenue shortfall (pct)", "monthly ticket revenue shortfall (pct)");
        assertThat(counted("Farm exports rose from $4 billion to $5 billion in a decade.")).first().asString().contains("Farm exports");
        // "from" after a verb that moves nothing between levels says nothing of its subject
        assertThat(counted("The minister flew from 3 cities to the capital.")).first().asString().doesNotContain("minister");
    }

    @Test
    void aVerbThatPushesAQuantityToALevelMeasuresItsObject() {
        assertThat(counted("Heavy spending pushed the quarterly deficit to $214bn.")).last().asString().contains("quarterly deficit");
        // "to" after a verb that brings nothing to a level says nothing of the noun before it
        assertThat(counted("Donors sent the relief convoy to 40 villages.")).last().asString().doesNotContain("convoy");
    }
}
