package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListedCompaniesTest {

  /** From a Reuters factbox of lenders' job cuts (fresh-ax ax07), one section per company. */
  private static final String FACTBOX = "NEW YORK (Reuters) - Banks are cutting tens of thousands of jobs."
      + " The following is a selection of U.S. financial companies that have set job cuts this year."
      + " INDYMAC BANCORP INC IndyMac Bancorp Inc, one of the largest independent U.S. mortgage lenders, plans to cut"
      + " 1,000 jobs as defaults rise and loan volumes decline."
      + " ACCREDITED HOME LENDERS HOLDING CO Accredit Home Lenders, a subprime lender, said it will cut 1,600 jobs."
      + " BEAR STEARNS COS Bear Stearns, a Wall Street investment bank said it will cut 240 subprime lending jobs.";

  @Test
  void aFigureTakesTheCompanyOfItsSection() {
    // factbox-section-party: the company whose capital heading the figure follows, in its normal form
    assertThat(ListedCompanies.of(FACTBOX, FACTBOX.indexOf("1,000"))).isEqualTo(CompanyNames.normal(FACTBOX, "IndyMac"));
    assertThat(ListedCompanies.of(FACTBOX, FACTBOX.indexOf("1,600"))).isEqualTo("accredit");
    assertThat(ListedCompanies.of(FACTBOX, FACTBOX.indexOf("240"))).isEqualTo("bear");
    // before the first heading: the list's preamble is no company's
    assertThat(ListedCompanies.of(FACTBOX, FACTBOX.indexOf("tens"))).isEmpty();
  }

  @Test
  void oneCapitalRunIsNoList() {
    // a capital dateline, one heading alone: no list, no party
    String one = "NEW YORK (Reuters) - COUNTRYWIDE FINANCIAL CORP Countrywide plans to cut 12,000 jobs.";
    assertThat(ListedCompanies.of(one, one.indexOf("12,000"))).isEmpty();
    // capitals whose next word does not repeat them head nothing
    String caps = "THE UNITED STATES Economy lost 100 jobs. U.S. STEEL CORP Shares fell 2 percent.";
    assertThat(ListedCompanies.of(caps, caps.indexOf("2 percent"))).isEmpty();
    // advice subheads (fresh-ag ag10): capitals the prose repeats, but no name runs on and no legal suffix
    String advice = "CHECK YOUR CREDIT SCORE Check your credit file. CHECK YOUR BANK STATEMENTS Check for 3 unknown payments.";
    assertThat(ListedCompanies.of(advice, advice.indexOf("3 unknown"))).isEmpty();
  }
}
