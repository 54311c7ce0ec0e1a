package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * money-owner-of ({@link MoneyMeasures}): a sum whose counted phrase ends on the measure read names whose it is, as the
 * sentence writes the holder or the possessive; the second sum of one "had" is the same holder's (money-owner-list).
 * Sentences written like the bank-failure copy of fresh-ay and fresh-f.
 */
class MoneyOwnerCountedTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aHoldersSumsNameTheHolder() {
        assertThat(counted("Main Street Bank had total assets of $98 million and total deposits of $86 million as of October 7."))
                .containsExactly("total assets of Main Street Bank (US dollars)", "total deposits of Main Street Bank (US dollars)");
    }

    @Test
    void aHolderBeforeARelativeClauseOwnsItsSums() {
        assertThat(counted("The closures were First BankAmericano, Elizabeth, New Jersey, which had $166 million in assets and"
                + " $157 million in deposits.")).containsExactly("assets of First BankAmericano (US dollars)",
                "deposits of First BankAmericano (US dollars)");
    }

    @Test
    void noNameNoOwner() {
        // "The bank" names no one; a phrase that does not end on the measure takes no owner
        assertThat(counted("The bank had $1.14 billion in assets and $951 million in deposits."))
                .containsExactly("assets (US dollars)", "deposits (US dollars)");
    }
}
