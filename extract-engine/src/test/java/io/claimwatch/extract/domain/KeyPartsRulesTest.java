package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parts of a count keyed apart from the count of the whole event ({@link KeyParts}, keys/parts.txt): a part
 * included in a count beside it, the groups of a breakdown by sex or age, a bound the count may yet reach, and
 * bodies recovered (keys/kinds.txt); while a partitive of the whole and a modal of the same count stay the count.
 */
class KeyPartsRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 7, 24);

  @Test
  void everyRulesExampleKeysItsFigureApart() {
    for (KeyParts.Rule rule : KeyParts.Rule.values()) {
      List<ExtractedClaim> cs = all("Landslides kill hundreds in Ethiopia\n\n" + rule.example + "\n", PUBLISHED);
      assertThat(key(cs, rule.figure).place()).as(rule.id).contains("#" + rule.scope);
    }
  }

  @Test
  void aLimitSetOnACountIsNotTheCount() {
    // limit-of: "a cap of fewer than 400 boats" is the limit the council agreed, not the 650 boats moored there
    String text = "Council caps harbour moorings\n\nOfficials said 650 boats were moored in the harbour on Monday.\n\n"
        + "The council agreed a cap of fewer than 400 boats on Tuesday, the mayor said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "650").place()).doesNotContain("#limit");
    assertThat(key(cs, "400").place()).contains("#limit");
  }

  @Test
  void oneEventsTollIsNotTheRunningTotal() {
    // single-event: "in a single blast" is one of the events the quarry's total since 1990 counts; the total is not a part
    String text = "Blast at quarry kills four\n\nFour workers died in an explosion at the Redcliff quarry on Monday.\n\n"
        + "Since 1990, 85 people have died at the quarry -- 12 were killed in a single blast in 2009, the union said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "85").place()).doesNotContain("#single");
    assertThat(key(cs, "12").place()).contains("#single");
  }

  @Test
  void aPartAfterOfWhichIsNotTheWhole() {
    // included-part: "of which" opens a part of the count before it, past a quote's opening mark
    String text = "Club marks its history\n\nWhen the war began, the club had fewer than 300 members, of which \"212 went to"
        + " the front,\" its website says.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "fewer than 300").place()).doesNotContain("#part");
    assertThat(key(cs, "212").place()).contains("#part");
  }

  @Test
  void aNormSetAgainstACountIsNotTheCount() {
    // usual-value: "instead of the usual three" is the bench a case normally gets, not this case's bench of seven
    String text = "Court rules on asylum appeal\n\nThe appeal went to a bench of seven judges instead of the usual three,"
        + " the court said on Tuesday.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "seven").place()).doesNotContain("#usual");
    assertThat(key(cs, "three").place()).contains("#usual");
  }

  @Test
  void aPartIncludedInACountIsNotTheToll() {
    // included-part: "including two students", "two children were among the dead": the children's count
    String text = "Clashes in Bangladesh kill 13\n\nAt least 13 people, including two students, were killed in clashes"
        + " on Tuesday, police said.\n\nTwo children were among the dead, a doctor said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 17));
    assertThat(key(cs, "At least 13").place()).doesNotContain("#");
    assertThat(key(cs, "two").place()).contains("#part");
    assertThat(key(cs, "Two").place()).contains("#child");
  }

  @Test
  void aPartOfAWholeTheSentenceCountsIsNamedByItsWords() {
    // included-part: "including four women" is the women's count; "eight of nine soldiers who were killed" is a part of
    // the nine; "among the 152 people aboard" is a partitive of the whole, the injured themselves
    String text = "Jet crash-lands at Heathrow\n\nThirteen people, including four women, have been taken to hospital,"
        + " officials said.\n\nNineteen injuries were reported among the 152 people aboard.\n\n"
        + "The army released the names of eight of nine soldiers who were killed when their truck overturned.\n\n"
        + "Around 10 were already dead on arrival at the hospital, a doctor said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2008, 1, 18));
    assertThat(key(cs, "four").place()).contains("#female");
    assertThat(key(cs, "Nineteen").place()).doesNotContain("#");
    assertThat(key(cs, "eight").place()).contains("#part");
    assertThat(key(cs, "nine").place()).doesNotContain("#");
    assertThat(key(cs, "10").place()).contains("#part");
  }

  @Test
  void theGroupsOfABreakdownAreCountsOfTheirOwn() {
    // breakdown: "148 males and 81 females" of a toll of 229
    String text = "Landslides in Ethiopia kill 229\n\nThe death toll from two landslides in southern Ethiopia on Monday"
        + " has risen to 229, officials said.\n\nOfficials said 148 males and 81 females had been killed.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "229").place()).doesNotContain("#");
    assertThat(key(cs, "148").place()).contains("#male");
    assertThat(key(cs, "81").place()).contains("#female");
  }

  @Test
  void aForecastIsNotTheCountButAModalOfTheSameCountIs() {
    // forecast: "could rise as high as 500" beside 257 dead; "will affect about 171 planes" is the planes grounded
    String text = "Ethiopia landslide death toll reaches 257\n\nThe death toll from landslides in southern Ethiopia has"
        + " climbed to 257, and the UN says it could rise as high as 500.\n\nThe grounding will affect about 171 planes,"
        + " the FAA said.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "257").place()).doesNotContain("#");
    assertThat(key(cs, "500").place()).as(cs.toString()).contains("#forecast");
    assertThat(key(cs, "171").place()).doesNotContain("#");
  }

  @Test
  void seatsAPollSaidAPartyWouldWinAreAForecast() {
    // forecast: "polls had said they would win 12" beside the five seats won
    String text = "Pirates gain in council vote\n\nThe Pirates doubled their seats in the council to five, although polls had"
        + " said they would win 12.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "five").place()).doesNotContain("#forecast");
    assertThat(key(cs, "12").place()).contains("#forecast");
  }

  @Test
  void theMembersABodyRepresentsAreAWholeNotTheStrikers() {
    // members-represented: "unions representing 60,000 dockers" speak for them all; "20,000 dockers walked out" are the strikers
    String text = "Dockers strike in Valdoria\n\nAbout 20,000 dockers walked out on Monday, said the head of the federation of"
        + " unions representing 60,000 dockers.\n";
    List<ExtractedClaim> cs = all(text, PUBLISHED);
    assertThat(key(cs, "20,000").place()).doesNotContain("#whole");
    assertThat(key(cs, "60,000").place()).contains("#whole");
  }

  @Test
  void aPartitiveOfTheWholeStaysTheToll() {
    // "32 of the 543 passengers and crew were confirmed dead": 32 is the toll, 543 the whole aboard
    String text = "Ferry capsizes off Zeebrugge\n\nBy Friday 32 of the 543 passengers and crew were confirmed dead,"
        + " officials said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 7));
    assertThat(key(cs, "32").place()).doesNotContain("#");
    assertThat(key(cs, "32").measure()).isEqualTo("person/kill");
  }

  @Test
  void theWholeAPortionIsTakenOfIsNotThePortion() {
    // whole-of-part: "30,000 of Brazil's 40,000 seamen were still on strike": 40,000 is the workforce, 30,000 the strikers
    String text = "Brazilian seamen's strike goes on\n\nUp to 30,000 of Brazil's 40,000 seamen were still on strike on"
        + " Thursday, union leaders said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 19));
    assertThat(key(cs, "30,000").place()).doesNotContain("#");
    assertThat(key(cs, "40,000").place()).contains("#whole");
  }

  @Test
  void bodiesRecoveredAreCountedApartFromTheToll() {
    // kinds: body, as patient: "20 corpses have been recovered" of a quake that killed 300
    String text = "Ecuador quake kills 300\n\nThe earthquake killed at least 300 people, officials said.\n\n"
        + "So far 20 corpses have been recovered, the Red Cross said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 9));
    assertThat(key(cs, "at least 300").kind()).isEqualTo("person");
    assertThat(key(cs, "20").kind()).isEqualTo("body");
  }
  @Test
  void aWholeAfterACountWrittenAsAWordIsTheWhole() {
    // whole-of-part: "lost four of their 11 seats": 11 is all their seats, not the seats lost, as "30,000 of 40,000" is
    String text = "Liberals win Valdorian election\n\nThe Greens lost four of their 11 seats in Sunday's election.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 6, 10));
    assertThat(key(cs, "11").place()).contains("#whole");
    assertThat(key(cs, "four").place()).doesNotContain("#whole");
  }
}
