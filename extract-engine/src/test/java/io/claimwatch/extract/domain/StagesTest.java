package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagesTest {

    @Test
    void sentencesKeepHeadlinesAndSkipSubheads() {
        String text = "Big Headline With 5 Words\n\nFirst prose sentence of the body is here now. Second one follows.\n\nSub Head 3\n";
        List<Sentences.Sentence> ss = Sentences.load().split(text);
        assertThat(ss).extracting(Sentences.Sentence::kind).containsExactly(
                Sentences.Kind.HEADLINE, Sentences.Kind.BODY, Sentences.Kind.BODY, Sentences.Kind.SUBHEAD);
        assertThat(ss.get(1).text(text)).isEqualTo("First prose sentence of the body is here now.");
    }

    @Test
    void aWrappedLineEndingWithAFunctionWordGoesOnOnTheNext() {
        String text = "Brazil prices\n\nAccording to official estimates, prices rose by more than\n33 pct in the first two months.\n";
        List<Sentences.Sentence> ss = Sentences.load().split(text);
        assertThat(ss.get(ss.size() - 1).text(text)).startsWith("According").endsWith("months.");
    }

    @Test
    void partialDateIso() {
        assertThat(new PartialDate(2024, 0, 0).toIso()).isEqualTo("2024");
        assertThat(new PartialDate(2024, 8, 0).toIso()).isEqualTo("2024-08");
        assertThat(PartialDate.of(LocalDate.of(2024, 8, 6)).toIso()).isEqualTo("2024-08-06");
    }

    @Test
    void tokensSplitGluedLabels() {
        String s = "NewspaperHundreds of 1,150 km";
        assertThat(Tok.of(s, 0, s.length())).extracting(Tok::text)
                .containsExactly("Newspaper", "Hundreds", "of", "1,150", "km");
        // token.camel-name: a name written in two capitalised parts stays one word, plural and possessive too
        String b = "millions of BlackBerry users, BlackBerrys and PayPal's 300 accounts";
        assertThat(Tok.of(b, 0, b.length())).extracting(Tok::text)
                .containsExactly("millions", "of", "BlackBerry", "users", ",", "BlackBerrys", "and", "PayPal's", "300", "accounts");
    }

    @Test
    void tokensKeepAmpersandNamesWhole() {
        // token.ampersand-name: capitals joined by "&" are one word, possessive and plural too (fresh-aw, fresh-c, fresh-k)
        String s = "J&J's stock ended Thursday down 0.6 percent, while the S&P 500 index was down 0.3 percent.";
        assertThat(Tok.of(s, 0, s.length())).extracting(Tok::text).startsWith("J&J's", "stock", "ended")
                .contains("S&P", "500", "index");
        String b = "hit thousands of AT&T users; more than 200 million bottles of J&J products; R&D and Q&As";
        assertThat(Tok.of(b, 0, b.length())).extracting(Tok::text)
                .contains("AT&T", "users", "J&J", "products", "R&D", "Q&As");
        // with spaces, or joining words that are not all capitals, the "&" stays a token of its own
        String c = "Johnson & Johnson and Steak & Ale, Deadpool&Wolverine, AT&Tx";
        assertThat(Tok.of(c, 0, c.length())).extracting(Tok::text)
                .containsExactly("Johnson", "&", "Johnson", "and", "Steak", "&", "Ale", ",", "Deadpool", "&", "Wolverine", ",", "AT", "&", "Tx");
        assertThat(Tok.of(s, 0, s.length()).get(0).end()).isEqualTo(5);
        // the key's words read it so too: "J&J's sales" is the party "j&j", as "J&J recalled" is (was "j j")
        String d = "the recall could shave J&J's sales by $300 million";
        assertThat(FrameReader.words(d, 0, d.length())).containsExactly("the", "recall", "could", "shave", "j&j", "sales", "by", "million");
    }

    @Test
    void modality() {
        ModalityDetector m = new ModalityDetector(Lexicon.get());
        assertThat(m.of("the toll could reach 300")).isEqualTo(Modality.PROJECTION);
        assertThat(m.of("there is talk of upwards of 1,000")).isEqualTo(Modality.ESTIMATE);
        assertThat(m.of("Police said 12 people died")).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void weekdayIsTheLastOneOnOrBeforePublication() {
        TimeResolver t = new TimeResolver(Lexicon.get());
        String s = "They captured 102 soldiers on Wednesday alone.";
        TimeResolver.Context c = t.context(s, LocalDate.of(2024, 8, 16));   // a Friday
        TimeResolver.EventDates d = t.eventDates(c, 0, s.length(), 14, 17, 0, s.length());
        assertThat(d.start().toIso()).isEqualTo("2024-08-14");
    }

    @Test
    void eventVerbStems() {
        Lexicon lx = Lexicon.get();
        assertThat(lx.eventVerb("capture")).isEqualTo("captured");
        assertThat(lx.eventVerb("killed")).isEqualTo("killed");
        assertThat(lx.eventVerb("kilometres")).isNull();
        assertThat(lx.eventVerb("fires")).isEqualTo("fired");
        assertThat(lx.eventVerb("firing")).isEqualTo("fired");
        // not a word that only starts like one: "The firm runs a 300,000-barrel-per-day refinery" fired nothing
        assertThat(lx.eventVerb("firm")).isNull();
        assertThat(lx.eventVerb("first")).isNull();
    }
}
