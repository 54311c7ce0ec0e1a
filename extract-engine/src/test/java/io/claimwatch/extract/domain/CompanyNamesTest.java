package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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

  @Test
  void aLongArticleIsReadOnceNotOncePerClaim() {
    // 1 MB of text with 9,000 distinct short capitalised words, asked as often as a claim of a strike sentence asks:
    // read per call and per short word it took claims x words x text
    StringBuilder text = new StringBuilder("A retired General Motors Corp ( GM.N ) worker joined the union's pickets. ");
    for (int i = 0; text.length() < 1_000_000; i++) {
      String acronym = "" + (char) ('A' + i % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i / 676 % 26);
      text.append("The ").append(acronym).append(" said GM workers went on strike. ");
    }
    String article = text.toString();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (int claim = 0; claim < 200; claim++) {
        assertThat(CompanyNames.mostNamed(article, 3)).isEqualTo("general");
        assertThat(CompanyNames.normal(article, "GM")).isEqualTo("general");
      }
    });
  }

  @Test
  void oneLegalSuffixCheckReadsAWordWithoutItsMarks() {
    // lexicon/claimant-company-suffixes.txt, one check for company-party-name and money-owner-agent (MoneyMeasures)
    for (String suffix : new String[] {"Co.", "Co", "Inc", "Inc.,", "plc", "AG", "A.G.", "N.V.", "S.p.A."})
      assertThat(CompanyNames.isLegalSuffix(suffix)).as(suffix).isTrue();
    // "L.P." is read as "LP" and "S.A." as "SA": "Shell Pipeline Co LP", "Nestle SA", "Inditex S.A. ( ITX.MC )"
    assertThat(CompanyNames.isLegalSuffix("L.P.")).isEqualTo(CompanyNames.isLegalSuffix("LP")).isTrue();
    assertThat(CompanyNames.isLegalSuffix("S.A.")).isEqualTo(CompanyNames.isLegalSuffix("SA")).isTrue();
    for (String suffix : new String[] {"LLP", "Oyj", "ASA", "AB", "SE", "Pty", "B.V."})
      assertThat(CompanyNames.isLegalSuffix(suffix)).as(suffix).isTrue();
    assertThat(CompanyNames.isLegalSuffix("Motors")).isFalse();
    assertThat(CompanyNames.hasLegalSuffix("Shell Pipeline Co LP")).isTrue();
    assertThat(CompanyNames.hasLegalSuffix("Deutsche Lufthansa AG")).isTrue();
    assertThat(CompanyNames.hasLegalSuffix("Sunoco L.P.")).isTrue();
    assertThat(CompanyNames.hasLegalSuffix("Nestle SA")).isTrue();
    // the suffix alone is no name with a suffix
    assertThat(CompanyNames.hasLegalSuffix("Inc")).isFalse();
    // a name listed with its suffix: "Deutsche Lufthansa AG" lists "Deutsche"
    assertThat(CompanyNames.mostNamed("Deutsche Lufthansa AG said Deutsche profits rose. Deutsche shares fell.", 3)).isEqualTo("deutsche");
  }
}
