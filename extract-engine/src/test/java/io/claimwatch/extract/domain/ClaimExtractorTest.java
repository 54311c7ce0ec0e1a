package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End-to-end: counted phrase, claimant, dates, modality and the API contract. */
class ClaimExtractorTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static ExtractedClaim only(String text, LocalDate pub) {
        List<ExtractedClaim> cs = X.extract(text, pub).claims();
        assertThat(cs).as(text).hasSize(1);
        ExtractedClaim c = cs.get(0);
        assertThat(text.substring(c.start(), c.end())).isEqualTo(c.quote());
        return c;
    }

    @Test
    void emptyAndNullText() {
        assertThat(X.extract("", null).claims()).isEmpty();
        assertThat(X.extract(null, null).claims()).isEmpty();
        assertThat(X.extract("   \n\n", null).extractorVersion()).isEqualTo(ClaimExtractor.VERSION).startsWith("rules-");
    }

    @Test
    void neverThrowsOnOddText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) sb.append((char) (i * 7919 % 0x2FFF)).append(i % 13 == 0 ? "\n" : " 1,0").append(i);
        assertThat(X.extract(sb.toString(), null)).isNotNull();
        assertThat(X.extract("$$$ ,,, 1,,, -- - 5- -5 %%% 1e10 99999999999999999999999 \"\" “", null)).isNotNull();
    }

    @Test
    void longTextWithoutPunctuationIsCutAndRead() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) sb.append(i % 97).append(" people ");
        // ~2 MB, no punctuation, no newline: cut into units, still read (speed lives in benchmarks/)
        assertThat(X.extract(sb.toString(), null).claims()).isNotEmpty();
    }

    @Test
    void reportedCountWithCapture() {
        ExtractedClaim c = only("Ukraine’s SBU stated that its commandos captured no fewer than 102 Russian conscripts "
                + "and members of special forces on Wednesday alone.", LocalDate.of(2024, 8, 16));
        assertThat(c.hedge()).isEqualTo(Hedge.AT_LEAST);
        assertThat(c.low()).isEqualByComparingTo("102");
        assertThat(c.high()).isNull();
        assertThat(c.claimant()).isEqualTo("Ukraine’s SBU");
        assertThat(c.counted()).isEqualTo("Russian conscripts and members of special forces captured");
        assertThat(c.eventStart()).isEqualTo(new PartialDate(2024, 8, 14));
        assertThat(c.eventEnd()).isEqualTo(new PartialDate(2024, 8, 14));
        assertThat(c.numberText()).isEqualTo("no fewer than 102");
        assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void weekdayNeedsAPublicationDate() {
        ExtractedClaim c = only("Ukraine’s SBU stated that its commandos captured 102 soldiers on Wednesday.", null);
        assertThat(c.eventStart()).isNull();
    }

    @Test
    void nominalisedCaptureAndAppositiveAnnouncer() {
        ExtractedClaim c = only("The previous day, the Ukrainian Security Service (SBU) had announced the capture of "
                + "102 Russian soldiers belonging to the 488th motorized rifle regiment.", null);
        assertThat(c.counted()).isEqualTo("Russian soldiers captured");
        assertThat(c.claimant()).isEqualTo("the Ukrainian Security Service (SBU)");
    }

    @Test
    void personAppositive() {
        ExtractedClaim c = only("Victoria Solodukhina, from the Ukrainian organization Nadiya, estimates that up to 150 "
                + "Ukrainian servicemen may have been captured.", null);
        assertThat(c.claimant()).isEqualTo("Victoria Solodukhina");
        assertThat(c.hedge()).isEqualTo(Hedge.AT_MOST);
        assertThat(c.modality()).isEqualTo(Modality.ESTIMATE);
        assertThat(c.counted()).isEqualTo("Ukrainian servicemen captured");
    }

    @Test
    void accordingToTitleThenName() {
        ExtractedClaim c = only("According to the army’s commander-in-chief, Oleksandr Syrsky, troops continue to "
                + "advance, with gains of 1 to 3 kilometers in some areas.", null);
        assertThat(c.claimant()).isEqualTo("Oleksandr Syrsky");
        assertThat(c.unit()).isEqualTo("km");
        assertThat(c.hedge()).isEqualTo(Hedge.RANGE);
    }

    @Test
    void demonstrativeResolvesToNamedUnit() {
        List<ExtractedClaim> cs = X.extract("The 80th Air Assault Brigade even published a video. According to this "
                + "brigade, more than fifty Russian soldiers were captured in the first hours of the assault.", null).claims();
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).claimant()).isEqualTo("80th Air Assault Brigade");
    }

    @Test
    void quoteTailAndPronoun() {
        String text = "Ukraine said Thursday that its forces had captured nearly 1,000 Russian soldiers.\n\n"
                + "\"During the operation, Ukrainian forces captured 909 Russian servicemen,\" the Ukrainian military said in a statement.\n\n"
                + "\"This made it possible to bring home hundreds of Ukrainian defenders,\" it added.";
        List<ExtractedClaim> cs = X.extract(text, LocalDate.of(2025, 1, 9)).claims();
        assertThat(cs).extracting(ExtractedClaim::claimant)
                .containsExactly("Ukraine", "the Ukrainian military", "the Ukrainian military");
        assertThat(cs.get(0).statementDate()).isEqualTo(new PartialDate(2025, 1, 9));
        assertThat(cs.get(0).hedge()).isEqualTo(Hedge.NEARLY);
    }

    @Test
    void outletVoiceHasNoClaimant() {
        ExtractedClaim c = only("In a significant development, Ukrainian forces have captured over 100 Russian soldiers in the region.", null);
        assertThat(c.claimant()).isNull();
        assertThat(c.counted()).isEqualTo("Russian soldiers captured in the region");
    }

    @Test
    void evidentialSubjects() {
        assertThat(only("Reports indicate that hundreds of Russian soldiers have voluntarily surrendered.", null).claimant())
                .isEqualTo("Reports");
        ExtractedClaim c = only("While the exact number of Russian soldiers captured in the region remains undisclosed, "
                + "sources suggest it could be in the hundreds.", null);
        assertThat(c.claimant()).isEqualTo("sources");
        assertThat(c.counted()).isEqualTo("Russian soldiers captured");
    }

    @Test
    void explicitPeriodAndRelativeDay() {
        ExtractedClaim p = only("According to Ukrainian military leadership, the 971 captures took place between "
                + "August 6, 2024, and May 25, 2025.", null);
        assertThat(p.eventStart().toIso()).isEqualTo("2024-08-06");
        assertThat(p.eventEnd().toIso()).isEqualTo("2025-05-25");
        List<ExtractedClaim> cs = X.extract("The General Staff released the statement on May 25, 2025, a day after 303 "
                + "Ukrainian prisoners of war were returned home.", null).claims();
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).eventStart().toIso()).isEqualTo("2025-05-24");
    }

    @Test
    void sinceYear() {
        ExtractedClaim c = only("There have been at least 54 exchanges of prisoners of war since the full-scale invasion in 2022.", null);
        assertThat(c.eventStart().toIso()).isEqualTo("2022");
        assertThat(c.eventEnd()).isNull();
    }

    @Test
    void dayWithoutYearStaysNullWithoutEvidence() {
        ExtractedClaim c = only("The exchange ended on May 24 with 303 soldiers returned.", null);
        assertThat(c.eventStart()).isNull();
        ExtractedClaim d = only("The exchange ended on May 24 with 303 soldiers returned.", LocalDate.of(2025, 5, 26));
        assertThat(d.eventStart().toIso()).isEqualTo("2025-05-24");   // year from the publication date
    }

    @Test
    void onDateInClause() {
        ExtractedClaim d = only("Rescuers pulled 40 people from the rubble on May 24.", LocalDate.of(2025, 5, 26));
        assertThat(d.eventStart().toIso()).isEqualTo("2025-05-24");
    }

    @Test
    void headlineSaysAndDuplicateLine() {
        String text = "Homepage News Ukraine Captures 1,000 Russian Soldiers in Kursk Offensive\n\n"
                + "Ukraine Captures 1,000 Russian Soldiers in Kursk Offensive\n\n"
                + "The army said the operation went on for many weeks and was a success for the whole country.\n\n"
                + "Hundreds of Ukrainians Return Home\n\nMore text follows here.";
        List<ExtractedClaim> cs = X.extract(text, null).claims();
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).counted()).isEqualTo("Russian Soldiers captured in Kursk Offensive");
    }

    @Test
    void tweetSignature() {
        String text = "A long paragraph of the article body, which is long enough to count as prose, explains the "
                + "context of the event in some detail, so that it is long enough in total length for sure, as long paragraphs of news prose are.\n\n"
                + "Unbelievable.\n\nAbout 100 Russian troops, basically an entire company, surrendering.\n\n"
                + "We have never seen this. pic.twitter.com/abc — Jane Doe (@janedoe) August 15, 2024\n\nMore prose.";
        ExtractedClaim c = only(text, null);
        assertThat(c.claimant()).isEqualTo("Jane Doe");
        assertThat(c.hedge()).isEqualTo(Hedge.APPROXIMATE);
    }

    @Test
    void aSignedPostInALongLineReachesBackAPostsLengthOnly() {
        // claimant.signed-post-extent: the article run into one line; the prose before the post keeps its own source
        String text = "The mill employs about 300 people, the company said. The town council, which met on Monday evening "
                + "in the old library, heard from residents, shop owners and the local school about the plans for the site "
                + "and the road that leads to it, and it will meet again in the spring to hear more from them all. "
                + "We won today after 12 years! — Valley Group (@valleygroup) May 2, 2024 More prose follows here.";
        List<ExtractedClaim> cs = X.extract(text, null).claims();
        assertThat(cs).extracting(ExtractedClaim::claimant).containsExactly("the company");
    }

    @Test
    void publicationDateFromDateline() {
        assertThat(X.extract("Headline\n\nMay 6, 2025\n\nBody text with 5 people.", null).publicationDate())
                .isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(X.extract("Headline\n\nBody text from May 6, 2025 with 5 people hurt in the blast.", null).publicationDate())
                .isNull();
        assertThat(X.extract("x 5 people.", LocalDate.of(2020, 1, 1)).publicationDate()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void projection() {
        ExtractedClaim c = only("The death toll is expected to exceed 200, officials said.", null);
        assertThat(c.modality()).isEqualTo(Modality.PROJECTION);
        assertThat(c.claimant()).isEqualTo("officials");
    }

    @Test
    void measureNounSubject() {
        ExtractedClaim c = only("The death toll rose to 45 on Friday.", null);
        assertThat(c.counted()).isEqualTo("killed (death toll)");
    }
}
