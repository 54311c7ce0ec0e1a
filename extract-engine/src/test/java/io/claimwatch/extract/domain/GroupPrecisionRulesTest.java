package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys that keep apart counts of different quantities that an earlier key let meet (grouping precision), each rule
 * on copy like the news it was written for.
 */
class GroupPrecisionRulesTest {

  @Test
  void victimsNationalitiesAreNotTheEventsPlaces() {
    // people-of-a-country (PlaceFinder, keys/nationality-nouns.txt): "two US citizens", "Vietnamese Americans",
    // "Vietnamese nationals" are the victims' countries, not where they died: the toll is Bangkok's alone
    String text = "Six found dead in Bangkok hotel room, including two US citizens\n\n"
        + "Six people, including two Vietnamese Americans, have been found dead inside a hotel room in central Bangkok,"
        + " police said on Tuesday.\n\nThe other four are Vietnamese nationals, police said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 16));
    assertThat(key(cs, "Six").place()).contains("@TH").doesNotContain("@US").doesNotContain("@VN");
  }

  @Test
  void peopleHeldAreNotPeopleArrested() {
    // keys/events.txt, implied-events.txt: detainees and a detention are people held, a state; an arrest is an event
    String text = "Court hears appeal of detainees\n\nLawyers for 14 detainees held at a remand centre asked the court"
        + " on Monday to end their detention.\n\nPolice arrested six protesters outside the court.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 3, 4));
    assertThat(key(cs, "14").event()).isEqualTo("hold");
    assertThat(key(cs, "six").event()).isEqualTo("arrest");
  }

  @Test
  void aRelativeClauseSaysWhatThePeopleWereBefore() {
    // relative-clause-event (PhraseEvents, keys/relative-clauses.txt): "people who were held ... freed" are the freed
    String text = "Rebels free hostages\n\nThe deal won the release of 30 people who were held in the rebels' camps, the"
        + " ministry said on Friday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 3, 8));
    assertThat(key(cs, "30").event()).isEqualTo("return");
  }

  @Test
  void strikersOfAnotherTradeAreOfTheirOwnStrike() {
    // own-strikers (StrikeNames, keys/strikers.txt): oil workers counted in a report of the seamen's strike
    String text = "Seamen's strike enters third week\n\nThe strike by 40,000 seamen entered its third week on Monday, and"
        + " 20,000 oil workers threatened to join it.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 16));
    assertThat(key(cs, "40,000").eventName()).isEqualTo("seamen strike");
    assertThat(key(cs, "20,000").eventName()).isEqualTo("oil strike");
  }

  @Test
  void aRecallsPartyIsTheCompanyThatRecalls() {
    // recall-party (RecallParties, lexicon/recall-agent-skips.txt): two companies' recalls are two quantities; a sentence
    // naming no recaller before its figure is the opening's recall; a passive "recalled" has no recaller before it
    String text = "Toyota widens recall\n\nTOKYO (Reuters) - Toyota Motor Corp extended its safety recall of cars to Europe on"
        + " Thursday. The company said it had not determined how many vehicles in Europe would be recalled, but analysts"
        + " believe 2 million may be affected. In October, Ford completes a series of recalls affecting 14 million vehicles."
        + " Chrysler LLC says it would recall more than 575,000 vehicles.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2010, 1, 28));
    assertThat(key(cs, "2 million").party()).isEqualTo("toyota");
    assertThat(key(cs, "14 million").party()).isEqualTo("ford");
    assertThat(key(cs, "575,000").party()).isEqualTo("chrysler");
  }

  @Test
  void aPlantsCapacityIsItsOwners() {
    // plant-owner (PlantOwners, lexicon/counted-capacity-rates.txt): the rates of four companies' refineries of one
    // storm are four quantities; "its" after a sentence that opens with a company is that company's; "the company's"
    // and a share of the Gulf's output are no company's
    String text = "Humberto shuts refineries\n\nHOUSTON (Reuters) - Valero Energy Corp ( VLO.N ) filed notice on Thursday that"
        + " it plans to restart its 325,000 barrel per day (bpd) Port Arthur refinery. Shell Oil Co. said all units at its"
        + " joint-venture Motiva Enterprises 285,000 bpd refinery in Port Arthur were shut. Exxon Mobil Corp said the"
        + " hurricane had only a minor impact on its 349,000 bpd Beaumont, Texas, refinery. Production at Exxon Mobil"
        + " Corp's ( XOM.N ) 502,000 barrel per day (bpd) Baton Rouge, Louisiana, refinery was unaffected. The storm shut"
        + " the company's 62,000 bpd plant. Chevron said 7 percent of Gulf output was shut.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2007, 9, 13));
    assertThat(key(cs, "325,000").party()).isEqualTo("valero");
    assertThat(key(cs, "285,000").party()).isEqualTo("motiva");
    assertThat(key(cs, "349,000").party()).isEqualTo("exxon");
    assertThat(key(cs, "502,000").party()).isEqualTo("exxon");
    assertThat(key(cs, "62,000").party()).isEmpty();
  }

  @Test
  void aByElectionIsNamedByItsSeat() {
    // by-election-seat (EventNames): two by-elections of one country and season key apart by their seats
    String before = "Greens take Hadley seat\n\nThe Green party won the Hadley by-election on Thursday, with 12,400"
        + " votes.\n";
    String after = "Labour holds seat\n\nLabour held the seat in a by-election in the Kent borough of Brockford on"
        + " Thursday, winning 9,850 votes.\n";
    assertThat(key(all(before, LocalDate.of(2001, 6, 8)), "12,400").eventName()).isEqualTo("hadley by-election");
    assertThat(key(all(after, LocalDate.of(2001, 6, 22)), "9,850").eventName()).isEqualTo("brockford by-election");
  }

  @Test
  void strikersOfAnotherTradeAreOfTheirOwnStrikeWhereTheSentenceNamesAnother() {
    // own-strikers applies after the sentence's strike name: dockers counted where the sentence names the miners' strike
    String text = "Bank strike enters second day\n\nA national strike by bank workers entered its second day on"
        + " Wednesday, the union said.\n\nThe walkout widened as a stoppage by miners went into its second week"
        + " and as 12,000 dockers threatened action.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1990, 5, 9));
    assertThat(key(cs, "12,000").eventName()).isEqualTo("docker strike");
  }

  @Test
  void aCountrysNameBeforeOtherNounsStaysAPlace() {
    // people-of-a-country reads only nouns of people: "Japanese officials" are the country's, and so is its quake
    String text = "Japanese officials say 41 killed in quake\n\nAt least 41 people were killed in the quake, officials"
        + " said on Friday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 4, 15));
    assertThat(key(cs, "41").place()).isEqualTo("@JP");
  }

  @Test
  void aDivisionNamedByACommonWordIsNoPlaceOnItsOwn() {
    // keys/not-place-names.txt: Papua New Guinea's "Gulf" province is not "the Gulf of Mexico" a storm came from
    String text = "Storm leaves millions without power in Texas\n\nThe hurricane blew ashore from the Gulf of Mexico on"
        + " Monday, causing widespread destruction and knocking out power to more than 2 million people.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 9));
    assertThat(key(cs, "2 million").place()).contains("@US").doesNotContain("@PG");
  }

  @Test
  void theInjuredInAStateAreAPartOfTheInjured() {
    // condition (KeyParts, keys/parts.txt): "two adults in critical condition" and "seriously injuring 19" are the
    // injured in a state, keyed by it, apart from the injured at large
    String text = "Knife attack at dance class\n\nNine people were injured in the attack on Monday, police said.\n\n"
        + "Two adults remain in a critical condition after being injured in the attack.\n\n"
        + "A hydrofoil hit a vessel on Friday, seriously injuring 19 people.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 30));
    assertThat(key(cs, "Nine").place()).doesNotContain("#");
    assertThat(key(cs, "Two").place()).contains("#critical");
    assertThat(key(cs, "19").place()).contains("#serious");
  }

  @Test
  void theInjuredInAStateToldElliptically() {
    // condition, elliptic: "eleven were wounded, one critically" and "one remains critical" are the critical ones
    String text = "Gunfire at a street fair\n\nEleven people were wounded on Saturday, one critically, police said.\n\n"
        + "Of the wounded taken to hospital, one remains critical.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 30));
    assertThat(key(cs, "Eleven").place()).doesNotContain("#");
    assertThat(cs.stream().filter(c -> c.numberText().equalsIgnoreCase("one")).map(c -> c.key().place()).toList())
        .hasSize(2).allSatisfy(place -> assertThat(place).contains("#critical"));
  }

  @Test
  void whatHappenedToAFigureIsTheVerbNearestBeforeIt() {
    // ClaimKeys: of the words of events before a figure in its clause, the nearest: "7 missing as fishing vessel
    // carrying 27 sinks" counts 27 aboard, not missing
    String text = "At least 6 dead, 7 missing as fishing vessel carrying 27 sinks off Falkland Islands\n\n"
        + "A fishing vessel sank on Monday east of the Falkland Islands, officials said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 23));
    assertThat(key(cs, "7").measure()).isEqualTo("person/missing");
    assertThat(key(cs, "27").event()).isEqualTo("aboard");
  }

  @Test
  void eachSidesTollIsItsOwnParty() {
    // keys/parties.txt with plural demonyms: "thousands of Iranians" and "Iraqi casualties" are two sides' tolls;
    // of two demonyms side by side the noun's names the party: "two Vietnamese Americans" are US citizens
    String text = "Iraq says thousands of Iranians killed\n\nIraq said today its troops had killed thousands of Iranians"
        + " in checking a new offensive, while Iran said 2,600 Iraqis had been killed or wounded.\n\n"
        + "Among the dead are two Vietnamese Americans, police said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 4, 7));
    assertThat(key(cs, "2,600").party()).isEqualTo("IQ");
    assertThat(key(cs, "two").party()).isEqualTo("US");
  }

  @Test
  void chargesAreNoToll() {
    // keys/kinds.txt charge: "three counts of murder" counts charges, apart from the three killed
    String text = "Boy charged with murder of three girls in Southport attack\n\nThree girls were killed in the attack on"
        + " Monday.\n\nPolice said on Wednesday they charged a 17-year-old boy with three counts of murder.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 8, 1));
    assertThat(key(cs, "Three").kind()).isEqualTo("person");
    assertThat(cs.stream().filter(c -> c.counted() != null && c.counted().contains("counts")).findFirst().orElseThrow().key().kind())
        .isEqualTo("charge");
  }

  @Test
  void aShareEachSideOfADisputeNamesIsItsOwn() {
    // pay-role (KeyParts, keys/parts.txt): the rise sought, the rise offered and the rise settled for are three quantities
    String text = "Brazil seamen strike\n\nThe seamen are seeking a 275 pct pay rise and have rejected offers of up to 100 pct.\n\n"
        + "Some seamen have accepted pay offers of 120 pct from four private companies.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 19));
    assertThat(key(cs, "275").place()).contains("#demanded");
    assertThat(key(cs, "100").place()).contains("#offered");
    assertThat(key(cs, "120").place()).contains("#settled");
  }

  @Test
  void aLevelAChangeStartedFromIsAnEarlierQuantity() {
    // from-to (KeyFacet): "cut the safe zone from 60 to 35 square kilometers": 60 is the zone before, another quantity
    // than the zone after, though both are the same measure of one event
    String text = "Army shrinks safe zone in southern Sudan\n\nThe army cut the designated safe zone from 60 to 35 square"
        + " kilometers on Tuesday, aid agencies said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 2, 12));
    assertThat(key(cs, "60").place()).contains("#earlier");
    assertThat(key(cs, "35").place()).doesNotContain("#earlier");
    // a revision corrects one quantity: the figure before it is that quantity's earlier report
    String revised = "US hiring slows in March\n\nThe department revised the February gain from 210,000 to 190,000, it said"
        + " on Friday.\n";
    assertThat(key(all(revised, LocalDate.of(2025, 4, 4)), "210,000").place()).doesNotContain("#earlier");
  }

  @Test
  void theSizeOfAChangeIsNotTheLevel() {
    // change-by (KeyFacet, keys/facets.txt): "strengthened by 50 kph" is how much the winds rose, not the winds
    String text = "Cyclone nears Mozambique coast\n\nThe cyclone strengthened by 50 kph overnight and was packing sustained"
        + " winds of 180 kph on Friday, forecasters said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 3, 7));
    assertThat(key(cs, "50").place()).contains("#change");
    assertThat(key(cs, "180").place()).doesNotContain("#change");
  }

  @Test
  void aDepthGivenBeforeItsFigureIsADepthAndADistanceIsFromItsTown() {
    // depth-before (FigureMeasures): "at a depth of about 10 km" is the quake's depth, not a distance; a distance "from
    // the small town of Oran" is told apart by that town (KeyFacet)
    String text = "Strong quake shakes northern Peru\n\nThe quake struck at a depth of about 10 km on Sunday, with its epicenter"
        + " 40 km west of the small town of Oran, the institute said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 5, 4));
    assertThat(key(cs, "10").kind()).isEqualTo("depth");
    assertThat(key(cs, "40").place()).contains("#oran");
  }

  @Test
  void anElectionsResultIsItsHolders() {
    // vote-holder (VoteHolders, keys/vote-holders.txt): each candidate's share and each party's seats are a quantity of
    // their own; a person by the last word of the name, a party by its whole name
    String text = "Incumbent declared winner in Paraguay vote\n\nThe electoral board said Rivas received 48.5% of the votes"
        + " while Teodoro Benitez got 41.2% of the votes.\n\nThe opposition says its count shows Benitez won 55% of the votes."
        + "\n\nThe Liberal Party won 30 seats and the Green Alliance took 12 seats.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 4, 28));
    assertThat(key(cs, "48.5").party()).isEqualTo("rivas");
    assertThat(key(cs, "41.2").party()).isEqualTo("benitez");
    assertThat(key(cs, "55").party()).isEqualTo("benitez");
    assertThat(key(cs, "30").party()).isEqualTo("liberal party");
    assertThat(key(cs, "12").party()).isEqualTo("green alliance");
    // a first name the story mostly writes with the surname is the surname's holder
    String first = "Count disputed in Paraguay\n\nTeodoro Benitez rejected the result.\n\nThe board put Rivas first with 48.5%,"
        + " followed by Teodoro with 41.2%.\n";
    assertThat(key(all(first, LocalDate.of(2025, 4, 28)), "41.2").party()).isEqualTo("benitez");
  }

  @Test
  void aCountOverAStatedSpanOfHoursIsThatSpans() {
    // span-of-hours (KeyFacet): "4 inches of rain fell ... in just three hours" is the three hours' rain, not the day's
    // total; "in the past 24 hours" before a toll is the day's count, not the war's
    String text = "Flash floods swamp Valencia suburbs\n\nAbout 4 inches of rain fell in Torrent in just three hours, and more"
        + " than 7 inches fell over the whole day, the weather agency said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 10, 30));
    assertThat(key(cs, "4").place()).contains("#hours");
    assertThat(key(cs, "7").place()).doesNotContain("#hours");
    String war = "Strikes continue in Gaza\n\nIn the past 24 hours, 40 people were killed, the health ministry said on Sunday.\n";
    assertThat(key(all(war, LocalDate.of(2024, 7, 14)), "40").place()).contains("#hours");
  }

  @Test
  void aFleetIsNotTheEventsCount() {
    // fleet (KeyFacet, keys/facets.txt): an airline's fleet, or the jets of a model in service, is a stock, another
    // quantity than the jets an order grounded
    String text = "Regulator grounds 120 jets after engine fire\n\nThe regulator on Sunday grounded 120 Airbus A321neo jets"
        + " after an engine fire in Lisbon.\n\nThe airline said it had grounded its entire fleet of 45 of the jets.\n\n"
        + "There are 900 of the jets in service worldwide.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 6, 2));
    assertThat(key(cs, "120").place()).doesNotContain("#fleet");
    assertThat(key(cs, "45").place()).contains("#fleet");
    assertThat(key(cs, "900").place()).contains("#fleet");
  }

  @Test
  void chargesOfTwoOffencesAreTwoQuantities() {
    // charge-offence (KeyFacet): a count of charges is keyed by its offence, so one suspect's counts of two offences
    // are two quantities (a no-break space between the words is a space)
    String text = "Driver charged after crash\n\nThe driver was charged with four counts of vehicular homicide and two counts\u00a0"
        + "of reckless driving, prosecutors said on Friday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 6, 2));
    assertThat(key(cs, "four").place()).contains("#offence-vehicular-homicide");
    assertThat(key(cs, "two").place()).contains("#offence-reckless-driving");
  }

  @Test
  void aStockHeldIsNotTheCountInUse() {
    // stockpile (KeyFacet, keys/facets.txt): the stock a side holds in store is another quantity than the count it uses
    String text = "Navy mothballs frigates\n\nThe navy now sails 14 frigates and keeps about 30 in storage at its northern"
        + " yards, the ministry said on Monday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 6, 2));
    assertThat(key(cs, "14").place()).doesNotContain("#stock");
    assertThat(key(cs, "30").place()).contains("#stock");
  }

  @Test
  void aPeriodsTotalIsNotTheEventsCount() {
    // period-total (ClaimKeys): "so far in 2025" across a state in a report of one fire is the year's total of every
    // fire, not this fire's area, though the year holds the fire's days
    String text = "Canyon Fire grows in Arizona\n\nThe Canyon Fire has burned 12,000 acres since it started on Monday, officials"
        + " said.\n\nAn estimated 150,000 acres have burned across the state so far in 2025.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 6, 18));
    assertThat(key(cs, "12,000").place()).doesNotContain("#period");
    assertThat(key(cs, "150,000").place()).contains("#period");
    // not the period of a superlative: "the deadliest floods this year" count the event
    String floods = "Floods kill 31 in Kentucky\n\nKentucky's death toll rose to 31 in the deadliest floods in the state this"
        + " year, the governor said on Friday.\n";
    assertThat(key(all(floods, LocalDate.of(2025, 7, 4)), "31").place()).doesNotContain("#period");
  }
  @Test
  void theSeatsOfTheLastParliamentAreThePreviousTerms() {
    // previous-term (KeyFacet, keys/facets.txt): seats "in the outgoing assembly" are the term before the vote's, not the
    // seats won; the assembly's size ("a 120-seat assembly") is neither
    String text = "Liberals win Valdorian election\n\nThe Liberals won 48 seats in Sunday's election.\n\n"
        + "They held 39 seats in the outgoing 120-seat assembly, and the Greens 15.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 6, 10));
    assertThat(key(cs, "48").place()).doesNotContain("#previous");
    assertThat(key(cs, "39").place()).contains("#previous");
    assertThat(key(cs, "15").place()).contains("#previous");
    assertThat(key(cs, "120").place()).doesNotContain("#previous");
  }

  @Test
  void aLaterShocksDistanceAndDepthAreItsOwn() {
    // later-shock (KeyFacet): "A second quake ... struck 30 km from Oran at a depth of 8 km" is the second shock's, not the
    // main quake's distance and depth told before
    String text = "Strong quake shakes northern Peru\n\nThe quake struck 40 km from the small town of Oran at a depth of 10 km"
        + " on Sunday.\n\nA second strong quake struck 30 km from the small town of Oran at a depth of 8 km on Monday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 5, 6));
    assertThat(key(cs, "40").place()).contains("#oran").doesNotContain("later");
    assertThat(key(cs, "30").place()).contains("#oran-later");
    assertThat(key(cs, "8").place()).contains("#later");
  }
  @Test
  void storeysAreABuildingsHeightAndShipsIdledAreIdle() {
    // keys/kinds.txt, events.txt: "a 12-storey hotel" and "the 12-story tower" are one height in either spelling, not
    // buildings; ships a strike idles or leaves strike-bound are ships idle, in either wording
    String text = "Quake topples hotel in Valdoria\n\nRescuers searched the ruins of a 12-storey hotel on Monday.\n\n"
        + "The 12-story tower collapsed within seconds, witnesses said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 2, 3));
    assertThat(cs).extracting(c -> c.key().kind()).containsExactly("storey", "storey");
    String strike = "Dockers' strike enters second week\n\nThe dockers' strike has idled 90 ships in three ports.\n\n"
        + "Port officials said 60 ships were strike-bound on Friday.\n";
    List<ExtractedClaim> ships = all(strike, LocalDate.of(2025, 2, 8));
    assertThat(key(ships, "90").kind()).isEqualTo("ship");
    assertThat(key(ships, "90").event()).isEqualTo("idle");
    assertThat(key(ships, "60").event()).isEqualTo("idle");
  }
  @Test
  void theCountBeforeAnotherIsAPartToo() {
    // part-before-another (PartScopes): "found four people in the engine room who were dead. There were at least another
    // 12 dead in the cabins": the four are a part of the toll as the 12 are, not the toll of 16
    String text = "Ferry fire kills 16 off Valdoria\n\nAt least 16 people died when fire swept through a ferry on Monday.\n\n"
        + "A diver said he had found four people in the engine room who were dead. There were at least another 12 dead in"
        + " the cabins, he added.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 3, 4));
    assertThat(key(cs, "16").place()).doesNotContain("#");
    assertThat(key(cs, "four").place()).contains("#part");
    assertThat(key(cs, "12").place()).contains("#other");
  }
  @Test
  void othersBesideACountOfAnotherFateAreTheirMeasuresWhole() {
    // other-of-another-fate (PartScopes): "three miners who went missing ... Six other miners were killed": the six are
    // others than the missing, and the whole count of the killed
    String text = "Mine flood kills six in Valdoria\n\nRescuers searched on Tuesday for three miners who went missing when"
        + " water flooded a shaft of the Ostra mine.\n\nSix other miners in the shaft were killed, the police said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 4, 8));
    assertThat(key(cs, "three").event()).isEqualTo("missing");
    assertThat(key(cs, "Six").event()).isEqualTo("kill");
    assertThat(key(cs, "Six").place()).doesNotContain("#other");
    // beside a count of the same fate, the others stay others
    String same = "Mine flood kills five in Valdoria\n\nTwo miners were killed when water flooded a shaft of the Ostra mine"
        + " on Tuesday.\n\nThree other miners were killed in a second shaft, the police said.\n";
    assertThat(key(all(same, LocalDate.of(2025, 4, 8)), "Three").place()).contains("#other");
    // an earlier count of the killed with another figure makes the others a part of it
    String part = "Mine flood kills nine in Valdoria\n\nNine miners were killed when water flooded the Ostra mine on"
        + " Tuesday.\n\nRescuers searched for three miners who went missing in the flood. Six other miners in the shaft"
        + " were killed, the police said.\n";
    assertThat(key(all(part, LocalDate.of(2025, 4, 8)), "Six").place()).contains("#other");
  }
  @Test
  void bodiesAreTheTollWhereTheArticleGivesTheTollTheirFigure() {
    // bodies-as-toll (BodyCounts): "killing four miners ... Four bodies were brought to the surface": the dead counted
    String text = "Mine flood kills four in Valdoria\n\nWater flooded a shaft of the Ostra mine on Tuesday, killing four"
        + " miners, the police said.\n\nFour bodies were recovered by rescuers on Wednesday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 4, 9));
    assertThat(key(cs, "four").kind()).isEqualTo("person");
    assertThat(key(cs, "Four").kind()).isEqualTo("person");
    assertThat(key(cs, "Four").event()).isEqualTo(key(cs, "four").event());
    // the search's count, another figure than the toll's: the bodies stay apart
    String apart = "Mine flood kills nine in Valdoria\n\nWater flooded a shaft of the Ostra mine on Tuesday, killing nine"
        + " miners, the police said.\n\nFour bodies were recovered by rescuers on Wednesday.\n";
    assertThat(key(all(apart, LocalDate.of(2025, 4, 9)), "Four").kind()).isEqualTo("body");
    // a sentence that counts bodies and a toll tells two counts, whatever their figures
    String two = "Bodies found after Valdoria blaze\n\nFour bodies were found on Tuesday in a village near Ostra, as crews"
        + " fought a larger blaze that also killed four people in the north.\n";
    assertThat(key(all(two, LocalDate.of(2025, 4, 9)), "Four").kind()).isEqualTo("body");
  }
  @Test
  void aRespectivelyListGivesEachFigureItsParty() {
    // respectively-party (Respectively): the figures of a list closed by "respectively" are the listed countries' own
    String text = "Fund lifts outlook for Europe\n\nThe fund on Tuesday raised its growth forecasts for Germany and"
        + " France, which it now expects to grow 3.4% and 2.1% respectively, up from 2.9% and 1.8% in January.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 7, 15));
    assertThat(key(cs, "3.4").party()).isEqualTo("DE");
    assertThat(key(cs, "2.1").party()).isEqualTo("FR");
    // no list of names before the figures: nothing changes
    String plain = "Shops lose sales\n\nThe grocers and the bakers of the town lost 12% and 9% of sales respectively,"
        + " the chamber said on Monday.\n";
    List<ExtractedClaim> ps = all(plain, LocalDate.of(2025, 7, 15));
    assertThat(key(ps, "12").party()).isEqualTo(key(ps, "9").party());
  }

  @Test
  void figuresAfterRespectiveAreTheListedCompanies() {
    // respective-company-party (Respectively): figures listed right after "respective" are the companies listed before
    String text = "RBC sees more bank failures\n\nNEW YORK (Reuters) - Bank of America Corp ( BAC.N ), JPMorgan Chase & Co"
        + " ( JPM.N ), Citigroup Inc ( C.N ) and Wells Fargo & Co ( WFC.N ), the largest U.S. banks, have respective Texas"
        + " ratios of 21.6 percent, 6.5 percent, 18.4 percent and 15.5 percent, RBC said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2009, 2, 9));
    assertThat(key(cs, "21.6").party()).isEqualTo("bank of america");
    assertThat(key(cs, "6.5").party()).isEqualTo("jpmorgan chase");
    assertThat(key(cs, "18.4").party()).isEqualTo("citigroup");
    assertThat(key(cs, "15.5").party()).isEqualTo("wells fargo");
    // lists of other lengths: nothing changes
    String other = "Banks report\n\nCitigroup Inc and Wells Fargo & Co have respective ratios of 18.4 percent, 15.5 percent"
        + " and 6.5 percent.\n";
    List<ExtractedClaim> os = all(other, LocalDate.of(2009, 2, 9));
    assertThat(key(os, "18.4").party()).isEqualTo(key(os, "15.5").party());
  }

  @Test
  void aStrikesCountsArePartyToTheStruckCompany() {
    // strike-party (StrikeParties): the company a labour strike is against is its strikers' party, so one union's strikes
    // against two companies never share a group; a military strike is no party's
    String text = "Union strikes carmaker\n\nSome 37,000 workers represented by the union walked out on strike against"
        + " Chrysler LLC on Wednesday.\n\nThe strike shut 20 plants, the union said.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2007, 10, 10));
    assertThat(key(cs, "37,000").party()).isEqualTo("chrysler");
    assertThat(key(cs, "20").party()).isEmpty();   // plants a strike shuts are no striker count
    // company-party-name: "GM" and "General Motors Corp ( GM.N )" are one struck company; an article that says no
    // "strike against" is of the company it lists (ticker, legal suffix) and names most, three times at least
    String gm = "UAW strikes GM\n\nA retired General Motors Corp ( GM.N ) worker joined the pickets at GM's plant.\n\n"
        + "The strike by 73,000 workers is the first since 1970, the union said.\n";
    assertThat(key(all(gm, LocalDate.of(2007, 9, 25)), "73,000").party()).isEqualTo("general");
    String war = "Jets pound city\n\nThe air strike against Gorvan killed 12 people, officials said.\n";
    assertThat(key(all(war, LocalDate.of(2007, 10, 10)), "12").party()).isNotEqualTo("gorvan");
  }

  @Test
  void firmsAreOneKindWhateverTheNoun() {
    // firm-nouns (keys/kinds.txt): rival speakers' counts of one list of firms, each with its own noun, key as one kind
    String text = "Regulator to review mergers\n\nThe regulator will review the mergers of 400 companies, its chairman said.\n\n"
        + "The minister said about 350 firms would be examined, and the list of 40 top businesses and 30 enterprises was"
        + " not final.\n";
    List<ExtractedClaim> cs = all(text, java.time.LocalDate.of(2024, 3, 4));
    assertThat(key(cs, "400").kind()).isEqualTo("firm");
    assertThat(key(cs, "350").kind()).isEqualTo("firm");
    assertThat(key(cs, "40").kind()).isEqualTo("firm");
    assertThat(key(cs, "30").kind()).isEqualTo("firm");
  }

  @Test
  void anAreaHyphenedToAFireIsTheAreaBurned() {
    // area-of-event (FigureMeasures, keys/cause-measures.txt): "the 3,400-hectare fire" is the area the fire burned, as
    // "had burned 9,000 hectares" is, and so is its conversion in brackets; a fire's spread an hour is a rate
    // (keys/rates.txt), not the area burned
    String text = "Wildfire forces evacuations near Corvane\n\nA wildfire in the hills above Corvane, in Oregon, forced 1,200"
        + " people to flee on Tuesday, officials said.\n\nThe 3,400-hectare (8,400-acre) fire, which was first seen on"
        + " Monday, is spreading east at 500 acres per hour.\n\nBy Wednesday the blaze had burned 9,000 hectares.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2026, 7, 8));
    assertThat(key(cs, "3,400-hectare").kind()).isEqualTo("area");
    assertThat(key(cs, "3,400-hectare").event()).isEqualTo("burn");
    assertThat(key(cs, "8,400-acre").event()).isEqualTo("burn");
    assertThat(key(cs, "9,000").event()).isEqualTo("burn");
    assertThat(key(cs, "500").unit()).isEqualTo("acre/hour");
  }

  @Test
  void peopleWarnedOfAFateAreNotItsVictims() {
    // warning-not-fate (keys/events.txt): residents warned to be prepared to evacuate have not fled: a count of its own
    String text = "Wildfire forces evacuations near Corvane\n\nA wildfire in the hills above Corvane, in Oregon, forced 1,200"
        + " people to flee on Tuesday, officials said.\n\nOfficials warned the 2,000 residents of Millbrook to be prepared"
        + " to evacuate.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2026, 7, 8));
    assertThat(key(cs, "1,200").event()).isEqualTo("displace");
    assertThat(key(cs, "2,000").event()).isEqualTo("warn");
  }

  @Test
  void aFateWordWithAnObjectIsAVerbAndAHeadlinesParticipleIsRead() {
    // verb-with-object (PhraseEvents, keys/verb-senses.txt): families "missing their relatives" are not missing;
    // participle-as-written (PhraseEvents): "NINE REPORTED WOUNDED" in a headline in capitals counts the wounded
    String quake = "Quake leaves dozens missing in Valdoria\n\nA strong earthquake struck northern Valdoria on Monday,"
        + " leaving 40 people missing, officials said.\n\nHundreds of families missing their relatives gathered outside"
        + " the morgue on Tuesday.\n";
    List<ExtractedClaim> cs = all(quake, LocalDate.of(2026, 3, 4));
    assertThat(key(cs, "40").event()).isEqualTo("missing");
    assertThat(key(cs, "Hundreds").event()).isEmpty();
    String strike = "NINE REPORTED WOUNDED IN VALDORIA GENERAL STRIKE\n\nAt least nine people were wounded in clashes"
        + " during a general strike in Valdoria on Tuesday, police said.\n";
    List<ExtractedClaim> ss = all(strike, LocalDate.of(1987, 3, 25));
    assertThat(key(ss, "NINE").event()).isEqualTo("injure");
    assertThat(key(ss, "NINE").kind()).isEqualTo("person");
    // a participle before its noun says what the people were: the injured soldiers flown out are evacuated
    String flown = "Drone attack on Valdoria base\n\nA drone attack struck a base in Valdoria on Sunday, officials said.\n\n"
        + "Eight injured soldiers were evacuated to a hospital in the capital.\n";
    assertThat(key(all(flown, LocalDate.of(2024, 1, 29)), "Eight").event()).isEqualTo("displace");
  }
}
