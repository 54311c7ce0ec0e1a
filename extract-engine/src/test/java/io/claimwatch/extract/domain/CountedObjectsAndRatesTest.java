package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code counted.verb-article-object} ({@link NounPhrases}): the noun's own verb after it keeps an object that opens
 * with an article; {@code counted.sum-per-unit} ({@link CountedSumsPerUnit}): a sum "a/per" a noun says what it is per.
 * Phrasings written for these tests, none taken from the eval articles or corpora.
 */
class CountedObjectsAndRatesTest {

    @Test
    void anObjectWithAnArticleStaysWithTheVerb() {
        assertThat(only("About 200 residents attended the hearing, the council said.").counted()).isEqualTo("residents attended the hearing");
        assertThat(only("Fourteen pupils won a prize for the school.").counted()).startsWith("pupils won a prize");
        assertThat(only("Twelve workers left the plant early.").counted()).isEqualTo("workers left the plant");
    }

    @Test
    void notATimeAfterTheVerb() {
        assertThat(only("Six hikers died the next day.").counted()).isEqualTo("hikers died");
        assertThat(only("Nine families left the same week.").counted()).isEqualTo("families left");
    }

    @Test
    void notAnObjectOfMoreThanThreeWords() {
        assertThat(only("Forty delegates signed the long awaited regional trade charter.").counted()).isEqualTo("delegates signed");
    }

    @Test
    void aSumPerANounNamesIt() {
        assertThat(only("The town's ferry costs $3 per person.").counted()).isEqualTo("town's ferry cost per person (US dollars)");
        assertThat(only("The chain now charges $6 a gallon at its coastal stations.").counted()).isEqualTo("chain now per gallon (US dollars)");
        assertThat(only("The ferry line said fares would rise to 4 euros per passenger.").counted()).isEqualTo("euros fares per passenger");
    }

    @Test
    void anOfAfterTheNounAndAConversionBeforeIt() {
        assertThat(only("Drivers paid nearly $5 per gallon of diesel in May.").counted()).contains("per gallon of diesel (US dollars)");
        assertThat(CountedPhraseRulesTest.all("Brent rose to $80 (£60) a barrel.").get(0).counted()).isEqualTo("Brent per barrel (US dollars)");
    }

    @Test
    void notATimeAgoNorANounThePhraseNamesAlready() {
        assertThat(only("Profit was $75 million a year ago.").counted()).isEqualTo("Profit (US dollars)");
        assertThat(only("Analysts expect the chain to earn 41 cents per share this year.").counted()).isEqualTo("earnings per share");
        assertThat(only("The company paid $8 million a year in rent.").counted()).doesNotContain("per year ago");
    }
}
