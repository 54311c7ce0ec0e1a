package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every named claimant rule's example: the engine gives its last figure the rule's claimant, and the
 * rule that decided it is that rule.
 */
class ClaimantRuleCatalogueTest {

    static final ClaimExtractor X = ClaimExtractor.create();
    static final Sentences SENTENCES = Sentences.load();

    @ParameterizedTest
    @EnumSource(ClaimantRule.class)
    void theExampleGivesTheClaimantByThatRule(ClaimantRule rule) {
        List<ExtractedClaim> claims = X.extract(rule.example, null).claims();
        assertThat(claims).as(rule.example).isNotEmpty();
        assertThat(claims.get(claims.size() - 1).claimant()).as(rule.name()).isEqualTo(rule.claimant);
        assertThat(decidedForLastFigure(rule.example)).as(rule.name()).isEqualTo(rule);
    }

    /** The rule that decides the claimant of the last figure, read as the extractor reads the sentences. */
    static ClaimantRule decidedForLastFigure(String text) {
        Lexicon lx = Lexicon.get();
        NumberRecognizer numbers = new NumberRecognizer(lx);
        List<Sentences.Sentence> ss = SENTENCES.split(text);
        Attribution a = new Attribution(lx, text, ss);
        ClaimantRule last = null;
        for (int idx = 0; idx < ss.size(); idx++) {
            List<Tok> toks = Tok.of(text, ss.get(idx).start(), ss.get(idx).end());
            List<Mention> ms = numbers.find(text, toks, NumberRecognizer.masks(text));
            if (ms.isEmpty()) a.observe(idx, toks);
            for (Mention m : ms) {
                a.claimant(idx, toks, m);
                last = a.decided();
            }
        }
        return last;
    }
}
