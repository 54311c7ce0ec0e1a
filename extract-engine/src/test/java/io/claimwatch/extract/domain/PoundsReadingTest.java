package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.mentions;
import static io.claimwatch.extract.domain.Fixtures.one;
import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** pounds-money (PoundsReading): "pounds" are money where a conversion follows, money is counted, or the story is British. */
class PoundsReadingTest {

    private static final LocalDate PUB = LocalDate.of(2010, 4, 7);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a word of money before the figure (lexicon/pounds-money-words.txt)
            "The walkouts in March cost BA 43 million pounds.|true",
            "Last week the airline announced a full-year loss of 531 million pounds.|true",
            "The defendants were fined 30,000 pounds each.|true",
            "Analysts said the bid, valuing the business at around 2.8 billion pounds, was low.|true",
            // a conversion in a currency after it
            "The impact of that is 45 million pounds ($68.55 million), he said.|true",
            "The foundation gave CAGE 120,000 pounds, or more than $180,000, in those years.|true",
            // a weight: before \"of\", or nothing that names money
            "The company said it is losing 2 million pounds of copper a day.|false",
            "Boar's Head recalls more than 200,000 pounds of deli meat.|false",
            "You're talking about an animal that's over 400 pounds and extremely strong.|false",
            "They can weigh more than 400 pounds.|false",
    })
    void readsPounds(String sentence, boolean money) {
        Mention m = mentions(sentence).get(0);
        assertThat(PoundsReading.money(sentence, Tok.of(sentence, 0, sentence.length()), m)).isEqualTo(money);
    }

    @Test
    void aBritishStoryCountsItsPoundsAsMoney() {
        String s = "The impact of that is 45 million pounds, he said. Shares rose 2 pence.";
        assertThat(PoundsReading.money(s, Tok.of(s, 0, s.length()), mentions(s).get(0))).isTrue();
        String w = "The impact of that is 45 million pounds, he said.";
        assertThat(PoundsReading.money(w, Tok.of(w, 0, w.length()), one(w))).isFalse();
    }

    @Test
    void moneyIsNoThingsWeight() {
        List<ExtractedClaim> weight = Fixtures.EXTRACTOR.extract("The keeper said the animal is over 400 pounds.", PUB).claims();
        assertThat(weight).extracting(ExtractedClaim::counted).anyMatch(c -> c.contains("weight"));
        List<ExtractedClaim> money = Fixtures.EXTRACTOR.extract(
                "BA said the impact of the strike is 45 million pounds ($68.55 million), its chief said.", PUB).claims();
        assertThat(money).extracting(ExtractedClaim::counted).noneMatch(c -> c.contains("weight"));
    }

    @Test
    void poundsOfAThingWeighAndKeyNoMoney() {
        // pounds-weight: the word "pound" names money in keys/kinds.txt, but pounds left a weight key as one
        ExtractedClaim beef = Fixtures.EXTRACTOR.extract("NEW YORK (Reuters) - Cargill Inc said it is recalling about 844,812"
                + " pounds of frozen beef patties due to possible E. coli contamination.", PUB).claims().get(0);
        assertThat(beef.key().kind()).isEqualTo("lb");
        ExtractedClaim lbs = Fixtures.EXTRACTOR.extract("NEW YORK (Reuters) - Cargill recalled 844,812 lbs of frozen beef"
                + " patties this month.", PUB).claims().get(0);
        assertThat(lbs.key().kind()).isEqualTo(beef.key().kind());
        assertThat(PoundsReading.weighsAThing("pounds of frozen beef patties")).isTrue();
        assertThat(PoundsReading.weighsAThing("pounds of funding")).isFalse();
        assertThat(PoundsReading.weighsAThing("pounds")).isFalse();
    }

    @Test
    void aLongArticleIsReadOnceForItsBritishWordsNotOncePerFigure() {
        // 1 MB of text whose only "pence" stands at its end, asked for as many figures in pounds as a long story holds:
        // read per figure it took figures x text
        String first = "The impact of that is 45 million pounds, he said. ";
        StringBuilder text = new StringBuilder(first);
        while (text.length() < 1_000_000) text.append("The airline said its cabin crew would walk out again on Monday. ");
        text.append("Shares rose 2 pence.");
        String article = text.toString();
        List<Tok> t = Tok.of(article, 0, first.length());
        Mention m = mentions(first).get(0);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int figure = 0; figure < 5_000; figure++) assertThat(PoundsReading.money(article, t, m)).isTrue();
        });
    }
}
