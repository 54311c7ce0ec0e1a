package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule attack-site ({@link EventSites}): the strikes of one war in one place and month are keyed by the site each
 * hit, in an article that names two sites or more; a running total and an area's count take no site.
 */
class AttackSiteRulesTest {

  private static final String GAZA = "At least 30 killed in an Israeli airstrike on a school in Gaza, officials say\n\n"
      + "At least 30 people have been killed in an Israeli airstrike on a school in Deir Sahel, central Gaza, where"
      + " thousands were sheltering, Palestinian officials said.\n\n"
      + "The Israeli military said the strike targeted a Hamas command center inside the compound.\n\n"
      + "Most of the victims were women and children, a spokesperson for the hospital said.\n\n"
      + "Earlier this month at least 17 people were killed in Israeli airstrikes on homes in the Bureij camp, the"
      + " officials said.\n\n"
      + "Al-Mawasi has come under repeated Israeli attacks, including a strike on July 14 which reportedly killed 90"
      + " people.\n\n"
      + "Israeli military action in Gaza has since killed 39,258 Palestinians, according to the Ministry of Health there.\n";

  @Test
  void eachStrikeIsKeyedByTheSiteItHit() {
    List<ExtractedClaim> cs = all(GAZA, LocalDate.of(2024, 7, 27));
    assertThat(key(cs, "30").place()).contains("#deir-sahel");
    assertThat(key(cs, "17").place()).contains("#bureij");
  }

  @Test
  void aStrikeOfADayOfItsOwnIsKeyedByItsDay() {
    // "a strike on July 14" in a report of another day's strike: another strike, whatever site the lead names
    ClaimKey other = key(all(GAZA, LocalDate.of(2024, 7, 27)), "90");
    assertThat(other.place()).contains("#day-7-14").doesNotContain("#deir-sahel");
  }

  @Test
  void aRunningTotalTakesNoSite() {
    // keys/cumulative-words.txt: "has since killed" counts the war's strikes, all of them
    ClaimKey total = key(all(GAZA, LocalDate.of(2024, 7, 27)), "39,258");
    assertThat(total.place()).doesNotContain("#");
  }

  @Test
  void aVerbOfAttackNamesTheSiteOfTheParagraphsToll() {
    // keys/site-verbs.txt: "attacked Angur Adar" is where the 22 were killed; "in Teri Mangal" the 70
    String text = "SECOND PAKISTAN BOMBING KILLS 22\n\nISLAMABAD, March 24 - Afghan warplanes killed 22 people in a second"
        + " bombing in as many days of a remote Pakistani village, official Radio Pakistan said.\n"
        + "    The radio said the six planes attacked Angur Adar in the South Waziristan area.\n"
        + "    Officials said the death toll from yesterday's Afghan bombing in Teri Mangal to the north had risen to at"
        + " least 70. Fifty-one people were reported killed yesterday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 24));
    assertThat(key(cs, "22").place()).contains("#angur-adar");
    assertThat(key(cs, "70").place()).contains("#teri-mangal");
    assertThat(key(cs, "Fifty-one").place()).contains("#teri-mangal");
  }

  @Test
  void oneSiteNamedPartsNothing() {
    // a report that names one site only keys its tolls as another report of the same attack that names none
    String text = "Three US troops killed in drone attack at Camp Arrow in Jordan\n\n"
        + "Three US service members were killed and at least 25 injured in a drone attack at Camp Arrow in Jordan"
        + " overnight, officials said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 1, 28));
    assertThat(key(cs, "25").place()).doesNotContain("#");
  }

  @Test
  void theAttackToldAtAnotherNameOfItsSitePartsNothing() {
    // "The attack took place at the Imam Ali mosque": the attack already told ("the", keys/event-references.txt),
    // at another name of the lead's site (a mosque in the district), is no second strike: nothing is parted
    String text = "At least six killed in shooting near mosque in Oman\n\n"
        + "At least six people are dead following a shooting near a mosque in Oman's Wadi Al-Kabir region, according"
        + " to the Royal Oman Police.\n\n"
        + "The attack took place at the Imam Ali mosque, according to video obtained by Reuters.\n\n"
        + "More than two dozen people of various nationalities were injured in the attack, the police said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 16));
    assertThat(key(cs, "six").place()).doesNotContain("#");
  }
}
