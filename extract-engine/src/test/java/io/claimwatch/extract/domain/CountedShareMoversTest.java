package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.all;
import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * counted.share-price-of-mover ({@link CountedShareMovers}) and the share-price readings it widened ({@link CountedSharePrice}:
 * "shares in", "shares of the company", a change in cents or pence, a comparative). Phrasings written for these tests,
 * none taken from the eval articles or corpora.
 */
class CountedShareMoversTest {

    @Test
    void aNameThatMovedToAPlainPriceIsAShare() {
        List<ExtractedClaim> cs = all("Kestrel Air was down 14 cents at $8.15, while Alder Foods gained 30 cents to $12.40.");
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("Kestrel Air share price fall (cents)",
                "Kestrel Air share price (US dollars)", "Alder Foods share price rise (cents)", "Alder Foods share price (US dollars)");
        assertThat(all("Norland Bank was down 1.2 percent at 412 pence.").get(1).counted()).isEqualTo("Norland Bank share price (pence)");
        assertThat(all("Ravel Motors were 3.7 percent lower at 426 pence.").get(1).counted()).isEqualTo("Ravel Motors share price (pence)");
        assertThat(only("Dorrit Steel fell 14p to 702.").counted()).isEqualTo("Dorrit Steel share price (pence)");
    }

    @Test
    void aSharePricesCompanyIsItsKeysParty() {
        assertThat(all("Kestrel Air was down 14 cents at $8.15.").get(1).key().party()).isEqualTo("Kestrel Air");
        assertThat(CountedShareMovers.ownerOf("Wal-Mart share price fall (cents)")).isEqualTo("Wal-Mart");
        assertThat(CountedShareMovers.ownerOf("share price (US dollars)")).isNull();
        assertThat(CountedShareMovers.ownerOf("percent fall in shares of Rell Corp")).isEqualTo("Rell Corp");
        assertThat(CountedShareMovers.ownerOf("percent fall in Rell Corp shares")).isEqualTo("Rell Corp");
        assertThat(CountedShareMovers.ownerOf("pct fall in Shares in Rell Corp")).isEqualTo("Rell Corp");
        assertThat(CountedShareMovers.ownerOf("percent fall in shares")).isNull();
    }

    @Test
    void aNameWithItsTickerIsAShare() {
        assertThat(all("Harbor Foods Inc (HRB.N) fell 4.1 percent to $31.20 in morning trade.").get(1).counted())
                .isEqualTo("Harbor Foods Inc share price (US dollars)");
    }

    @Test
    void sharesInACompanyAndTheStockAreShares() {
        assertThat(all("Shares in Pell Mining were down 2 percent to 318 pence at midday.").get(1).counted())
                .isEqualTo("Pell Mining share price (pence)");
        assertThat(all("Tarn Oil's stock was down 45 cents at $18.30 on the exchange.").get(1).counted()).isEqualTo("Tarn Oil share price (US dollars)");
        // a bare "The stock" moved in cents names no company: left to the other rules, so it keys with no other company's price
        assertThat(all("The stock was down 45 cents at $18.30 on the exchange.").get(1).counted()).doesNotContain("share price");
        assertThat(all("Shares of Rell Corp dropped five per cent in late trading.").get(0).counted()).doesNotContain("cents");
    }

    @Test
    void aCommodityACurrencyARevenueOrAPricePerBarrelIsNoShare() {
        assertThat(all("Gold rose 1 percent to $1,310.").get(1).counted()).doesNotContain("share");
        assertThat(all("Revenue rose 5 percent to $4 billion.").get(1).counted()).doesNotContain("share");
        assertThat(all("Brent crude rose 2 percent to $81.40 a barrel.").get(1).counted()).doesNotContain("share");
        assertThat(all("The euro fell 0.5 percent to $1.0850.").get(1).counted()).doesNotContain("share");
        assertThat(all("Prices fell 3 percent to $2.10.").get(1).counted()).doesNotContain("share");
    }

    @Test
    void aShareMovedByACompanysSharesIsThatMovesShare() {
        // share-change reads it first, as the article writes it
        assertThat(all("Shares of Rell Corp dropped 5 percent in late trading.").get(0).counted()).isEqualTo("percent fall in Shares of Rell Corp");
        assertThat(all("Ravel Motors were 3.7 percent lower at 426 pence.").get(0).counted()).isEqualTo("percent fall in shares of Ravel Motors");
        assertThat(all("Shares in Swale Re were trading up 1.2 percent at 71.10 francs.").get(0).counted()).isEqualTo("percent rise in shares of Swale Re");
        // past a ticker and an aside between commas
        assertThat(all("Harbor Air (HRB.HK), which bore the brunt of the crisis, closed down 0.9 percent.").get(0).counted())
                .isEqualTo("percent fall in shares of Harbor Air");
        assertThat(only("Shares in the carmaker, owned by Suzu Motor Corp, fell as much as 8.2 percent.").counted()).isEqualTo("percent fall in shares");
    }

    @Test
    void aShareOfAnUnnamedMoveOrOfNoCompanyIsNoShareMove() {
        assertThat(all("Gold rose 1 percent to $1,310.").get(0).counted()).doesNotContain("shares");
        assertThat(all("Revenue rose 5 percent to $4 billion.").get(0).counted()).doesNotContain("shares");
        // a name with neither a ticker nor a price after its move may be anything that moves
        assertThat(only("Norland was up 1.7 percent on Friday.").counted()).doesNotContain("shares");
    }
}
