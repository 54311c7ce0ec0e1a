package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {

  @Test
  void oneCompanyNamedSeveralWaysIsOneParty() {
    // company-party-name (CompanyNames): legal suffix and ticker dropped, a short name the long one the article gives
    String gm = "DETROIT (Reuters) - A retired General Motors Corp ( GM.N ) worker said the strike against GM hurt.";
    assertThat(CompanyNames.normal(gm, "GM")).isEqualTo(CompanyNames.normal(gm, "General Motors Corp"));
    assertThat(CompanyNames.normal(gm, "General")).isEqualTo("general");
    String ba = "British Airways cabin crew walked out. BA said 60 percent of flights would run.";
    assertThat(CompanyNames.normal(ba, "BA")).isEqualTo(CompanyNames.normal(ba, "British Airways"));
    assertThat(CompanyNames.normal("", "ExxonMobil")).isEqualTo(CompanyNames.normal("", "Exxon Mobil Corp"))
        .isEqualTo(CompanyNames.normal("", "Exxon")).isEqualTo("exxon");
    assertThat(CompanyNames.normal("", "Lockheed Martin Corp")).isEqualTo(CompanyNames.normal("", "Lockheed's"));
    // a short name the article gives no long name for stays itself
    assertThat(CompanyNames.normal("The union struck at ACME plants.", "ACME")).isEqualTo("acme");
  }

  @Test
  void theMostNamedListedCompany() {
    String text = "FLINT (Reuters) - Spillman, a retired General Motors Corp ( GM.N ) worker, joined pickets at GM plants."
        + " Ford Motor Co and Chrysler LLC were not struck. GM workers said GM must pay.";
    assertThat(CompanyNames.mostNamed(text, 3)).isEqualTo("general");
    // named twice only: none
    assertThat(CompanyNames.mostNamed("Chrysler's workers struck. A two-day strike at General Motors Corp ended.", 3)).isEmpty();
    assertThat(CompanyNames.mostNamed("Workers struck on Monday.", 3)).isEmpty();
  }
}
