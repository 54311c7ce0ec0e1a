package io.claimwatch.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupAssignerTest {

  private final GroupAssigner assigner = new GroupAssigner(ClaimServiceTest.NORMALIZER);
  private final InMemoryGroupIndex index = new InMemoryGroupIndex();
  private int next;

  private Claim claim(String counted, String low, String high, Hedge hedge) {
    String id = "c" + next++;
    return new Claim(id, "a", 0, counted, 0, 1, low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high),
        hedge, "", "", counted, null, null, null, null, Modality.ASSERTED, null, "t", null, null, "", null, null);
  }

  /** A claim of article {@code article} with a quote of its own. */
  private Claim quoted(String article, String counted, String quote, String value) {
    String id = "c" + next++;
    return new Claim(id, article, 0, quote, 0, 1, new BigDecimal(value), new BigDecimal(value), Hedge.EXACT, "", "", counted,
        null, null, null, null, Modality.ASSERTED, null, "t", null, null, "", null, null);
  }

  private String group(Claim c) {
    return assigner.assign(List.of(c), index).get(0).groupId();
  }

  @Test
  void reportsOfOneTollOverDaysShareAGroup() {
    String first = group(claim("people killed in the floods", "31", "31", Hedge.EXACT));
    assertThat(group(claim("people dead", "42", "42", Hedge.EXACT))).isEqualTo(first);
    assertThat(group(claim("people killed", "50", null, Hedge.MORE_THAN))).isEqualTo(first);
    assertThat(group(claim("victims", "24", "99", Hedge.VAGUE))).as("dozens of victims").isEqualTo(first);
  }

  @Test
  void aQuantityOfAnotherMagnitudeOrKindOrPartyIsAnotherGroup() {
    String total = group(claim("Russian soldiers captured", "971", "971", Hedge.EXACT));
    assertThat(group(claim("Russian soldiers captured", "909", "909", Hedge.EXACT))).isEqualTo(total);
    assertThat(group(claim("Russian soldiers captured", "102", "102", Hedge.EXACT))).as("one day's capture").isNotEqualTo(total);
    assertThat(group(claim("Ukrainian servicemen captured", "900", "900", Hedge.EXACT))).as("the other side").isNotEqualTo(total);
    assertThat(group(claim("Russian soldiers killed", "950", "950", Hedge.EXACT))).as("another event").isNotEqualTo(total);
  }

  @Test
  void aClaimWithNoNumberAboveZeroOrNothingToGroupByStaysAlone() {
    assertThat(assigner.assign(List.of(claim("", "5", "5", Hedge.EXACT)), index).get(0).groupId()).isNull();
    assertThat(assigner.assign(List.of(claim("people killed", "0", "0", Hedge.EXACT)), index).get(0).groupId()).isNull();
  }

  @Test
  void theRepresentativeValueOfARangeIsItsGeometricMean() {
    assertThat(GroupAssigner.representative(claim("x", "200", "999", Hedge.VAGUE))).hasValueSatisfying(
        v -> assertThat(v).isCloseTo(Math.sqrt(200 * 999.0), org.assertj.core.data.Offset.offset(1e-9)));
    assertThat(GroupAssigner.representative(claim("x", null, "1000", Hedge.NEARLY))).contains(1000.0);
  }

  @Test
  void tollsOfOneMagnitudeFromDifferentCausesAreDifferentQuantitiesEvenWhereAClaimNamesNoCause() {
    List<Claim> quake = assigner.assign(List.of(
        quoted("q", "people killed", "At least 120 people were killed when the earthquake struck on Monday", "120"),
        quoted("q", "people injured", "More than 300 people were injured, officials said", "300")), index);
    List<Claim> floods = assigner.assign(List.of(
        quoted("f", "people killed", "At least 190 people have been killed in floods after a week of rain", "190"),
        quoted("f", "people injured", "The agency said 650 people were injured across the country", "650")), index);
    assertThat(floods.get(0).key().cause()).isEqualTo("flood");
    assertThat(floods.get(1).key().cause()).as("the article's cause, from its other claims").isEqualTo("flood");
    assertThat(floods.get(0).groupId()).isNotEqualTo(quake.get(0).groupId());
    assertThat(floods.get(1).groupId()).isNotEqualTo(quake.get(1).groupId());

    List<Claim> later = assigner.assign(List.of(
        quoted("q2", "people killed", "The earthquake that killed 286 people was the deadliest in decades", "286"),
        quoted("q2", "people injured", "Some 800 people were injured in the disaster", "800")), index);
    assertThat(later.get(0).groupId()).isEqualTo(quake.get(0).groupId());
    assertThat(later.get(1).groupId()).isEqualTo(quake.get(1).groupId());
  }

  @Test
  void theArticlesCauseIsTheOneItsClaimsNameMost() {
    assertThat(GroupAssigner.mostNamed(List.of("", "flood", "earthquake", "flood"))).isEqualTo("flood");
    assertThat(GroupAssigner.mostNamed(List.of("storm", "fire"))).as("the first on a tie").isEqualTo("storm");
    assertThat(GroupAssigner.mostNamed(List.of("", ""))).isEmpty();
  }
}
