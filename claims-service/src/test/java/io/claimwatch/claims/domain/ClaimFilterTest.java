package io.claimwatch.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ClaimFilterTest {

  @Test
  void readsTermsJoinedByAnd() {
    ClaimFilter f = ClaimFilter.parse("hedge=HEDGE_AT_LEAST AND counted:\"Russian soldiers\" AND value>=100");
    assertThat(f.terms()).containsExactly(
        new ClaimFilter.Term(ClaimFilter.Field.HEDGE, ClaimFilter.Op.EQUALS, "AT_LEAST", null),
        new ClaimFilter.Term(ClaimFilter.Field.COUNTED, ClaimFilter.Op.CONTAINS, "Russian soldiers", null),
        new ClaimFilter.Term(ClaimFilter.Field.VALUE, ClaimFilter.Op.AT_LEAST, null, new BigDecimal("100")));
  }

  @Test
  void acceptsShortHedgeNamesAndGroupNames() {
    assertThat(ClaimFilter.parse("hedge=exact").terms().get(0).text()).isEqualTo("EXACT");
    assertThat(ClaimFilter.parse("group=groups/abc").terms().get(0).text()).isEqualTo("abc");
  }

  @Test
  void datesAndPeriodsMatchByOverlapWithPartialDatesReachingTheirBounds() {
    Claim c = ClaimServiceTest.claim("q", "1", "1", Hedge.EXACT);
    Claim dated = new Claim("x", "a1", 0, "q", 0, 1, c.low(), c.high(), Hedge.EXACT, "", "", "c", null,
        "2024-08-06", "2025-05-25", null, Modality.ASSERTED, "2025-05", "t", null, null, "", null, null);
    assertThat(ClaimFilter.parse("period>=2025-01 AND period<=2025-02").matches(dated)).isTrue();
    assertThat(ClaimFilter.parse("period>=2025-06").matches(dated)).isFalse();
    assertThat(ClaimFilter.parse("period<=2024-08").matches(dated)).as("starts within August 2024").isTrue();
    assertThat(ClaimFilter.parse("published<=2025-05-31").matches(dated)).isTrue();
    assertThat(ClaimFilter.parse("published>=2025-06-01").matches(dated)).isFalse();
    assertThat(ClaimFilter.parse("article=\"articles/a1\"").matches(dated)).isTrue();
    assertThat(ClaimFilter.parse("published>=2025").matches(c)).as("undated claims match no date bound").isFalse();
    assertThatThrownBy(() -> ClaimFilter.parse("published>=May")).hasMessageContaining("ISO date");
  }

  @Test
  void blankIsNoFilter() {
    assertThat(ClaimFilter.parse("  ")).isSameAs(ClaimFilter.NONE);
  }

  @Test
  void refusesUnknownFieldsHedgesAndOperators() {
    assertThatThrownBy(() -> ClaimFilter.parse("colour=red")).isInstanceOf(DomainException.InvalidInput.class)
        .hasMessageContaining("unknown filter field 'colour'");
    assertThatThrownBy(() -> ClaimFilter.parse("hedge=SORT_OF")).hasMessageContaining("unknown hedge");
    assertThatThrownBy(() -> ClaimFilter.parse("value:12")).hasMessageContaining("'value' takes >= or <=");
    assertThatThrownBy(() -> ClaimFilter.parse("value>=many")).hasMessageContaining("needs a number");
    assertThatThrownBy(() -> ClaimFilter.parse("hedge")).extracting(e -> ((DomainException) e).reason())
        .isEqualTo("INVALID_FILTER");
  }

  @Test
  void refusesImpossibleDatesNumbersAndNames() {
    for (String f : new String[] {"published>=2025-13-45", "published>=2025-02-30", "period>=2025-99", "period<=0999",
        "published>=-2025-01-01", "published>=2025-1-1"}) {
      assertThatThrownBy(() -> ClaimFilter.parse(f)).as(f).isInstanceOf(DomainException.InvalidInput.class)
          .hasMessageContaining("real ISO date");
    }
    assertThat(ClaimFilter.parse("published>=2024-02-29").terms()).hasSize(1);
    for (String f : new String[] {"value>=1e999", "value<=1E5", "value>=NaN", "value>=12345678901234567890", "value>=0x10"}) {
      assertThatThrownBy(() -> ClaimFilter.parse(f)).as(f).hasMessageContaining("number written plainly");
    }
    assertThat(ClaimFilter.parse("value>=-2.5").terms().get(0).number()).isEqualByComparingTo("-2.5");
    for (String f : new String[] {"group=\"groups/../../x\"", "group=groups/a%2Fb", "article=\"articles/\"", "group=\"\""}) {
      assertThatThrownBy(() -> ClaimFilter.parse(f)).as(f).hasMessageContaining("needs a name of the form");
    }
  }

  @Test
  void boundsLengthAndTermsAndParsesLongQuotedValuesWithoutRecursion() {
    String huge = "quote:\"" + "\\\"a".repeat(100_000) + "\"";
    assertThatThrownBy(() -> ClaimFilter.parse(huge)).isInstanceOf(DomainException.InvalidInput.class)
        .hasMessageContaining("the limit is 2000");
    // Under the length limit, a quoted value of escapes (what overflowed the old regex's stack) reads in one pass.
    String escaped = "\\\"x".repeat(600);
    assertThat(ClaimFilter.parse("quote:\"" + escaped + "\"").terms().get(0).text()).isEqualTo("\"x".repeat(600));
    String many = String.join(" AND ", java.util.Collections.nCopies(21, "hedge=EXACT"));
    assertThatThrownBy(() -> ClaimFilter.parse(many)).hasMessageContaining("more than 20 terms");
  }

  @Test
  void readsQuotedAndAndRefusesMissingAndOrQuotes() {
    assertThat(ClaimFilter.parse("counted:\"tanks AND guns\" AND hedge=EXACT").terms()).hasSize(2)
        .first().extracting(ClaimFilter.Term::text).isEqualTo("tanks AND guns");
    assertThatThrownBy(() -> ClaimFilter.parse("hedge=EXACT value>=1")).hasMessageContaining("expected AND");
    assertThatThrownBy(() -> ClaimFilter.parse("quote:\"open")).hasMessageContaining("no closing quote");
    assertThatThrownBy(() -> ClaimFilter.parse("hedge=EXACT AND")).isInstanceOf(DomainException.InvalidInput.class);
  }
}
