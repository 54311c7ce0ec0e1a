package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that read the article around a count of a fate ({@link OthersOfFate}, {@link ArticleEvents}):
 * counted.others-of-fate, counted.event-antecedent, counted.article-event,
 * counted.part-of-set ({@link PartsOfSets}). Phrasings written for these
 * tests, none taken from the eval articles or corpora.
 */
class ArticleEventsRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void othersAndMoreBeforeAFateCountThePeopleTheSentenceCounts() {
        assertThat(counted("Officials said 31 passengers drowned and 12 others were missing.")).containsExactly("passengers drowned", "passengers missing");
        assertThat(counted("The police said the gunman wounded dozens more.")).containsExactly("people wounded");
        // the others were hurt in the event the figure before names
        assertThat(counted("The landslide at Orvale killed 7 people and injured 20 others.")).containsExactly("people killed in the landslide at Orvale",
                "people injured in the landslide at Orvale");
        assertThat(counted("The blast at the depot killed 4 workers and wounded more than 30 others.")).containsExactly("workers killed in the blast at the depot",
                "workers wounded in the blast at the depot");
        // a phrase that names its own event keeps it
        assertThat(counted("The blast at the depot killed 4 workers, and 30 others were injured in the fire that followed.")).last()
                .isEqualTo("workers injured in the fire");
        // not a count of no fate: "two more buses arrived"
        assertThat(counted("Officials said two more buses arrived on Monday.")).containsExactly("more buses arrived");
    }

    @Test
    void anEventNamedByReferenceTakesItsEarlierMention() {
        assertThat(counted("Police said the explosions at two depots in Marlow had been planned for weeks. Those blasts killed 8 workers."))
                .contains("workers killed in the explosions at two depots in Marlow");
        // no earlier mention that says more than its noun: the reference stays
        assertThat(counted("Police said an explosion had been heard. Those blasts killed 8 workers.")).contains("workers killed in those blasts");
    }

    @Test
    void aFateOfTheArticlesEventTakesItsMentionInTheLead() {
        assertThat(counted("A landslide on the coast road near Varden buried a bus on Tuesday. Rescuers said 9 people died."))
                .containsExactly("people died in a landslide on the coast road near Varden");
        // the mention stops before a time: "on Saturday"
        assertThat(counted("A strong earthquake on Saturday shook the hill towns of Orvale. Officials said 12 people died."))
                .containsExactly("people died in a strong earthquake");
        // a phrase that names its event keeps it; a count of no fate takes none
        assertThat(counted("A landslide hit the coast road near Varden. Rescuers said 9 people died in the landslide.")).containsExactly("people died in the landslide");
        assertThat(counted("A landslide hit the coast road near Varden. Rescuers said 40 volunteers joined the search.")).containsExactly("volunteers joined the search");
    }

    @Test
    void aMentionNeitherEndsInNorIsATime() {
        // "in recent weeks" ends the mention, as "on Saturday" does: "the clashes", not "the clashes in recent weeks"
        assertThat(counted("The clashes in recent weeks near the border town of Osk have spread. Medics said 30 people were killed."))
                .containsExactly("people killed in the clashes");
        // a mention that is only a time ("fighting in recent weeks") names no event
        assertThat(counted("Aid stalled amid fighting in recent weeks, the agency said. Medics said 30 people were killed."))
                .containsExactly("people killed");
    }

    @Test
    void aCountWithAScopeSinceAMonthOrAYearKeepsIt() {
        // a toll since a month or a year is of the whole conflict, not of the attack the lead names
        assertThat(counted("A mortar attack on the market of Osk killed 12 people on Monday. Officials said 3,400 people have been killed since March 2019."))
                .last().isEqualTo("people killed");
    }

    @Test
    void aPartOfASetNamedBeforeIsCountedInThatSet() {
        assertThat(counted("The agency lists 90 depots closed for \"fire safety breaches\" since 2012. At least 20 of the breaches involved wiring,"
                + " and dozens more involved storage.")).containsExactly("depots closed", "fire safety breaches that involved wiring",
                "fire safety breaches that involved storage");
        // a set named with no modifier: its noun
        assertThat(counted("Officials counted 60 planes at the base. 18 of the planes were grounded.")).last().isEqualTo("planes that were grounded");
        // not a figure that has a phrase, nor "more" with no part of a set before it
        assertThat(counted("Crews cleared 12 of the roads on Monday.")).noneMatch(p -> p.contains(" that "));
        assertThat(counted("The storm felled 40 trees, and dozens more fell overnight.")).doesNotContain("trees that fell overnight");
    }

    @Test
    void notAnObjectThatNamesNoEvent() {
        // "ferry" and "bomb" name things, not events: no mention
        assertThat(counted("A ferry of the island line was towed to port. Officials said 30 people were rescued.")).containsExactly("people rescued");
    }
}
