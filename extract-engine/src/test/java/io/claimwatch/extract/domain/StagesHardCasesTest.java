package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hard cases of each later stage (counted phrase, attribution, time, modality), through the
 * whole engine because those stages read the sentence around a figure. Each asserts the exact value.
 * The phrasings come from wire copy, broadcasters' sites and papers on other topics than the seeds.
 */
class StagesHardCasesTest {

    // ------------------------------------------------------------------ modality

    @Test
    void couldReachIsAProjection() {
        ExtractedClaim c = only("Officials warned that the number of dead could reach 20,000.", null);
        assertThat(c.modality()).isEqualTo(Modality.PROJECTION);
        assertThat(c.low()).isEqualByComparingTo("20000");
        assertThat(c.hedge()).isEqualTo(Hedge.EXACT);
        assertThat(c.counted()).isEqualTo("dead");
        assertThat(c.claimant()).isEqualTo("Officials");
    }

    @Test
    void mayHaveBeenAndTalkOfAreEstimates() {
        assertThat(only("Up to 150 servicemen may have been captured.", null).modality()).isEqualTo(Modality.ESTIMATE);
        ExtractedClaim c = only("There is talk of upwards of 1,000 soldiers being captured.", null);
        assertThat(c.modality()).isEqualTo(Modality.ESTIMATE);
        assertThat(c.hedge()).isEqualTo(Hedge.MORE_THAN);
    }

    // ------------------------------------------------------------------ counted phrase

    @Test
    void aSentenceCutAtItsCopulaKeepsItsFigure() {
        // a teaser or a headline cut short ("Officials said 12 people were"): nothing after the verb to read
        List<ExtractedClaim> cs = all("Officials said 12 people were", null);
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).low()).isEqualByComparingTo("12");
        assertThat(cs.get(0).counted()).isEqualTo("people");
        Extraction e = EXTRACTOR.extract("Of the 300 passengers, 12 were", null);
        assertThat(e.failures()).isEmpty();
        assertThat(e.claims()).isNotEmpty();
    }

    @Test
    void aSentenceCutAfterBetweenAWrittenNumberOrAListOfSharesKeepsItsFigures() {
        // "between 10" at the end (age.people-between read past it), "from four" (a written number is no year), a list
        // of shares that runs to the end (share-of-whole looked for its predicate past it)
        for (String cut : List.of("the attack, which she said was carried out by between 10",
                "Seamen were accepting pay offers of 120 pct from four",
                "the report shows that 85% of traffic stops, 90% of citations, 93% of arrests")) {
            Extraction e = EXTRACTOR.extract(cut, null);
            assertThat(e.failures()).as(cut).isEmpty();
            assertThat(e.claims()).as(cut).isNotEmpty();
        }
    }

    // ------------------------------------------------------------------ attribution

    @Test
    void saidAfterTheFigure() {
        assertThat(only("About 40,000 people fled their homes, police said.", null).claimant()).isEqualTo("police");
    }

    @Test
    void headlineSays() {
        assertThat(only("Union Says 87% Of Members Back Strike", null).claimant()).isEqualTo("Union");
    }

    @Test
    void heSaidResolvesToThePreviousSentencesNamedPerson() {
        List<ExtractedClaim> cs = all("Azerbaijan's presidential adviser, Hikmet Hajiyev, said the exchange was a step "
                + "towards building trust. He said Baku was still holding a further 23 Armenians.", null);
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).claimant()).isEqualTo("Hikmet Hajiyev");
        assertThat(cs.get(0).counted()).isEqualTo("Armenians held");
    }

    @Test
    void indefiniteAppositiveDescribesTheName() {
        ExtractedClaim c = only("Siranush Sahakyan, a lawyer who represents detainees' families, estimates that as many "
                + "as 55 Armenians may still be in Azerbaijani custody.", null);
        assertThat(c.claimant()).isEqualTo("Siranush Sahakyan");
        assertThat(c.counted()).isEqualTo("Armenians in Azerbaijani custody");
        assertThat(c.hedge()).isEqualTo(Hedge.AT_MOST);
    }

    @Test
    void aContrastingClauseHasItsOwnSource() {
        List<ExtractedClaim> cs = all("More than a million people marched on Thursday, according to the interior ministry, "
                + "while unions put the turnout at over two million.", null);
        assertThat(cs).extracting(ExtractedClaim::claimant).containsExactly("the interior ministry", "unions");
        List<ExtractedClaim> ds = all("In Paris, police counted 80,000 protesters, while the CGT union said 400,000 had "
                + "taken to the streets.", null);
        assertThat(ds).extracting(ExtractedClaim::claimant).containsExactly("police", "the CGT union");
    }

    @Test
    void aQuotationGoesOnInTheNextSentence() {
        List<ExtractedClaim> cs = all("\"We lost 11 members of my family,\" said Hassan Ait Lahcen, a farmer. "
                + "\"There were 80 houses here.\"", null);
        assertThat(cs).extracting(ExtractedClaim::claimant).containsExactly("Hassan Ait Lahcen", "Hassan Ait Lahcen");
    }

    @Test
    void nounsThatLookLikeReportingVerbs() {
        ExtractedClaim c = only("The fire grew to 358,000 acres, making it the fourth-largest wildfire in state history, "
                + "Cal Fire said.", null);
        assertThat(c.claimant()).isEqualTo("Cal Fire");
        assertThat(c.counted()).isEqualTo("acres fire");
    }

    @Test
    void activeExpectedAttributes() {
        ExtractedClaim c = only("Economists polled by Reuters had expected a reading of 3.1%.", null);
        assertThat(c.claimant()).isEqualTo("Economists polled by Reuters");
        assertThat(c.counted()).isEqualTo("reading expected (pct)");
    }

    // ------------------------------------------------------------------ counted phrase

    @Test
    void subjectOfALinkingVerb() {
        assertThat(only("Consumer prices rose 3.2% in the year to March.", null).counted()).isEqualTo("pct rise in Consumer prices");
        assertThat(only("The average mortgage rate stands at 5.91%.", null).counted()).isEqualTo("average mortgage rate (pct)");
        assertThat(only("Government borrowing came in at £120.7bn.", null).counted()).isEqualTo("Government borrowing (pounds sterling)");
        assertThat(only("Bank holds rates at 5.25%", null).counted()).isEqualTo("rates (pct)");
        assertThat(only("The plan would raise the retirement age to 64.", null).counted()).isEqualTo("retirement age raised");
        assertThat(only("It is bigger than Los Angeles, which covers about 300,000 acres.", null).counted())
                .isEqualTo("acres Los Angeles");
    }

    @Test
    void titleCaseHeadlineVerbBeforeTheNumber() {
        ExtractedClaim c = only("Floods Kill At Least 42 In Southern Province", null);
        assertThat(c.counted()).isEqualTo("Floods killed");
        assertThat(c.hedge()).isEqualTo(Hedge.AT_LEAST);
        assertThat(c.low()).isEqualByComparingTo("42");
    }

    @Test
    void ratesMoneyAndComplements() {
        assertThat(only("The strike would cost the industry roughly £25 million a day.", null).counted()).isEqualTo("cost to the industry per day (pounds sterling)");
        assertThat(only("Households have lost roughly £2,300 in purchasing power.", null).counted())
                .isEqualTo("purchasing power lost (pounds sterling)");
        assertThat(only("Roughly 26,000 people were under evacuation orders.", null).counted())
                .isEqualTo("people under evacuation orders");
        assertThat(only("The committee held the rate, with two members backing a cut.", null).counted()).isEqualTo("members backing");
        assertThat(all("The alliance won 79 of the 230 seats.", null).get(0).counted()).isEqualTo("seats won");
        assertThat(only("It lacks a majority in the 577-seat National Assembly.", null).counted())
                .isEqualTo("seat National Assembly");
    }

    @Test
    void aBareFigureCountsWhatTheFigureBeforeItCounts() {
        List<ExtractedClaim> cs = all("Consumer prices rose 3.2% in the 12 months to March, down from 3.4% in February.", null);
        assertThat(cs).extracting(ExtractedClaim::counted)
                .containsExactly("pct rise in Consumer prices", "pct rise in Consumer prices");
    }

    // ------------------------------------------------------------------ time

    @Test
    void saidThursdayIsTheStatementDate() {
        ExtractedClaim c = only("The government said Thursday that at least 50,000 homes had been damaged.", LocalDate.of(2023, 9, 14));
        assertThat(c.statementDate()).isEqualTo(new PartialDate(2023, 9, 14));
        assertThat(c.claimant()).isEqualTo("The government");
    }

    @Test
    void weekdayPossessiveAndByWeekday() {
        LocalDate monday = LocalDate.of(2024, 3, 11);
        ExtractedClaim c = only("The alliance won 79 seats in Sunday's snap election.", monday);
        assertThat(c.eventStart()).isEqualTo(new PartialDate(2024, 3, 10));
        ExtractedClaim d = only("The fire grew to 358,000 acres by Monday morning.", monday);
        assertThat(d.eventStart()).isNull();
        assertThat(d.eventEnd()).isEqualTo(new PartialDate(2024, 3, 11));
    }

    @Test
    void monthWithoutDayTakesTheYearOfPublication() {
        ExtractedClaim c = only("Inflation slowed to 3.2% in March.", LocalDate.of(2024, 4, 18));
        assertThat(c.eventStart().toIso()).isEqualTo("2024-03");
        ExtractedClaim d = only("More than 100,000 people fled in September.", LocalDate.of(2024, 2, 1));
        assertThat(d.eventStart().toIso()).isEqualTo("2023-09");           // a later month is last year's
        ExtractedClaim e = only("Prices rose 3.2% in the 12 months to March.", LocalDate.of(2024, 4, 18));
        assertThat(e.eventStart().toIso()).isEqualTo("2023-04-01");           // the 12 months up to March (date.reference-period)
        assertThat(e.eventEnd().toIso()).isEqualTo("2024-03-31");
    }

    @Test
    void weekdayElsewhereInTheSentence() {
        ExtractedClaim c = only("On Wednesday alone, rescuers pulled 14 survivors from the rubble, officials said.",
                LocalDate.of(2023, 9, 14));                                    // a Thursday
        assertThat(c.eventStart()).isEqualTo(new PartialDate(2023, 9, 13));
        assertThat(c.eventEnd()).isEqualTo(new PartialDate(2023, 9, 13));
        assertThat(c.claimant()).isEqualTo("officials");
    }

    @Test
    void wireDatelineGivesThePublicationDate() {
        Extraction x = EXTRACTOR.extract("France protests\n\nPARIS, Jan 19, 2023 (AFP) - More than a million people marched "
                + "across France on Thursday, according to the interior ministry.", null);
        assertThat(x.publicationDate()).isEqualTo(LocalDate.of(2023, 1, 19));
        assertThat(x.claims()).hasSize(1);
        assertThat(x.claims().get(0).eventStart()).isEqualTo(new PartialDate(2023, 1, 19));
        assertThat(EXTRACTOR.extract("LISBON, March 11 (Reuters) - The alliance won 79 seats.", null).publicationDate()).isNull();
    }

    // ------------------------------------------------------------------ claimants in news at large

    @Test
    void reportingVerbsThatAreNounsAttributeOnlyAsVerbs() {
        assertThat(only("Floods swept through northern states, with 12 dead in the capital.", null).claimant()).isNull();
        assertThat(only("The minister said in his latest report on the floods that 40 homes were lost.", null).claimant())
                .isEqualTo("The minister");
        assertThat(only("Households have lost £1,900 in income since 2020, the Policy Institute estimates.", null).claimant())
                .isEqualTo("the Policy Institute");
        assertThat(only("Analysts estimate fewer than 300 sites were inspected.", null).claimant()).isEqualTo("Analysts");
    }

    @Test
    void theOutletNarratesAgainAfterACommaAs() {
        List<ExtractedClaim> cs = all("Police recovered 9 bodies, the coast guard said, as divers searched for about 20 missing.", null);
        assertThat(cs).extracting(ExtractedClaim::claimant).containsExactly("the coast guard", null);
    }

    @Test
    void aParticipleClauseDescribesTheSubject() {
        assertThat(only("Local radio and the news agency Nova, reporting from the port, said 40 had been rescued.", null).claimant())
                .isEqualTo("Local radio and the news agency Nova");
    }

    @Test
    void heSaidMeansTheSpeakerOfTheSentenceNotACommonNounInItsComplement() {
        List<ExtractedClaim> cs = all("Colonel Ana Ruiz said the toll would rise and that authorities there had confirmed it. "
                + "About 80 soldiers were among the dead, she said.", null);
        assertThat(cs.get(0).claimant()).isEqualTo("Colonel Ana Ruiz");
    }

    @Test
    void aHeadlineNamesItsSourceAfterADash() {
        List<ExtractedClaim> cs = all("Measles kills 40 in Chad – WHO\n\nThe WHO urged parents to vaccinate their children.", null);
        assertThat(cs.get(0).claimant()).isEqualTo("WHO");
        // a page title's masthead, or a name the article never comes back to, is not a source
        assertThat(all("Floods kill 30 in Kenya - BBC News\n\nRains went on for a week.", null).get(0).claimant()).isNull();
        assertThat(all("Floods kill 30 in Kenya - Daily Courier\n\nRains went on for a week.", null).get(0).claimant()).isNull();
    }

    @Test
    void aParagraphOfQuotationContinuesTheLastSpeaker() {
        List<ExtractedClaim> cs = all("The agency said 14 new cases were recorded.\n\n\"Ten teams have been deployed to the districts.\"", null);
        assertThat(cs).extracting(ExtractedClaim::claimant).containsExactly("The agency", "The agency");
    }

    @Test
    void aNameBeforeItsAppositiveAfterTheFigure() {
        assertThat(only("The party took 61 seats, Maria Costa, head of the electoral board, told reporters.", null).claimant())
                .isEqualTo("Maria Costa");
    }

    @Test
    void theWholeAndTheThresholdAreNotAsserted() {
        List<ExtractedClaim> cs = all("The Greens won 41 of the 120 seats, official results showed, short of the 61 needed for a majority.", null);
        assertThat(cs).extracting(ExtractedClaim::claimant).containsExactly("official results", null, null);
    }

    @Test
    void aSourceNamedBeforeTheFigureReportsTheWholeToo() {
        // claimant.background gives way to a speaker before the figure, whose reported clause holds the whole
        assertThat(all("The harbour master said 19 of the 240 fishing boats in the bay had sunk.", null))
                .extracting(ExtractedClaim::claimant).containsExactly("The harbour master", "The harbour master");
        assertThat(all("According to the port authority, 19 of the 240 fishing boats in the bay had sunk.", null))
                .extracting(ExtractedClaim::claimant).containsExactly("the port authority", "the port authority");
        // (a source after the figure leaves the whole a known fact)
        assertThat(all("About 19 of the 240 fishing boats in the bay had sunk, the harbour master said.", null))
                .extracting(ExtractedClaim::claimant).containsExactly("the harbour master", null);
    }

    @Test
    void figuresThatCountTheSpeakersThemselves() {
        List<ExtractedClaim> cs = all("Of the 30 analysts polled, 21 had predicted a cut.", null);
        assertThat(cs).extracting(ExtractedClaim::claimant).containsExactly(null, null);
        assertThat(only("Traders are betting on three rate cuts this year.", null).claimant()).isEqualTo("Traders");
        assertThat(only("The weather service expects highs of 38C on Friday.", null).claimant()).isEqualTo("The weather service");
        // a verb coordinated with the subject of the sentence has no subject after the figure
        assertThat(only("The bank cut its rate by 25 basis points, as expected by analysts, and said it would cut again.", null)
                .claimant()).isNull();
    }

    @Test
    void heAfterASentenceLedByAPersonsName() {
        List<ExtractedClaim> cs = all("The agency said 1,100 people had died this year. Governor Luis Araya, 61, asked for more staff. "
                + "\"We have four nurses for 500 patients,\" he told reporters.", null);
        assertThat(cs).extracting(ExtractedClaim::claimant).containsExactly("The agency", "Governor Luis Araya", "Governor Luis Araya");
    }

    @Test
    void theDayAfterAnAbbreviatedMonthDoesNotStartASentence() {
        assertThat(all("Voters queue outside a polling station early in the morning, Feb. 19, in Lahore.", null)).isEmpty();
    }
}
