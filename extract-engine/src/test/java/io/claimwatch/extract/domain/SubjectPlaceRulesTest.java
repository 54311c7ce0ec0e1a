package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * frame.subject-over-dateline ({@link SubjectPlaces}): a place the lead's first sentence opens on as its subject is
 * where the news is, not the city the dateline says the story was filed from.
 */
class SubjectPlaceRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2001, 3, 3);

  @Test
  void aPlaceOpeningTheLeadOutranksTheDateline() {
    String text = "Snowy winter\n\nWASHINGTON, March 3 (Xinhua) -- Denver recorded 41 inches of snow this winter, the most"
        + " in a decade, forecasters said.\n\nDenver had 12 snow days in February, the weather service said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "12").place()).contains("@US.CO").doesNotContain("@US.WA");
  }

  @Test
  void aPossessiveSubjectCountsToo() {
    String text = "Harvest\n\nCHICAGO, March 3 (Reuters) - Ohio's farmers harvested 14 million bushels of apples last year,"
        + " the state said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "14 million").place()).contains("@US.OH").doesNotContain("@US.IL");
  }

  @Test
  void aPersonNamedLikeACityLeavesTheDateline() {
    // the run "Mayor Denver Smith" is no one place's name
    String text = "Budget\n\nSEATTLE, March 3 (Reuters) - Mayor Denver Smith said the city would hire 40 more teachers"
        + " next year.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "40").place()).contains("@US.WA").doesNotContain("@US.CO");
  }

  @Test
  void aLeadNamingTheDatelinesCountryAndNotItsTownLeavesTheTown() {
    // frame.dateline-country: filed from the capital, the quake is elsewhere in the country the lead names
    String text = "Quake in the south\n\nLIMA, March 3 (Reuters) - A strong earthquake that hit Peru on Friday killed at least"
        + " 30 people, officials said.\n";
    Extraction e = Fixtures.EXTRACTOR.extract(text, PUBLISHED);
    assertThat(e.frame().place()).isEqualTo("@PE");
    assertThat(key(e.claims(), "at least 30").place()).contains("@PE").doesNotContain("@PE.15");
  }

  @Test
  void aLeadNamingTheDatelinesTownKeepsItsRegion() {
    // frame.dateline-country: the town the story was filed from is named again in the lead, so the event is there
    String text = "Blast in Pakistan\n\nLAHORE, Pakistan -- A bomb killed 12 people on Tuesday outside a market in Lahore,"
        + " Pakistan's second largest city.\n";
    assertThat(Fixtures.EXTRACTOR.extract(text, PUBLISHED).frame().place()).contains("@PK.04");
  }

  @Test
  void aDatelineAbroadIsWhereTheStoryWasFiled() {
    // frame.dateline-abroad: the floods are in Italy; Oslo is where the reinsurer spoke
    String text = "OSLO, March 3 (Reuters) - Floods in northern Italy last month will cost insurers $2 billion, a reinsurer"
        + " said on Monday.\n";
    Extraction e = Fixtures.EXTRACTOR.extract(text, PUBLISHED);
    assertThat(e.frame().place()).contains("@IT").doesNotContain("@NO");
  }

  @Test
  void aDatelineAbroadStaysWhenTheLeadLocatesNothing() {
    // frame.dateline-abroad reads a lead that puts the event in places: "German" names the soldiers, not where the bomb was
    String text = "KABUL, March 3 (Reuters) - A roadside bomb killed 3 German soldiers on Monday, officials said.\n";
    Extraction e = Fixtures.EXTRACTOR.extract(text, PUBLISHED);
    assertThat(e.frame().place()).contains("@AF");
  }

  @Test
  void aLeadOfARegionLeavesTheDateline() {
    // frame.dateline-region: the floods are central Europe's; Zurich is the reinsurer's seat, and "Swiss Re" in the
    // lead's next sentence names the reinsurer, not the floods' place
    String text = "ZURICH, March 3 (Reuters) - Floods in central Europe last month may cost insurers $4 billion, a reinsurer"
        + " said on Monday. The forecast from Swiss Re is half an earlier estimate.\n";
    Extraction e = Fixtures.EXTRACTOR.extract(text, PUBLISHED);
    assertThat(e.frame().place()).contains("europe").doesNotContain("@CH");
  }

  @Test
  void aCountryOfTheRegionIsAPartOfIt() {
    // region-part: Germany's losses are a part of the central European floods' losses, not the whole
    String text = "ZURICH, March 3 (Reuters) - Floods in central Europe last month may cost insurers $4 billion, a reinsurer"
        + " said on Monday.\n\nInsurers face claims of up to $2 billion in Germany, a trade body said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "$2 billion").place()).contains("#de");
    assertThat(key(cs, "$4 billion").place()).doesNotContain("#");
  }

  @Test
  void aPlantsSiteInTheLeadOutranksAForeignDesk() {
    // frame.site-abroad (fresh-aw aw14): the first sentence places the blast nowhere; the next one puts the plant west of
    // Chengdu, in another country than the desk that files from San Francisco
    String text = "SAN FRANCISCO, March 3 (Reuters) - Apple Inc is investigating an explosion that killed two people and"
        + " injured 16 at a factory of Foxconn, its main manufacturing partner.\n\nThe official news agency reported a large"
        + " explosion rocked the plant in an industrial zone west of Chengdu, the capital of Sichuan province, on Friday"
        + " evening.\n";
    Extraction e = Fixtures.EXTRACTOR.extract(text, PUBLISHED);
    assertThat(e.frame().place()).contains("@CN").doesNotContain("@US");
  }

  @Test
  void aSiteInTheDatelinesCountryKeepsTheDateline() {
    // frame.site-abroad reads only a site abroad: a refinery near Houston filed from Houston stays in Texas
    String text = "HOUSTON, March 3 (Reuters) - Valero Energy Corp is investigating an explosion that killed two workers at"
        + " one of its refineries.\n\nThe explosion hit the plant in Pasadena, Texas, on Friday evening.\n";
    Extraction e = Fixtures.EXTRACTOR.extract(text, PUBLISHED);
    assertThat(e.frame().place()).contains("@US.TX");
  }

  @Test
  void aCompassWordLeadsToTheSiteAbroad() {
    // frame.dateline-abroad with "southwest" between the locative word and the name (fresh-aw aw17): the refinery is
    // in Wales; Singapore is the desk
    String text = "SINGAPORE, March 3 (Reuters) - Chevron Corp said its 220,000 barrels per day Pembroke refinery in"
        + " southwest Wales was operating on Friday.\n\nFour people were killed in an explosion at the plant on"
        + " Thursday.\n";
    Extraction e = Fixtures.EXTRACTOR.extract(text, PUBLISHED);
    assertThat(e.frame().place()).contains("@GB.WLS").doesNotContain("@SG");
  }

  @Test
  void desksThatFiledTogetherGiveTheirCommonCountryOnly() {
    // frame.desks-dateline: Boston and Chicago are where the reporters sit; the strike is at a plant in Pennsylvania
    String text = "BOSTON/CHICAGO (Reuters) - Harley-Davidson Inc. plans to lay off up to 740 workers because of a strike at"
        + " its largest motorcycle plant, the company said.\n";
    Extraction e = Fixtures.EXTRACTOR.extract(text, PUBLISHED);
    assertThat(e.frame().place()).doesNotContain("@US.MA").doesNotContain("@US.IL");
    // desks in two countries give neither: the outbreak the lead names is the news
    String abroad = "GENEVA/TAIPEI (Reuters) - Global airlines were warned on Tuesday of falls in traffic due to the outbreak"
        + " of swine flu in Mexico.\n";
    assertThat(Fixtures.EXTRACTOR.extract(abroad, PUBLISHED).frame().place()).contains("@MX").doesNotContain("@CH")
        .doesNotContain("@TW");
  }
}
