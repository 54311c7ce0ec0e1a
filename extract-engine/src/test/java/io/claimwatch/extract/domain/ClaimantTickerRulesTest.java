package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code claimant.ticker-transparent} ({@link StockTickers}): a wire's stock ticker after a company's name, in brackets
 * or bare, is no word of the sentence for the speaker rules, and never a claimant on its own. Each on a phrasing written
 * for the test, not one of the eval texts.
 */
class ClaimantTickerRulesTest {

    @Test
    void theCompanyNamedBeforeItsTickerIsTheSpeaker() {
        assertThat(claimants("Harbor Foods Inc ( HFD.N ) on Tuesday reported that quarterly profit rose to $120 million."))
                .containsExactly("Harbor Foods Inc");
        assertThat(claimants("Acme Bakeries, a unit of Harbor Foods Inc. ( HFD.N ), said tests showed four batches of flour were spoiled."))
                .containsExactly("Acme Bakeries");
        assertThat(claimants("In 2004, regional grocer Birch Stores Inc. BRCH.O said about 40 people fell ill."))
                .containsExactly("regional grocer Birch Stores Inc.");
        assertThat(claimants("Kestrel Telecom ( 4567.TW ) ( KTL.N ) expects to spend about $300 million on a new cable."))
                .containsExactly("Kestrel Telecom");
    }

    @Test
    void aTickerAloneIsNoClaimant() {
        assertThat(StockTickers.onlyTicker("( HFD.N )")).isTrue();
        assertThat(StockTickers.onlyTicker(") ( KTL.N )")).isTrue();
        assertThat(StockTickers.onlyTicker("BRCH.O")).isTrue();
        assertThat(StockTickers.onlyTicker("Harbor Foods Inc")).isFalse();
        assertThat(StockTickers.onlyTicker("U.S. officials")).isFalse();
        assertThat(claimants("Shares of Harbor Foods Inc ( HFD.N ) fell 3 percent on Wednesday.")).containsExactly((String) null);
    }

    @Test
    void aTickerIsACodeADotAndAnExchangeSuffixGlued() {
        assertThat(StockTickers.without(Tok.of("Harbor Foods ( HFD.N ) said", 0, 27)).stream().map(Tok::text).toList())
                .isEqualTo(List.of("Harbor", "Foods", "said"));
        assertThat(StockTickers.without(Tok.of("Delta Net ( 0123.HK ) said", 0, 26)).stream().map(Tok::text).toList())
                .isEqualTo(List.of("Delta", "Net", "said"));
        // (not a figure with its unit, a web address, nor an initialism)
        String s = "the U.S. unit ( 4.5 M ) of site.com said";
        assertThat(StockTickers.without(Tok.of(s, 0, s.length()))).hasSize(Tok.of(s, 0, s.length()).size());
    }
}
