package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link MoneyMeasures}, each on wire copy like the news it was written for: a sum is keyed by what it
 * measures and whose it is, so that two banks' assets, a bank's assets and its deposits, a country's debt and its
 * losses do not share a group; and a figure a change is measured from is another period's ({@link KeyFacet}).
 */
class MoneyKeyRulesTest {

  private static final LocalDate PUB = LocalDate.of(1987, 3, 20);

  @Test
  void moneyMeasureAfterAndOwnerHolder() {
    // money-measure-after, money-owner-holder: two banks' assets in one story are two quantities
    String text = "TWO TEXAS BANKS FAIL\n\nThe Federal Deposit Insurance Corp said two Texas banks failed.\n"
        + "    Southwestern had total assets of 14.8 mln dlrs.\n"
        + "    Farmers, with 9.6 mln dlrs in assets, was closed by Texas bank regulators.\n"
        + "    The failed bank's 14.1 mln dlrs in deposits were assumed by another bank.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "14.8").event()).isEqualTo("asset");
    assertThat(key(cs, "14.8").party()).isEqualTo("southwestern");
    assertThat(key(cs, "9.6").event()).isEqualTo("asset");
    assertThat(key(cs, "9.6").party()).isEqualTo("farmers");
    assertThat(key(cs, "14.1").event()).isEqualTo("deposit");
  }

  @Test
  void moneyMeasureCountedBeforeAndOwnerPossessive() {
    // money-measure-counted ("dlr foreign debt"), money-owner-possessive ("Ecuador's"), money-measure-before
    // ("Imports were forecast at"), money-measure-after ("in damage"): the debt, the losses and imports apart
    String text = "ECUADOR TO HONOUR DEBT\n\nQUITO, March 20 - The planning board said payments on Ecuador's 8.16 billion"
        + " dlr foreign debt will be limited to 947 mln dlrs this year.\n"
        + "    Imports were forecast at 1.70 billion dlrs.\n"
        + "    The earthquake caused an estimated one billion dlrs in damage.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "8.16").event()).isEqualTo("debt");
    assertThat(key(cs, "8.16").party()).isEqualTo("ecuador");
    assertThat(key(cs, "1.70").event()).isEqualTo("import");
    // money-measure-before: the debt named right after the 8.16 billion is its own; 947 mln are the payments
    assertThat(key(cs, "947").event()).isEqualTo("payment");
    assertThat(key(cs, "one billion").event()).isEqualTo("loss");
  }

  @Test
  void moneyOwnerAgent() {
    // money-owner-agent: a company named with its legal suffix that caused or inflicted a sum owns it, in its normal
    // form, so two pipeline operators' damage over one period are two quantities; a storm that caused damage owns none
    String text = "PIPELINE OPERATORS' RECORD\n\nHOUSTON, March 20 - Since 2006, incidents on pipelines controlled by"
        + " ExxonMobil Pipeline Co or Mobil Pipeline Co caused more than $147 million in property damage.\n"
        + "    Another pipeline company, Shell Pipeline Co LP, inflicted around $50 million in property damage over the same period.\n"
        + "    Hurricane Ike caused about $30 million in damage to the lines.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "147").party()).isEqualTo("exxon");
    assertThat(key(cs, "50").party()).isEqualTo("shell");
    assertThat(key(cs, "30").party()).isEmpty();
  }

  @Test
  void moneyOwnerListAndRelativeHolder() {
    // money-owner-list: the holder owns every sum of the list its verb opens; past a relative clause, or as its subject;
    // money-currency-no-party: "US dollars assets" (the counted phrase of "had assets of $292.9 million") owns nothing
    String text = "Regulators close banks\n\nWASHINGTON (Reuters) - Main Street Bank had total assets of $98 million and total"
        + " deposits of $86 million as of October 7, the FDIC said, while Meridian Bank had $39.2 million in total assets"
        + " and $36.9 million in total deposits as of September 25. County Bank, which operated 39 offices, had $1.7 billion"
        + " in assets and $1.3 billion in deposits, according to regulators. MagnetBank had assets of $292.9 million and"
        + " deposits of $282.8 million, the FDIC said. Friday's closures were: * Mutual Bank of Harvey, Illinois, which had"
        + " $1.6 billion in assets and about $1.5 billion in deposits.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2008, 10, 11));
    assertThat(key(cs, "$98").party()).isEqualTo("main street");
    assertThat(key(cs, "$86").party()).isEqualTo("main street");
    assertThat(key(cs, "$39.2").party()).isEqualTo("meridian");
    assertThat(key(cs, "$36.9").party()).isEqualTo("meridian");
    assertThat(key(cs, "$1.7").party()).isEqualTo("county");
    assertThat(key(cs, "$1.3").party()).isEqualTo("county");
    assertThat(key(cs, "$292.9").party()).isEqualTo("magnetbank");
    assertThat(key(cs, "$282.8").party()).isEqualTo("magnetbank");
    assertThat(key(cs, "$1.5").party()).isEqualTo("mutual bank of harvey");
  }

  @Test
  void moneyOwnerReferentAndCostBearer() {
    // money-owner-referent: "The bank had", "The failure is expected to cost" are the bank the sentence before names;
    // money-cost-bearer: "the FDIC's insurance fund" bears the cost and does not own it; "The two failures" are no one's
    String text = "Regulators close banks\n\nWASHINGTON (Reuters) - Regulators closed three banks on Friday. Alliance Bank was"
        + " closed by the California Department of Financial Institutions. The bank had $1.14 billion in assets and $951 million in deposits. The cost to the Deposit"
        + " Insurance Fund will be $206 million, the FDIC estimated. Alpha Bank had total"
        + " assets of $354.1 million, the regulator said. The failure is expected to cost the FDIC's insurance fund about"
        + " $158.1 million. Hume Bank had total assets of $18.7 million. The two failures are expected to cost the fund"
        + " $46 million.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2009, 2, 7));
    assertThat(key(cs, "$1.14").party()).isEqualTo("alliance");
    assertThat(key(cs, "$951").party()).isEqualTo("alliance");
    assertThat(key(cs, "$158.1").party()).isEqualTo("alpha");
    assertThat(key(cs, "$46").party()).isEmpty();
    // through a referent's sentence to the one before it; past a wire's dateline
    assertThat(key(cs, "$206").party()).isEqualTo("alliance");
    String lead = "Bank closed\n\nWASHINGTON (Reuters) - Ocala National Bank was closed on Friday. It had assets of $223.5 million.\n";
    assertThat(key(all(lead, LocalDate.of(2009, 1, 31)), "$223.5").party()).isEqualTo("ocala national");
  }

  @Test
  void aSumWhoseMeasureIsNotReadKeysWithNone() {
    String text = "BANK FAILS IN OKLAHOMA\n\nThe FDIC said it will advance 3.7 mln dlrs to the buyer"
        + " and that the buyer paid 2.1 mln dlrs on Friday.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "3.7").event()).isEqualTo("advance");
    assertThat(key(cs, "2.1").event()).isEmpty();
  }

  @Test
  void aFigureAChangeIsMeasuredFromIsAnotherPeriods() {
    // KeyFacet "earlier": "fell to 1.9 bln stg from 2.1 bln stg" are two months' deficits
    String text = "UK TRADE DEFICIT NARROWS\n\nLONDON, March 20 - Britain's deficit with the European Community"
        + " fell to 1.9 bln stg from 2.1 bln stg, official figures showed.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "2.1").place()).contains("#earlier");
    assertThat(key(cs, "1.9").place()).doesNotContain("#earlier");
  }

  @Test
  void tonnesOfOneCommodityAreNotTonnesOfAnother() {
    // FigureMeasures, keys/commodity-units.txt: what the unit counts keys the figure
    String text = "SRI LANKA APPEALS FOR DROUGHT AID\n\nCOLOMBO, March 20 - Over 25,000 tonnes of wheat were required"
        + " to cover the shortfall, the letter said.\n    Output would be 1.5 mln tonnes of rice, it said.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "25,000").kind()).isEqualTo("wheat");
    assertThat(key(cs, "1.5").kind()).isEqualTo("rice");
  }

  @Test
  void aCountAChangeIsMeasuredFromIsAnotherPeriods() {
    // KeyFacet "earlier" for a figure in no unit: "down from 127 mln in 1985"
    String text = "SRI LANKA PADDY OUTPUT FALLS\n\nCOLOMBO, March 20 - Last year's paddy output was 124 mln bushels,"
        + " down from 127 mln in 1985, the letter said.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "127").place()).contains("#earlier");
    assertThat(key(cs, "124").place()).doesNotContain("#earlier");
  }

  @Test
  void aPledgeToldInTheHeadlineTheLeadAndLaterIsOneMeasure() {
    // money-verb-over-subject, keys/money-measures.txt pledge (pledged, offered, a commitment); money-verb-kind: a sum its
    // verb names has no kind of its phrase's nouns ("flood effort", "scheme"), so it keys with "The £20m commitment"
    String text = "Northshire pledges £20m to flood effort\n\nNorthshire council has offered £18m over ten years to a"
        + " scheme to rebuild the river walls.\n\nThe £20m commitment is the largest the council has made.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "20m").event()).isEqualTo("pledge");
    assertThat(key(cs, "18m").event()).isEqualTo("pledge");
    assertThat(key(cs, "18m").kind()).isEmpty();
    assertThat(key(cs, "20m").kind()).isEmpty();
    assertThat(cs.stream().filter(c -> c.quote().contains("commitment")).findFirst().orElseThrow().key().event()).isEqualTo("pledge");
  }

  @Test
  void aSumAskedForIsTheDemandWhateverItWouldPayFor() {
    // keys/money-measures.txt demand (demand, request); money-demand-kind: the demand told twice, by two purposes
    String text = "Mayor seeks $40m for pier\n\nThe mayor's demand for $40 million in funding for a new pier stalled"
        + " the budget talks on Monday.\n\nHe had requested $40 million for construction of the pier in March.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 10, 28));
    for (String said : List.of("demand for", "requested")) {
      ClaimKey k = cs.stream().filter(c -> c.quote().contains(said)).findFirst().orElseThrow().key();
      assertThat(k.event()).as(said).isEqualTo("demand");
      assertThat(k.kind()).as(said).isEmpty();
    }
  }

  @Test
  void aConversionAfterOrTakesTheKeyOfTheSumItConvertsAndSoDoesOneOfPoundsReadByTheirWords() {
    // conversion-or, sum-by-kind: ", or nearly $226,000" is the 150,500 pounds told in dollars, and "(about $120,000)" the
    // 80,000 pounds (read as a weight): each takes its sum's key; a tonnage and its dollars' worth are no conversion
    String text = "Trust halts grants to shelter\n\nThe Albright Trust has given 150,500 British pounds, or nearly $226,000, to the"
        + " shelter since 2010, the regulator said on Monday. A second trust gave it 80,000 pounds (about $120,000) last year.\n\n"
        + "The port handled 40,000 tonnes, or $9 million of grain, in May.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2015, 3, 9));
    assertThat(key(cs, "150,500").kind()).isEqualTo("money");
    assertThat(key(cs, "$226,000")).isEqualTo(key(cs, "150,500"));
    assertThat(key(cs, "$120,000")).isEqualTo(key(cs, "80,000"));
    assertThat(key(cs, "$9 million")).isNotEqualTo(key(cs, "40,000"));
  }

  @Test
  void aConversionInBracketsTakesTheKeyOfTheSumItConverts() {
    // conversion-key: "(about $27,000)" is the 25,000 euros told in dollars: one key, every currency keyed in US dollars
    // (money-one-unit); a later sum of the same currency in brackets ("($3 million a year earlier)") is no conversion
    String text = "Court fines bakery chain\n\nA court in Lyon on Tuesday ordered the bakery chain to pay a fine of 25,000 euros"
        + " (about $27,000) for unpaid overtime, its lawyer said.\n\nThe chain made a profit of $5.2 million ($3.1 million a"
        + " year earlier).\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 24));
    assertThat(key(cs, "25,000")).isNotNull();
    assertThat(key(cs, "$27,000")).isEqualTo(key(cs, "25,000"));
    assertThat(key(cs, "$27,000").unit()).isEqualTo("USD");
    assertThat(key(cs, "25,000").unit()).isEqualTo("USD");
    assertThat(key(cs, "$3.1 million").unit()).isEqualTo("USD");
  }

  @Test
  void aSumAThingWasSoldForIsItsPrice() {
    // sale-price-key: "for" right before the sum, a verb of sale before it in its sentence (past the buyer and a
    // relative clause); a loan lent and a sum sued for are a loan and a claim (money-measure-before)
    String text = "Port operator to be sold\n\nThe port, which handles most of the country's grain, was sold in May 2021"
        + " for $640m, officials said.\n\nThe dock company was bought by a group of investors that included the mayor's"
        + " brother-in-law for $610m.\n\nA bank lent the buyers $200m last year.\n\nThe port's former owner has sued the"
        + " state for $1.2bn.\n\nThe port paid $3m for the study.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 3, 4));
    assertThat(key(cs, "$640m").event()).isEqualTo("price");
    assertThat(key(cs, "$610m").event()).isEqualTo("price");
    assertThat(key(cs, "$610m").kind()).as("a price, not the company's nor the investors'").isEmpty();
    assertThat(key(cs, "$200m").event()).isEqualTo("loan");
    assertThat(key(cs, "$1.2bn").event()).isEqualTo("claim");
    assertThat(key(cs, "$3m").event()).as("paid for is no sale").isNotEqualTo("price");
  }

  @Test
  void aCurrencyNamedInWordsBeforeTheFigureIsItsUnit() {
    // wire copy writes the currency before the sum ("U.S. dlrs 2.1 billion", "(Australian dollars 3.2 billion)"):
    // lexicon/currencies.txt, so the sum is money in its key, as "$2.1 billion" is
    String text = "Port expansion approved\n\nThe operator expects the new terminal to add U.S. dlrs 2.1 billion to exports"
        + " (Australian dollars 3.2 billion) by 2030, its chairman said on Monday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 5, 6));
    assertThat(key(cs, "2.1 billion").unit()).isEqualTo("USD");
    assertThat(cs).filteredOn(c -> c.numberText().contains("3.2 billion")).extracting(ExtractedClaim::unit).containsExactly("AUD");
    assertThat(key(cs, "3.2 billion").unit()).as("money-one-unit: keyed in US dollars").isEqualTo("USD");
  }
}
