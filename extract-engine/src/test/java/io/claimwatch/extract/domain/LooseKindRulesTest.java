package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule frame.loose-kind ({@link LooseKinds}, {@code keys/loose-kinds.txt}): a sentence that tells the article's own
 * event in a looser word of another kind, dated within the article's window, keeps the article's kind; rule
 * crash-collapse ({@code keys/cause-families.txt}): a collapse and a crash are keyed as one kind of mishap.
 */
class LooseKindRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 5);   // a Thursday

  private static ExtractedClaim claim(List<ExtractedClaim> cs, String number) {
    return cs.stream().filter(c -> c.numberText().contains(number)).findFirst().orElseThrow();
  }

  @Test
  void clashesOfARiotOnItsDayAreTheRiot() {
    String text = "Riot at textile mill leaves guard dead\n\n"
        + "DHARVA (Reuters) - Workers rioted at a textile mill in the south of the country on Wednesday, leaving a guard"
        + " dead, police said.\n\n"
        + "Police arrested 64 people after Wednesday's clashes, a police spokesman said on Thursday.\n";
    ExtractedClaim arrested = claim(all(text, PUBLISHED), "64");
    assertThat(arrested.key().cause()).isEqualTo("protest");
    assertThat(arrested.background()).isFalse();
  }

  @Test
  void aFireTheCrowdSetOnTheDayIsTheRiot() {
    String text = "Protest at paper mill turns violent\n\n"
        + "A protest by workers at a paper mill turned violent on Wednesday, police said.\n\n"
        + "Parts of the mill were set on fire on Wednesday and 12 guards were hurt, the company said.\n";
    assertThat(key(all(text, PUBLISHED), "12").cause()).isEqualTo("protest");
  }

  @Test
  void clashesOfAnotherYearAreStillAnotherEvent() {
    // a date outside the window still sets the other kind's figure apart
    String text = "Riot at textile mill leaves guard dead\n\n"
        + "Workers rioted at a textile mill in the south of the country on Wednesday, leaving a guard dead, police said.\n\n"
        + "Clashes at the same mill in 2019 killed 9 people.\n";
    ExtractedClaim older = claim(all(text, PUBLISHED), "9");
    assertThat(older.background()).isTrue();
    assertThat(older.key().cause()).isEqualTo("war");
  }

  @Test
  void aBombingOnTheDayOfARiotIsNoLooseWordForIt() {
    // only the kinds loose-kinds.txt lists tell the article's event: a bombing is another event
    String text = "Riot at textile mill leaves guard dead\n\n"
        + "Workers rioted at a textile mill in the south of the country on Wednesday, leaving a guard dead, police said.\n\n"
        + "A car bomb exploded at a market on Wednesday, killing 7 people.\n";
    assertThat(key(all(text, PUBLISHED), "7").cause()).isEqualTo("attack");
  }

  @Test
  void aLandingGearThatCollapsedIsTheCrashLanding() {
    String text = "Airline grounds turboprops after crash-landing\n\n"
        + "An airline grounded its 14 turboprops on Thursday after the crash landing of one of them at a regional airport.\n\n"
        + "The plane's landing gear collapsed on touchdown on Tuesday and 31 passengers were taken off by slide.\n";
    ExtractedClaim passengers = claim(all(text, PUBLISHED), "31");
    assertThat(passengers.key().cause()).isEqualTo("crash");
    assertThat(passengers.background()).isFalse();
  }

  @Test
  void aCollapseIsKeyedWithCrashes() {
    // crash-collapse: one report's "collapse" and another's "crash" of one landing key as one kind of mishap
    String text = "Landing gear collapses on touchdown\n\n"
        + "The landing gear of a turboprop collapsed as it touched down at a regional airport on Tuesday, and 5 people"
        + " were hurt.\n";
    assertThat(key(all(text, PUBLISHED), "5").cause()).isEqualTo("crash");
  }
}
