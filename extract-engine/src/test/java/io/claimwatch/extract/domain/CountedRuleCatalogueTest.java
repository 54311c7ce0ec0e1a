package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every named counted-phrase rule's example: the engine gives its last figure the rule's phrase, and
 * {@link CountedPhrase} names that rule for it (a rule of {@link ClaimExtractor}'s: the phrase is
 * carried, not the one {@link CountedPhrase} gives).
 */
class CountedRuleCatalogueTest {

    static final ClaimExtractor X = ClaimExtractor.create();
    static final Sentences SENTENCES = Sentences.load();
    static final Lexicon LX = Lexicon.get();
    static final NumberRecognizer NUMBERS = new NumberRecognizer(LX);
    static final HedgeDetector HEDGES = new HedgeDetector(LX);
    static final CountedPhrase COUNTED = new CountedPhrase(LX);

    @ParameterizedTest
    @EnumSource(CountedRule.class)
    void theExampleGivesThePhraseByThatRule(CountedRule rule) {
        List<ExtractedClaim> claims = X.extract(rule.example, null).claims();
        assertThat(claims).as(rule.example).isNotEmpty();
        assertThat(claims.get(claims.size() - 1).counted()).as(rule.id).isEqualTo(rule.counted);
        CountedPhrase.Result own = lastFigure(rule.example);
        if (rule.carried()) {
            assertThat(own.text()).as(rule.id).isNotEqualTo(rule.counted);
        } else {
            assertThat(own.rule()).as(rule.example).isEqualTo(rule.id);
            assertThat(own.text()).as(rule.id).isEqualTo(rule.counted);
        }
    }

    /** What {@link CountedPhrase} alone gives the last figure of the text, each figure of its sentence read after the one before. */
    static CountedPhrase.Result lastFigure(String text) {
        List<Sentences.Sentence> ss = SENTENCES.split(text);
        BitSet masked = NumberRecognizer.masks(text);
        CountedPhrase.Result last = null;
        String sharesBefore = null;                 // as ClaimExtractor: the shares the last figure of the sentence before counted
        for (Sentences.Sentence s : ss) {
            List<Tok> toks = Tok.of(text, s.start(), s.end());
            List<Mention> ms = NUMBERS.find(text, toks, masked);
            if (ms.isEmpty()) continue;
            CountedPhrase.Prev prev = null;
            String before = sharesBefore;
            for (Mention m : HEDGES.apply(text, s.start(), s.end(), toks, ms)) {
                last = COUNTED.of(text, toks, m, prev, before);
                if (!last.text().isEmpty()) prev = new CountedPhrase.Prev(last.text(), last.noun(), m.unit);
            }
            sharesBefore = last == null ? null : CountedShareMovers.shareOwner(last.text());
        }
        return last;
    }
}
