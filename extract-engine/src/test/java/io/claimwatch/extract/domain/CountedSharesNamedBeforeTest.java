package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A market move whose shares were named before the figure: "it" or "they" after a sentence whose last figure counted a
 * company's shares (counted.share-pronoun), a price "at" or "to" right after a move of shares (counted.share-level-after-move),
 * a move in -ing after "after" or one after "and" that goes on with the shares of the figure before (counted.share-move-continued),
 * and a facility named by its noun and number (counted.numbered-capacity). Sentences from fresh-av, fresh-aw, fresh-au, fresh-as
 * and fresh-ax (Reuters), and of our own written like them.
 */
class CountedSharesNamedBeforeTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void theyAfterASentenceOfSharesMovesThoseShares() {
        // fresh-av av04: "They" takes up RIM's shares, the last figure of the sentence before
        List<String> c = counted("RIM's volatile shares fell $2.97, or 3.14 percent, to finish at $91.50 on the Nasdaq market on Tuesday."
                + " They fell C$2.98 to end at C$91.64 on the Toronto Stock Exchange.");
        assertThat(c.get(c.size() - 2)).startsWith("RIM share price fall");
        assertThat(c.get(c.size() - 1)).startsWith("RIM share price");
        // fresh-av av01: "it" after "the stock" (no name)
        c = counted("On Thursday, the stock fell $1.88 to close at $132.49 on Nasdaq. On the Toronto Stock Exchange, it declined C$1.92"
                + " to close at C$149.85.");
        assertThat(c.get(c.size() - 2)).startsWith("share price fall");
        // fresh-aw aw11: a share
        c = counted("Shares of Hon Hai closed nearly 3 percent lower on fears Apple may shift orders to its rivals. They had dived as much"
                + " as 5.2 percent following the news of the blast.");
        assertThat(c.get(c.size() - 1)).isEqualTo("percent fall in shares of Hon Hai");
        // no shares before: "it" is no company's shares
        c = counted("The council said its budget would be cut. It fell 5 percent to $31.40 a head.");
        assertThat(c.get(c.size() - 1)).doesNotContain("share");
    }

    @Test
    void aPriceRightAfterAMoveOfSharesIsTheirPrice() {
        // fresh-aw aw10: a subject the words name as shares of no name
        List<String> c = counted("Shares in the world's largest technology company by market value closed down 0.24 percent at $334.40, after"
                + " slipping as much as 1.7 percent in morning trading.");
        assertThat(c).containsExactly("percent fall in shares", "share price (US dollars)", "percent fall in shares");
        // fresh-as as14: past "on Thursday"; as03: "up" after the figure of "closed"
        assertThat(counted("Chevron shares were down 2.3 percent on Thursday to $105.41.")).last().asString().startsWith("Chevron share price");
        c = counted("BA stock closed 0.9 percent up at 190.1 pence on Monday.");
        assertThat(c).containsExactly("percent rise in shares of BA", "BA share price (pence)");
        // fresh-av av08: a second move after "and"
        c = counted("On Wednesday RIM's shares closed down 3.46 percent at C$24.27 on the Toronto Stock Exchange and down 2.17 percent at"
                + " $23.88 on the Nasdaq.");
        assertThat(c.get(2)).isEqualTo("percent fall in shares of RIM");
        assertThat(c.get(3)).startsWith("RIM share price");
        // a sum after a share that counts no shares is read as before
        assertThat(counted("Revenue rose 5 percent to $4 billion.")).last().asString().doesNotContain("share price");
    }

    @Test
    void aFacilityNamedByItsNounAndNumberHasTheCapacity() {
        // fresh-ax ax17, ax21
        List<String> c = counted("Enbridge shut the 670,000 bpd Line 6A and the 180,000 bpd Line 13 after the leak.");
        assertThat(c).contains("Line 6A capacity (bpd)", "Line 13 capacity (bpd)");
        assertThat(counted("Enbridge's 318,000 barrel a day Line 14/64 was shut.")).first().asString()
                .isEqualTo("Line 14/64 capacity (barrel a day)");
        // a capitalised noun with no number is a name, as before
        assertThat(counted("Other refineries include Alon's 80,000 bpd Krotz Springs in Louisiana.")).first().asString()
                .doesNotContain("capacity");
    }
}
