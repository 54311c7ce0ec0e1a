package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every named number rule's example: a rule that reads gives the example's figure its value and
 * names itself on the mention (a conversion: the figure in brackets, after the measure it restates);
 * a rule that drops leaves no figure.
 */
class NumberRuleCatalogueTest {

    static final NumberRecognizer NUMBERS = new NumberRecognizer(Lexicon.get());

    @ParameterizedTest
    @EnumSource(NumberRule.class)
    void theExampleGivesTheFigureByThatRule(NumberRule rule) {
        String s = rule.example;
        List<Tok> t = Tok.of(s, 0, s.length());
        List<Mention> ms = NUMBERS.find(s, t, NUMBERS.articleMasks(s));
        if (rule.value == null) {
            assertThat(ms).as(s).isEmpty();
            return;
        }
        assertThat(ms).as(s).hasSize(rule == NumberRule.CONVERSION || rule == NumberRule.VOTE_TALLY || rule == NumberRule.SCORE_SIDES || rule == NumberRule.RECORD_SIDES || rule == NumberRule.ONE_IN_A_TOLL || rule == NumberRule.SHARED_UNIT_FROM ? 2 : 1);
        Mention read = ms.get(ms.size() - 1);
        assertThat(read.value).as(s).isEqualByComparingTo(rule.value);
        if (rule.reads()) assertThat(read.rule).as(s).isEqualTo(rule.id);
    }
}
