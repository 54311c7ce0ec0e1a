package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counted-phrase rules of a count of charges with its offence (charge-offence) and of a bare count in a
 * state of health after a count of people (same-count-in-state). Sentences of our own, none from the corpora.
 */
class CountedChargesAndStatesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aCountOfChargesKeepsItsOffence() {
        assertThat(counted("The driver was jailed on 12 counts of attempted second-degree arson.")).first().asString()
                .startsWith("counts of attempted second-degree arson");
        assertThat(counted("She was charged with four counts of armed robbery on Monday.")).first().asString()
                .startsWith("counts of armed robbery");
        assertThat(counted("He faces 30 counts of fraud and identity theft, prosecutors said.")).first().asString()
                .startsWith("counts of fraud and identity theft");
        assertThat(counted("The landlord pleaded guilty to three felonies of aggravated stalking.")).first().asString()
                .startsWith("felonies of aggravated stalking");
        // the offence stops before a participle and a verb that goes on
        assertThat(counted("He faces 7 counts of arson filed by the county.")).first().asString().startsWith("counts of arson");
        assertThat(counted("Police brought 7 counts of arson, a spokesman said.")).first().asString().startsWith("counts of arson")
                .doesNotContain("spokesman");
        assertThat(counted("Police brought 5 charges of theft involving a church.")).first().asString().doesNotContain("involving");
        // another figure after "and" has its own noun
        assertThat(counted("He faces 2 counts of burglary and 3 counts of theft.")).first().asString().startsWith("counts of burglary");
        assertThat(counted("He faces 2 counts of burglary and 3 counts of theft.")).first().asString().doesNotContain("theft");
    }

    @Test
    void aBareCountInAStateOfHealthCountsThePeopleBeforeInThatState() {
        // (the crash, the article's event, may follow the state)
        assertThat(counted("Nine people were hurt in the crash, two in critical condition and seven in stable condition."))
                .anyMatch(c -> c.startsWith("people hurt in critical condition")).anyMatch(c -> c.startsWith("people hurt in stable condition"));
        assertThat(counted("Officials said 14 workers were taken to hospital, three in a serious but stable condition."))
                .anyMatch(c -> c.startsWith("workers") && c.endsWith("in serious but stable condition"));
        // a place after "in" is not a state
        assertThat(counted("Nine died in Sonora, four in Sinaloa.")).contains("people died in Sinaloa");
        // no figure of people before: no state
        assertThat(counted("The hospital has 3 in intensive care.")).noneMatch(c -> c.contains("condition"));
    }
}
