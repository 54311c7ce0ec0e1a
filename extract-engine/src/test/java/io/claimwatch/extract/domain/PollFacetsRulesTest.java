package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An opinion poll's figures are that poll's ({@link PollFacets}, keys/polls.txt): keyed by the poll's name and month,
 * so that two polls' shares for one party, or one pollster's polls of two months, stay apart.
 */
class PollFacetsRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 11);

  @Test
  void everyRulesExampleGivesItsScope() {
    for (PollFacets.Rule rule : PollFacets.Rule.values()) {
      List<ExtractedClaim> cs = all("Greens gain in new poll\n\n" + rule.example + "\n", PUBLISHED);
      assertThat(key(cs, rule.figure).place()).as(rule.id).contains("#" + rule.scope);
    }
  }

  @Test
  void twoPollsOfOneArticleAreTwoQuantities() {
    // poll-name: before the noun, after "by", the name opening a sentence of "its poll", and the poll named last
    String text = "Greens ahead in two polls\n\nA Gallup poll for the Courier showed the Greens with 28 pct of the vote."
        + "\n\nThe Daily Courier said its own poll, taken on Friday, found the Greens on 31 pct.\n\n"
        + "A survey by Ipsos gave them 26 pct.\n\nIn that survey, the Liberals had the support of 22 pct.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "28").place()).contains("#poll-gallup").contains("#poll-2024-03");
    assertThat(key(cs, "31").place()).contains("#poll-daily-courier");
    assertThat(key(cs, "26").place()).contains("#poll-ipsos");
    assertThat(key(cs, "22").place()).contains("#poll-ipsos");
  }

  @Test
  void aPollsMonthIsItsOwnDateElseTheReports() {
    // poll-month: "in January" dates the poll; a share of no poll ("turnout of 61 pct") has no poll's scope
    String text = "Greens gain in new poll\n\nA Gallup poll in January gave the Greens 24 pct.\n\n"
        + "Turnout in the last election was 61 pct.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "24").place()).contains("#poll-2024-01");
    assertThat(key(cs, "61").place()).doesNotContain("#poll-");
  }
}
