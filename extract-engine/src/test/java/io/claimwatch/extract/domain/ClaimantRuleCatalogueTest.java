package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every named claimant rule's example: the engine gives its last figure the rule's claimant, and the
 * rule is one that applied to the example.
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
        assertThat(appliedIn(rule.example)).as(rule.name()).contains(rule);
    }

    /** The rules applied to the text, read as the extractor reads the sentences. */
    static java.util.Set<ClaimantRule> appliedIn(String text) {
        Lexicon lx = Lexicon.get();
        NumberRecognizer numbers = new NumberRecognizer(lx);
        List<Sentences.Sentence> ss = SENTENCES.split(text);
        Attribution a = new Attribution(lx, text, ss);
        for (int idx = 0; idx < ss.size(); idx++) {
            List<Tok> toks = Tok.of(text, ss.get(idx).start(), ss.get(idx).end());
            List<Mention> ms = numbers.find(text, toks, NumberRecognizer.masks(text));
            if (ms.isEmpty()) a.observe(idx, toks);
            for (Mention m : ms) a.claimant(idx, toks, m);
        }
        return a.applied();
    }
}
