package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys: what a claim measures, and the event it is of (the article's frame, or one its own sentence names). */
class ClaimKeysTest {

    private static final LocalDate PUB = LocalDate.of(2023, 9, 10);

    @Test
    void everyWordingOfATollIsOneMeasure() {
        String text = "Quake toll rises in Morocco\n\nMARRAKESH (Reuters) - The death toll from the earthquake that struck"
                + " Morocco on Friday rose to 2,012, the interior ministry said on Sunday.\n\n"
                + "At least 2,059 people were injured. Officials said 1,404 were dead in Al Haouz province alone.\n\n"
                + "Some 300 people lost their lives in the town of Amizmiz, and 120 deaths were reported in Taroudant.\n";
        List<ExtractedClaim> cs = all(text, PUB);
        // "the death toll" counts deaths and says nothing of whose: its kind stays open
        assertThat(key(cs, "2,012").event()).isEqualTo("kill");
        assertThat(key(cs, "2,059").measure()).isEqualTo("person/injure");
        assertThat(key(cs, "1,404").measure()).isEqualTo("person/kill");
        assertThat(key(cs, "300").measure()).isEqualTo("person/kill");
        assertThat(key(cs, "120").event()).isEqualTo("kill");
    }

    @Test
    void theArticlesFrameGivesEveryClaimItsEventKindPlaceAndDays() {
        String text = "Quake toll rises in Morocco\n\nMARRAKESH (Reuters) - The death toll from the earthquake that struck"
                + " Morocco on Friday rose to 2,012, the interior ministry said on Sunday.\n\n"
                + "At least 2,059 people were injured.\n";
        Extraction e = EXTRACTOR.extract(text, PUB);
        assertThat(e.frame().cause()).isEqualTo("earthquake");
        assertThat(e.frame().place()).contains("@MA");
        assertThat(e.frame().date()).isEqualTo(PartialDate.of(LocalDate.of(2023, 9, 8)));
        ClaimKey injured = key(e.claims(), "2,059");
        assertThat(injured.cause()).isEqualTo("earthquake");
        assertThat(injured.place()).contains("@MA");
        assertThat(injured.earliest()).isBefore(LocalDate.of(2023, 9, 8));
        assertThat(injured.latest()).isAfter(LocalDate.of(2023, 9, 8)).isBefore(LocalDate.of(2023, 9, 15));
        assertThat(e.claims().get(1).eventStart()).as("the sentence gives no date: the quake's")
                .isEqualTo(PartialDate.of(LocalDate.of(2023, 9, 8)));
    }

    @Test
    void aBackgroundFigureOfAnOlderEventIsKeyedToItsOwnEvent() {
        String text = "Morocco earthquake kills more than 2,000\n\nMARRAKESH (Reuters) - A powerful earthquake struck"
                + " Morocco on Friday night, killing more than 2,000 people.\n\n"
                + "The 1960 Agadir earthquake killed about 12,000 people.\n";
        List<ExtractedClaim> cs = all(text, PUB);
        ExtractedClaim agadir = cs.stream().filter(c -> c.numberText().contains("12,000")).findFirst().orElseThrow();
        assertThat(agadir.background()).isTrue();
        assertThat(agadir.key().latest()).isBefore(LocalDate.of(1961, 2, 1));
        ExtractedClaim today = cs.stream().filter(c -> c.numberText().contains("2,000")).findFirst().orElseThrow();
        assertThat(today.background()).isFalse();
        assertThat(today.key().earliest()).isAfter(LocalDate.of(2023, 1, 1));
    }

    @Test
    void anOlderEventItsSentencePlacesNowhereIsNotKeyedToTheArticlesPlace() {
        String text = "Morocco earthquake kills more than 2,000\n\nMARRAKESH (Reuters) - A powerful earthquake struck"
                + " Morocco on Friday night, killing more than 2,000 people.\n\n"
                + "In 2004, an earthquake and the waves it set off killed about 230,000 people.\n";
        ExtractedClaim older = all(text, PUB).stream().filter(c -> c.numberText().contains("230,000")).findFirst().orElseThrow();
        assertThat(older.background()).isTrue();
        assertThat(older.key().latest()).isBefore(LocalDate.of(2006, 1, 1));
        assertThat(older.key().place()).as("not Morocco's: the sentence says nowhere").doesNotContain("@MA").doesNotContain("marrakesh");
    }

    @Test
    void placesResolveToCountriesSoThatATownItsRegionAndItsCountryMeet() {
        LocalDate pub = LocalDate.of(2023, 9, 13);
        String derna = "Floods kill thousands in Derna\n\nTRIPOLI (Reuters) - Floods killed more than 5,300 people in the"
                + " city of Derna in eastern Libya, officials said on Tuesday.\n";
        String herat = "Earthquakes kill 2,000 in Afghanistan\n\nKABUL (Reuters) - Earthquakes killed more than 2,000 people"
                + " in Herat province in western Afghanistan on Saturday.\n";
        assertThat(EXTRACTOR.extract(derna, pub).frame().place()).contains("@LY");
        assertThat(EXTRACTOR.extract(herat, pub).frame().place()).contains("@AF").doesNotContain("@MA");
    }

    @Test
    void theDatelinesCityPlacesTheEventInItsRegion() {
        // two bombings in one country days apart: the datelines' cities keep them apart
        LocalDate pub = LocalDate.of(2011, 5, 20);
        String quetta = "Bomb kills 14 in Pakistan\n\nQUETTA, Pakistan -- A bomb killed 14 people at a market on Thursday.\n";
        String multan = "Blast in Pakistan\n\nMULTAN - Eleven people were killed on Wednesday when a bomb went off near a bus stop.\n";
        assertThat(EXTRACTOR.extract(quetta, pub).frame().place()).isEqualTo("@PK @PK.02");
        assertThat(EXTRACTOR.extract(multan, pub).frame().place()).isEqualTo("@PK @PK.04");
    }

    @Test
    void policeAndCiviliansKilledAreCountedApartFromTheWholeToll() {
        String text = "Car bomb in Peshawar\n\nPESHAWAR, Pakistan -- A car bomb exploded near a checkpoint on Monday, killing"
                + " 19 people, officials said. Fifteen policemen and four civilians were killed.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2012, 6, 5));
        assertThat(key(cs, "19").measure()).isEqualTo("person/kill");
        assertThat(key(cs, "Fifteen").measure()).isEqualTo("police/kill");
        assertThat(key(cs, "four").measure()).isEqualTo("civilian/kill");
    }

    @Test
    void aCountedPhraseWithNoNounTakesItsMeasuresPhrase() {
        List<ExtractedClaim> cs = all("Floods in Valencia: 40 dead\n\nOfficials said on Monday that 40 were killed.\n", PUB);
        assertThat(cs).isNotEmpty().allSatisfy(c -> assertThat(c.counted()).isIn("people killed", "people dead"));
    }

    @Test
    void namedEventsAndTheirKindsAreRead() {
        String text = "Hurricane Irma kills 10 in Cuba\n\nHAVANA (Reuters) - Hurricane Irma killed 10 people in Cuba"
                + " on Saturday, officials said.\n";
        Extraction e = EXTRACTOR.extract(text, LocalDate.of(2017, 9, 11));
        assertThat(e.frame().eventName()).isEqualTo("hurricane irma");
        assertThat(e.frame().cause()).isEqualTo("storm");
        assertThat(e.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.key().eventName()).isEqualTo("hurricane irma"));
    }

    @Test
    void theEventIsDatedByTheSentenceThatSaysWhenItStruckNotByLaterReports() {
        // published on a Sunday; the lead dates the president's trip, a later sentence the quake
        String text = "Peru quake toll rises\n\nThe president rushed home Sunday after a 7.1-magnitude earthquake killed at"
                + " least 70 people in Peru.\n\nRescuers dug through rubble in the port of Chimbote.\n\n"
                + "More than 900 people were injured in the earthquake, which hit the northern coast at 6:58 p.m. Saturday"
                + " (7:58 p.m. ET on Friday), officials said.\n";
        Extraction e = EXTRACTOR.extract(text, PUB);
        assertThat(e.frame().date()).isEqualTo(PartialDate.of(LocalDate.of(2023, 9, 9)));
        assertThat(key(e.claims(), "900").measure()).isEqualTo("person/injure");
        assertThat(e.claims().stream().filter(c -> c.numberText().contains("70")).findFirst().orElseThrow().eventStart())
                .isEqualTo(PartialDate.of(LocalDate.of(2023, 9, 9)));
    }

    @Test
    void withNoSentenceDatingTheEventTheLeadsDayDatesItsFiguresToThatDay() {
        // a battle in a war: the headline names it, the lead gives its day but no word of the event
        String text = "CHAD SAYS TROOPS KILLED 1,200 LIBYANS IN BATTLE\n\nChad's military high command said today troops"
                + " killed 1,269 Libyan soldiers in routing a force in northern Chad on Sunday.\n\n"
                + "The high command said 438 Libyans were taken prisoner, while 29 Chadian soldiers were killed.\n";
        Extraction e = EXTRACTOR.extract(text, LocalDate.of(1987, 3, 25));
        PartialDate sunday = PartialDate.of(LocalDate.of(1987, 3, 22));
        assertThat(e.frame().date()).isEqualTo(sunday);
        ExtractedClaim prisoners = e.claims().stream().filter(c -> c.numberText().equals("438")).findFirst().orElseThrow();
        assertThat(prisoners.eventStart()).isEqualTo(sunday);
        assertThat(prisoners.eventEnd()).isEqualTo(sunday);
    }

    @Test
    void inAFloodAnActKeepsItsDayWhileAStateSeenLaterTakesTheFloodsStart() {
        String text = "West Virginia floods kill 23\n\nUp to 10 inches of rain fell on Thursday, causing flooding across"
                + " the state.\n\nThe governor deployed 200 members of the National Guard on Friday.\n\n"
                + "About 32,000 homes remained without power on Saturday.\n\nHundreds of people have been rescued on Saturday.\n";
        Extraction e = EXTRACTOR.extract(text, LocalDate.of(2016, 6, 26));
        PartialDate thursday = PartialDate.of(LocalDate.of(2016, 6, 23));
        assertThat(e.frame().date()).isEqualTo(thursday);
        java.util.function.Function<String, ExtractedClaim> claim =
                n -> e.claims().stream().filter(c -> c.numberText().contains(n)).findFirst().orElseThrow();
        assertThat(claim.apply("200").eventStart()).isEqualTo(PartialDate.of(LocalDate.of(2016, 6, 24)));
        assertThat(claim.apply("32,000").eventStart()).isEqualTo(thursday);
        assertThat(claim.apply("32,000").eventEnd()).as("counted on Saturday").isEqualTo(PartialDate.of(LocalDate.of(2016, 6, 25)));
        assertThat(claim.apply("Hundreds").eventStart()).isEqualTo(thursday);
    }

    @Test
    void lastSaturdayInASaturdayPaperIsAWeekAgo() {
        LocalDate saturday = LocalDate.of(2023, 9, 16);
        String text = "Quake toll nears 3,000\n\nRABAT The death toll from last week's earthquake has risen to 2,946,"
                + " the government said on Saturday.\n\nLast Saturday's quake injured some 5,600 people.\n";
        Extraction e = EXTRACTOR.extract(text, saturday);
        assertThat(e.frame().date()).isEqualTo(PartialDate.of(LocalDate.of(2023, 9, 9)));
    }

    @Test
    void hardWrappedWireCopyIsReadInWholeSentences() {
        String text = "FERRY CAPSIZES OFF CRETE\n\nAbout 200 people are feared\ndead after a ferry capsized off"
                + "\nthe Greek coast last night, but almost 350 passengers were\nplucked to safety, officials said.\n"
                + "    Of the 560 people on board, 32 were confirmed dead and 160\nwere missing.\n";
        List<ExtractedClaim> cs = all(text, PUB);
        assertThat(key(cs, "200").measure()).isEqualTo("person/kill");
        assertThat(key(cs, "350").event()).isEqualTo("rescue");
        assertThat(key(cs, "160").event()).isEqualTo("missing");
    }

    @Test
    void aCountOfPartOfTheEventIsAnotherQuantityThanItsTotal() {
        String text = "Quake kills 40 in Peru\n\nLIMA (Reuters) - An earthquake struck Peru on Saturday, killing at least 40"
                + " people.\n\nTen of the dead were from one apartment building. Two others died elsewhere in the city."
                + "\n\nThe epicentre was 80 miles west of Trujillo.\n";
        List<ExtractedClaim> cs = all(text, PUB);
        String total = key(cs, "40").place();
        assertThat(key(cs, "Ten").place()).isNotEqualTo(total).contains("#part");
        assertThat(key(cs, "Two").place()).isNotEqualTo(total).contains("#other");
        String ferry = "Ferry capsizes\n\nZEEBRUGGE (Reuters) - At least 26 people died when a ferry capsized off"
                + " Zeebrugge on Friday. There were at least another 20 dead inside the boat, a diver said.\n";
        List<ExtractedClaim> fs = all(ferry, LocalDate.of(1987, 3, 7));
        assertThat(key(fs, "20").place()).as("another 20: beside the 26").contains("#other");
        assertThat(key(cs, "80").place()).contains("#trujillo");
    }

    @Test
    void aFigureOfTheWholeIsNotCountedAsWhatHappenedToItsPart() {
        List<ExtractedClaim> cs = all("Ferry sinks off Crete\n\nOfficials said 32 of the 543 passengers and crew were"
                + " confirmed dead.\n", PUB);
        assertThat(key(cs, "32").event()).isEqualTo("kill");
        assertThat(key(cs, "543").event()).isEmpty();
        assertThat(key(cs, "543").place()).as("the whole is another quantity than its part").contains("#whole");
    }

    @Test
    void aFigureOfTheSameKindOfEventInAnotherStateIsBackground() {
        LocalDate pub = LocalDate.of(2016, 6, 25);
        String text = "West Virginia flood toll at 23\n\nWest Virginia's governor on Saturday asked for federal aid after the"
                + " state's worst flooding in a century killed 23 people.\n\n"
                + "At least 16 people were killed in flooding in Texas earlier in June.\n";
        List<ExtractedClaim> cs = all(text, pub);
        ExtractedClaim texas = cs.stream().filter(c -> c.numberText().contains("16")).findFirst().orElseThrow();
        assertThat(texas.background()).isTrue();
        assertThat(texas.key().place()).contains("@US.TX").doesNotContain("@US.WV");
        assertThat(key(cs, "23").place()).contains("@US.WV");
    }

    @Test
    void anEventASentenceIntroducesIsTheOneTheSentenceBeforeNamed() {
        LocalDate pub = LocalDate.of(2016, 4, 17);
        String text = "Quake kills 77 in Ecuador\n\nA magnitude-7.8 earthquake struck Ecuador's coast on Saturday, killing"
                + " at least 77 people.\n\nThe quake in Ecuador comes days after deadly quakes shook southwestern Japan."
                + " At least 41 people were killed in a magnitude-6.5 earthquake Thursday, broadcaster NHK reported.\n";
        List<ExtractedClaim> cs = all(text, pub);
        assertThat(key(cs, "41").place()).contains("@JP").doesNotContain("@EC");
        assertThat(key(cs, "77").place()).contains("@EC").doesNotContain("@JP");
    }

    @Test
    void eachFigureOfAClauseTakesThePlaceOfItsOwnPart() {
        LocalDate pub = LocalDate.of(1987, 3, 25);
        String text = "Afghan raids kill 150 in Pakistan\n\nAlmost 150 people were killed when Afghan aircraft raided"
                + " Pakistani villages on Monday, officials said.\n\nThe death toll in Angur Adar in South Waziristan rose"
                + " to 23 and the toll in Teri Mangal in Kurram Agency rose to 81.\n";
        List<ExtractedClaim> cs = all(text, pub);
        assertThat(key(cs, "23").place()).contains("#angur-adar").doesNotContain("teri");
        assertThat(key(cs, "81").place()).contains("#teri-mangal").doesNotContain("angur");
    }

    @Test
    void aStormAndTheFloodsItBringsAreOneKindOfEvent() {
        LocalDate pub = LocalDate.of(2016, 6, 3);
        String text = "Texas floods kill 12\n\nAt least 12 people have died in floods in Texas this week, officials said.\n\n"
                + "Severe storms on Thursday overturned an Army truck in Texas, killing three soldiers.\n";
        List<ExtractedClaim> cs = all(text, pub);
        assertThat(key(cs, "three").cause()).isEqualTo(key(cs, "12").cause()).isEqualTo("flood");
    }

    @Test
    void aDistanceIsKeyedByThePlacesItLiesBetween() {
        LocalDate pub = LocalDate.of(2016, 2, 7);
        String text = "Quake hits Taiwan\n\nA magnitude-6.4 quake struck southern Taiwan on Saturday.\n\n"
                + "The epicenter was in Kaohsiung, about 300 kilometers southwest of Taipei.\n\n"
                + "Rain fell in Tainan, about 40 kilometers north of Kaohsiung.\n";
        List<ExtractedClaim> cs = all(text, pub);
        assertThat(key(cs, "300").place()).contains("#kaohsiung-taipei");
        assertThat(key(cs, "40").place()).contains("#tainan-kaohsiung");
    }

    @Test
    void aWhereClauseCountsInThePlaceBeforeIt() {
        LocalDate pub = LocalDate.of(2016, 6, 25);
        String text = "West Virginia flood toll at 23\n\nFlooding in West Virginia killed 23 people, officials said.\n\n"
                + "The hardest-hit area was Greenbrier County, where 15 deaths have been reported.\n";
        List<ExtractedClaim> cs = all(text, pub);
        assertThat(key(cs, "15").place()).contains("#greenbrier");
        assertThat(key(cs, "23").place()).doesNotContain("#");
    }

    @Test
    void aFigureWithAUnitAndNoNounIsCountedInItsUnit() {
        List<ExtractedClaim> cs = all("Donors answer flood appeal\n\nOfficials said $3 billion was pledged.\n", PUB);
        assertThat(cs).isNotEmpty();
        // in its unit, with the verb that pledges it (money-verb-after)
        assertThat(cs.get(0).counted()).isEqualTo("US dollars pledged");
    }

    @Test
    void aStatisticOfAStatedMonthIsThatMonthsFigureOnly() {
        LocalDate pub = LocalDate.of(2004, 11, 5);
        List<ExtractedClaim> cs = all("US payrolls jump\n\nEmployers added 337,000 jobs in October, the Labor Department"
                + " said. Revised figures showed 139,000 jobs were created in September.\n", pub);
        ClaimKey october = key(cs, "337,000"), september = key(cs, "139,000");
        assertThat(october.earliest()).isEqualTo(LocalDate.of(2004, 10, 1));
        assertThat(october.latest()).isEqualTo(LocalDate.of(2004, 10, 31));
        assertThat(september.latest()).isBefore(october.earliest());
    }

    @Test
    void anotherKindOfEventNamedInTheLeadDoesNotNameTheArticlesEvent() {
        String text = "Tsunami toll passes 23,000\n\nThe tsunami that struck Asia on Sunday killed at least 23,000 people,"
                + " the worst disaster since Hurricane Mitch killed 10,000 in 1998.\n";
        Extraction e = EXTRACTOR.extract(text, LocalDate.of(2004, 12, 28));
        assertThat(e.frame().cause()).as("a tsunami is an undersea quake's wave").isEqualTo("earthquake");
        assertThat(e.frame().eventName()).isEmpty();
    }

    @Test
    void initialismsStayInTheCountedPhraseAndACountyIsAPartNotItsNamesake() {
        String text = "Floods kill 16 in Texas\n\nAt least 16 people, including nine U.S. soldiers, were killed in flooding"
                + " in Texas.\n\nOne person was killed overnight in the eastern part of Washington County.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 6, 4));
        assertThat(cs.stream().filter(c -> c.numberText().equals("nine")).findFirst().orElseThrow().counted())
                .startsWith("U.S. soldiers");
        ClaimKey one = key(cs, "One");
        assertThat(one.place()).contains("@US.TX").contains("#washington").doesNotContain("@US.WA");
    }

    @Test
    void partsOfAWholeMembersOfABodyAndPeopleCarriedAreTheirOwnMeasures() {
        String text = "Floods in West Virginia\n\nThe governor declared a state of emergency in 44 of 55 counties and deployed"
                + " 200 members of the West Virginia National Guard to help rescue efforts. The ferry was carrying 543 people.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 6, 25));
        ExtractedClaim counties = cs.stream().filter(c -> c.numberText().equals("44")).findFirst().orElseThrow();
        assertThat(counties.counted()).isEqualTo("counties under a state of emergency");
        assertThat(counties.key().event()).isEmpty();
        assertThat(key(cs, "200").kind()).isEqualTo("west virginia national guard");
        assertThat(key(cs, "543").event()).isEqualTo("aboard");
    }

    @Test
    void aFloodIsDatedByTheRainThatSetItOffWhenNoSentenceDatesTheFloodItself() {
        String text = "Flooding kills 24 in West Virginia\n\nThe state's worst flooding in a century killed at least 24 people,"
                + " officials said on Saturday.\n\nUp to 10 inches of rain fell on Thursday in the mountainous state.\n";
        Extraction e = EXTRACTOR.extract(text, LocalDate.of(2016, 6, 26));
        assertThat(e.frame().date()).isEqualTo(PartialDate.of(LocalDate.of(2016, 6, 23)));
        assertThat(e.claims().stream().filter(c -> c.numberText().contains("24")).findFirst().orElseThrow().eventStart())
                .isEqualTo(PartialDate.of(LocalDate.of(2016, 6, 23)));
    }

    @Test
    void aWeekAgoIsSevenDaysBeforePublication() {
        String text = "SEAMEN'S STRIKE IDLES SHIPS\n\nA week ago seamen began their first national strike for 25 years,"
                + " idling 160 ships.\n";
        Extraction e = EXTRACTOR.extract(text, LocalDate.of(1987, 3, 6));
        assertThat(e.frame().date()).isEqualTo(PartialDate.of(LocalDate.of(1987, 2, 27)));
    }

    @Test
    void aShareIsTheShareOfTheNameBeforeIt() {
        List<ExtractedClaim> cs = all("Tories lead in poll\n\nThe poll showed the Conservatives with 41 pct of the vote,"
                + " Labour with 35 pct and the Alliance with 21 pct.\n", LocalDate.of(1987, 3, 1));
        ExtractedClaim labour = cs.stream().filter(c -> c.numberText().startsWith("35")).findFirst().orElseThrow();
        assertThat(labour.key().party()).isEqualTo("labour");
        assertThat(labour.counted()).as("the vote, as the figure before it counts, the name's (holder-had-share)")
                .isEqualTo("share of the vote for Labour (pct)");
        assertThat(key(cs, "41").party()).isEqualTo("conservatives");
    }

    @Test
    void whatACountMeasuresFollowsTheKindOfEventAndASubEventIsPartOfTheArticles() {
        String text = "Quake kills 525 in Ecuador\n\nQUITO (Reuters) - A 7.8 earthquake struck Ecuador on Saturday.\n\n"
                + "More than 4,600 people were injured in the quake and the landslides it set off. The quake of"
                + " Saturday, a 7.8, destroyed 1,500 homes.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 4, 20));
        assertThat(key(cs, "4,600").cause()).isEqualTo("earthquake");
        assertThat(key(cs, "1,500").measure()).as("homes are buildings").isEqualTo("building/destroy");
        String fire = "Wildfire rages in California\n\nThe Erskine Fire broke out on Thursday and has burned 8,000 acres.\n";
        assertThat(key(all(fire, LocalDate.of(2016, 6, 24)), "8,000").measure()).isEqualTo("area/burn");
    }

    @Test
    void aPlaceIsAPartOfTheEventOnlyWhereTheArticleBreaksTheEventDown() {
        LocalDate pub = LocalDate.of(2016, 6, 25);
        String broken = "Floods kill 23 in West Virginia\n\nCHARLESTON, W.Va. (Reuters) - Floods killed 23 people in West"
                + " Virginia on Thursday.\n\nThree deaths occurred in Kanawha County.\n";
        assertThat(key(all(broken, pub), "Three").place()).as("three of the 23").contains("#kanawha");
        String whole = "Wildfire kills two in California\n\nLOS ANGELES (Reuters) - A wildfire in central California"
                + " destroyed 100 homes on Friday.\n\nThe fire in Kern County has already claimed two lives.\n";
        assertThat(key(all(whole, pub), "two").place()).as("the fire's own place, not a part of it").doesNotContain("#");
    }

    @Test
    void theHomelessAndPeopleInNeedAreMeasuresApartFromTheDisplaced() {
        // events.txt: the homeless and people in need are counts of people of their own, not the evacuated
        String text = "Storm floods coastal towns\n\nThe storm forced 12,000 people to evacuate on Monday. About 4,000 were"
                + " left homeless and 2,500 people were sleeping in shelters, officials said. Some 30,000 people are in urgent"
                + " need of food.\n";
        List<ExtractedClaim> cs = all(text, PUB);
        assertThat(key(cs, "12,000").event()).isEqualTo("displace");
        assertThat(key(cs, "4,000").event()).isEqualTo("homeless");
        assertThat(key(cs, "2,500").event()).as("the sheltering are of the displaced").isEqualTo("displace");
        assertThat(key(cs, "30,000").event()).isEqualTo("need");
        assertThat(key(cs, "30,000").kind()).isEqualTo("person");
    }

    @Test
    void foreignersAreCountedApartFromTheToll() {
        // foreigners-apart (keys/kinds.txt): tourists and foreign visitors of a toll are a part of it, of their event
        String text = "Gunmen storm hotel\n\nGunmen attacked a hotel on Friday, killing 12 people. The dead included five"
                + " tourists. Three foreign visitors were wounded.\n";
        List<ExtractedClaim> cs = all(text, PUB);
        assertThat(key(cs, "12").kind()).isEqualTo("person");
        assertThat(key(cs, "five").kind()).isEqualTo("foreigner");
        assertThat(key(cs, "five").event()).isEqualTo("kill");
        assertThat(key(cs, "Three").kind()).isEqualTo("foreigner");
        assertThat(key(cs, "Three").event()).isEqualTo("injure");
    }

    @Test
    void lowerCaseCopyStillNamesADivisionOfTheArticlesCountry() {
        // rule lower-case-division: wire copy that writes its names in lower case
        String text = "ECUADOR QUAKE TO CUT OIL REVENUES\n\nup to 300 people were feared dead and more than 15,000 people"
                + " left homeless by thursday's earthquake in Ecuador, authorities said.\n"
                + "    Other estimates ranged as high as 500 dead.\n"
                + "    \"we fear that up to 200 people died in napo though there is no way of now knowing,\" he said.\n"
                + "    Rescue teams arrived in time to save 40 people in march.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 9));
        assertThat(key(cs, "200").place()).as("Napo province, a part of the quake's toll").contains("#ec.23");
        assertThat(key(cs, "500").place()).doesNotContain("#");
        assertThat(key(cs, "40").place()).as("'in time', 'in march' are no places").doesNotContain("#");
    }

    @Test
    void aFigureOfOneOfTheArticlesPlacesIsKeyedToThatPlaceAlone() {
        String text = "Wildfires rage in California and Oregon\n\nThe Park Fire in California has exploded to 45,550 acres."
                + "\n\nThe largest active wildfire in the United States has scorched almost 270,000 acres in eastern Oregon.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 25));
        assertThat(key(cs, "45,550").place()).contains("@US.CA").doesNotContain("@US.OR");
        assertThat(key(cs, "45,550").eventName()).isEqualTo("park fire");
        assertThat(key(cs, "270,000").place()).contains("@US.OR").doesNotContain("@US.CA");
        assertThat(key(cs, "270,000").eventName()).as("not the Park Fire's name").isEmpty();
    }

    @Test
    void aFiresNameFollowsItsDeterminerAndAFireAgencyIsNoFire() {
        assertThat(EventNames.of("Crews said the Park Fire grew.", 0, 30)).isEqualTo("park fire");
        assertThat(EventNames.of("The Park Fire grew overnight.", 0, 29)).isEqualTo("park fire");
        assertThat(EventNames.of("It burned 389,000 acres, according to Cal Fire.", 0, 47)).isEmpty();
    }

    @Test
    void peopleOnAVehicleAreCountedAboardAndDatedByTheAccident() {
        String text = "Plane with 379 people bursts into flames at Haneda\n\nTOKYO (Reuters) - A Japan Airlines plane"
                + " collided with a coast guard aircraft at Tokyo's Haneda airport on Tuesday.\n\n"
                + "The vessel was just off the port with 463 passengers and crew when the accident occurred at 1850 GMT.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 1, 3));
        assertThat(key(cs, "379").event()).isEqualTo("aboard");
        assertThat(key(cs, "379").cause()).isEqualTo("crash");
        ExtractedClaim vessel = cs.stream().filter(c -> c.numberText().contains("463")).findFirst().orElseThrow();
        assertThat(vessel.background()).as("1850 GMT is a time of day, not a year").isFalse();
        assertThat(vessel.key().latest()).isAfter(LocalDate.of(2023, 12, 1));
    }

    @Test
    void aNetworksOutageIsAnEventOfItsOwn() {
        String text = "AT&T outage hits thousands\n\nA cellular outage on Thursday hit 70,000 AT&T users in the United States.\n";
        assertThat(key(all(text, LocalDate.of(2024, 2, 23)), "70,000").cause()).isEqualTo("outage");
    }

    @Test
    void aFigureAfterAVerbOfWhatHappenedToPeopleCountsItsVictims() {
        String text = "PAKISTAN SAYS AFGHAN AIR RAID KILLED ALMOST 150\n\nISLAMABAD, March 25 - Almost 150 people were"
                + " killed when Afghan aircraft raided Pakistani villages on Monday, officials said.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(1987, 3, 25));
        assertThat(cs.get(0).key().kind()).as("the raid killed them; they are not raids").isEqualTo("person");
        assertThat(cs.get(0).key().measure()).isEqualTo(cs.get(1).key().measure());
    }

    @Test
    void aFigureOfOneOfTheArticlesCountriesIsKeyedToThatCountryAlone() {
        String text = "Israel strikes Yemen\n\nIsraeli jets struck the port of Hodeidah in Yemen on Saturday, a day after a"
                + " drone attack in Tel Aviv.\n\nThe airstrikes on the port in Yemen injured at least 80 people.\n\n"
                + "The drone attack in Tel Aviv on Friday killed one man and injured 10 others.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2024, 7, 21));
        assertThat(EXTRACTOR.extract(text, LocalDate.of(2024, 7, 21)).frame().place())
                .as("the article's places").contains("@YE").contains("@IL");
        assertThat(key(cs, "80").place()).contains("@YE").doesNotContain("@IL");
        assertThat(key(cs, "10").place()).contains("@IL").doesNotContain("@YE");
    }

    @Test
    void livesClaimedAreATollOfTheOnesWhoseLivesTheyWere() {
        ClaimKey k = key(all("Texas floodwaters claim three soldiers' lives at Fort Hood\n", LocalDate.of(2016, 6, 3)), "three");
        assertThat(k.measure()).isEqualTo("soldier/kill");
    }

    @Test
    void aRateKeysApartFromAStockAndByWhatFlows() {
        String text = "Storm shuts oil terminal in Norland\n\nA storm shut the oil terminal of Norland on Monday, officials said.\n\n"
                + "Norland had been pumping 410,000 barrels per day before the storm.\n\n"
                + "Its output was about 400,000 bpd, and it was exporting 150,000 bpd.\n\n"
                + "A neighbour will lend it 30,000 barrels a day, and the terminal holds 2 mln barrels in its tanks.\n\n"
                + "The pipeline is capable of carrying 30,000 bpd.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 3, 4));
        ClaimKey pumped = key(cs, "410,000");
        assertThat(pumped.unit()).isEqualTo("barrel/day");
        assertThat(pumped.measure()).isEqualTo("barrel/output");
        assertThat(key(cs, "400,000").measure()).as("however the rate is written").isEqualTo(pumped.measure());
        assertThat(key(cs, "400,000").unit()).isEqualTo(pumped.unit());
        assertThat(key(cs, "150,000").measure()).isEqualTo("barrel/export");
        assertThat(key(cs, "30,000 barrels").measure()).isEqualTo("barrel/supply");
        assertThat(key(cs, "2").unit()).as("a stock is no rate").isNotEqualTo("barrel/day");
        ExtractedClaim capacity = cs.get(cs.size() - 1);
        assertThat(capacity.key().measure()).isEqualTo("barrel/capacity");
    }

    @Test
    void aReadingOnANamedScaleIsAMagnitudeOrAnIntensity() {
        String text = "Quake jolts Norland coast\n\nAn earthquake measuring 5.8 on the Richter scale shook the coast of Norland"
                + " on Tuesday and injured 12 people, officials said.\n\n"
                + "It registered five on the 12-point Mercalli scale in the port.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 3, 5));
        assertThat(key(cs, "5.8").measure()).isEqualTo("magnitude");
        assertThat(key(cs, "12").measure()).isEqualTo("person/injure");
        assertThat(key(cs, "five").measure()).isEqualTo("intensity");
    }

    @Test
    void peopleTrappedOrStrandedAreCountedApartFromTheDead() {
        String text = "Blast traps 30 in Norland mine\n\nA gas blast in a coal mine in Norland on Monday trapped 30 workers and"
                + " killed two, officials said.\n\nFloods have stranded 400 people in villages nearby.\n";
        List<ExtractedClaim> cs = all(text, LocalDate.of(2025, 3, 4));
        assertThat(cs.stream().filter(c -> c.quote().contains("30 workers")).findFirst().orElseThrow().key().event())
                .isEqualTo("trap");
        assertThat(key(cs, "two").event()).isEqualTo("kill");
        assertThat(key(cs, "400").measure()).isEqualTo("person/strand");
    }

    @Test
    void twoStrikesOfOneCountryAreToldApartByWhoStrikes() {
        String dockers = "NORLAND DOCKERS' STRIKE ENTERS SECOND WEEK\n\nA strike by Norland's 30,000 dockers, who want a 90 pct"
                + " pay rise, entered its second week on Monday, a union official said.\n";
        String teachers = "NORLAND TEACHERS LAUNCH NATIONAL STRIKE\n\nMost of Norland's 200,000 teachers began a national strike"
                + " for a 90 pct pay rise on Tuesday, union leaders said.\n\n"
                + "The dockers' strike, which began on March 2, has idled 160 ships.\n";
        LocalDate pub = LocalDate.of(2025, 3, 12);
        Extraction d = EXTRACTOR.extract(dockers, pub);
        Extraction t = EXTRACTOR.extract(teachers, pub);
        assertThat(d.frame().eventName()).isEqualTo("docker strike");
        assertThat(t.frame().eventName()).isEqualTo("teacher strike");
        assertThat(key(t.claims(), "160").eventName()).as("the other strike, named in its sentence").isEqualTo("docker strike");
        assertThat(EXTRACTOR.extract("Air strike kills 12 in Norland\n\nAn air strike killed 12 pilots on Monday.\n", pub)
                .frame().eventName()).as("an air strike is no strike").isEmpty();
    }

    @Test
    void aSentenceThatGoesOnAboutAnotherEventIsKeyedToThatEvent() {
        String ferry = "Ferry sinks off Norland\n\nA ferry sank off Norland on Friday, killing at least 60 people, officials said.\n\n"
                + "It was the worst disaster since a liner sank off Sudland in May 1998 with the loss of 300 lives."
                + " A further 500 people were rescued.\n";
        List<ExtractedClaim> cs = all(ferry, LocalDate.of(2025, 3, 8));
        ExtractedClaim rescued = cs.stream().filter(c -> c.numberText().contains("500")).findFirst().orElseThrow();
        assertThat(rescued.background()).as("the liner's rescued, not the ferry's").isTrue();
        assertThat(rescued.key().latest()).isBefore(LocalDate.of(1999, 1, 1));
        String fires = "Holt Fire grows\n\nThe Holt Fire in Norland County has burned 20,000 acres since Monday, officials said.\n\n"
                + "To the north, crews fought the Pine Ridge Fire.\n\nAs of Friday, it had burned 3,000 acres.\n";
        ClaimKey pine = key(all(fires, LocalDate.of(2025, 6, 14)), "3,000");
        assertThat(pine.eventName()).isEqualTo("pine ridge fire");
    }
}
