package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the hot paths give what the full reading gives: a word test before a regex, a
 * search bounded to the sentence, a memo of one article's places, a cue looked for only where its
 * first word stands, a lexicon's phrases and place names tried only from a word one starts with, an
 * event verb's stem looked up instead of scanned for.
 */
class HotPathShortcutsTest {

    @Test
    void containsAnyLooksOnlyInsideTheSpan() {
        String text = "Firefighters said the Park Fire grew. A Complex of fires burned.";
        int secondStart = text.indexOf("A Complex");
        assertThat(TextSearch.containsAny(text, 0, secondStart, List.of("Complex", "Fire"))).isTrue();
        assertThat(TextSearch.containsAny(text, 0, secondStart, List.of("Complex"))).isFalse();
        assertThat(TextSearch.containsAny(text, secondStart, text.length(), List.of("Complex"))).isTrue();
        // a word cut by the span's end does not stand in it
        assertThat(TextSearch.containsAny(text, 0, text.indexOf("Fire grew") + 3, List.of("Fire"))).isTrue();   // "Firefighters"
        assertThat(TextSearch.containsAny(text, 5, text.indexOf("Fire grew") + 3, List.of("Fire"))).isFalse();
    }

    @Test
    void eventNamesStillReadWhereTheirNounsAre() {
        String storm = "Hurricane Irma made landfall in Florida on Sunday, killing 12 people.";
        assertThat(EventNames.of(storm, 0, storm.length())).isEqualTo("hurricane irma");
        String fire = "Firefighters battled the Erskine Fire, which has burned 48,000 acres.";
        assertThat(EventNames.of(fire, 0, fire.length())).isEqualTo("erskine fire");
        String superstorm = "Flooding from Superstorm Sandy cut power to 8 million homes.";
        assertThat(EventNames.of(superstorm, 0, superstorm.length())).isEqualTo("superstorm sandy");
        // the name in the next sentence is not this sentence's
        String two = "At least 12 people died. The Park Fire burned 400,000 acres.";
        assertThat(EventNames.of(two, 0, two.indexOf(" The"))).isEmpty();
    }

    @Test
    void aDateInParenthesesAfterAClockTimeIsAnotherTimeZonesOnlyWithinItsSentence() {
        String text = "The quake struck at 9:58 a.m. (3.00 p.m. ET on Friday), killing 40. Rescuers (local teams) worked on Saturday.";
        assertThat(FrameReader.inOtherTimeZone(text, 0, text.indexOf("Friday"))).isTrue();
        int second = text.indexOf("Rescuers");
        assertThat(FrameReader.inOtherTimeZone(text, second, text.indexOf("Saturday"))).isFalse();
        // the parenthesis of the sentence before is not this sentence's
        String open = "Officials (at 9.30 said. Then on Friday the toll rose";
        assertThat(FrameReader.inOtherTimeZone(open, open.indexOf("Then"), open.indexOf("Friday"))).isFalse();
        assertThat(FrameReader.inOtherTimeZone(open, 0, open.indexOf("Friday"))).isTrue();
    }

    @Test
    void modalityCuesAreFoundWhereverTheyStand() {
        ModalityDetector d = new ModalityDetector(Lexicon.get());
        assertThat(d.of("The toll could reach 1,000, officials said")).isEqualTo(Modality.PROJECTION);
        assertThat(d.of("About 300 people are feared dead")).isEqualTo(Modality.ESTIMATE);
        assertThat(d.of("Officials said 41 people died")).isEqualTo(Modality.ASSERTED);
        assertThat(d.of("")).isEqualTo(Modality.ASSERTED);
        assertThat(d.of("It COULD, REACH 5")).isEqualTo(Modality.PROJECTION);
    }

    /** The scan {@link PhraseIndex} replaced: the first phrase of the list whose words stand at j. */
    private static Lexicon.Phrase scan(List<Lexicon.Phrase> phrases, List<Tok> t, int j) {
        outer:
        for (Lexicon.Phrase p : phrases) {
            String[] w = p.words();
            if (j + w.length > t.size()) continue;
            for (int x = 0; x < w.length; x++) if (!t.get(j + x).lower().equals(w[x])) continue outer;
            return p;
        }
        return null;
    }

    @Test
    void unitsAndVagueQuantifiersAreFoundByTheirFirstWordAsByAScanOfTheList() {
        Lexicon lx = Lexicon.get();
        String text = "The storm left 40 per cent of homes without power, tens of thousands of people fled and 3.5 million "
                + "square kilometres burned; losses reached $2 billion (1.8 billion euros) and dozens of km of road, "
                + "in the hundreds of millions of dollars, 12 mph winds, 7 kg, several hundred people.";
        List<Tok> t = Tok.of(text, 0, text.length());
        int found = 0;
        for (int j = 0; j <= t.size(); j++) {
            assertThat(lx.unitIndex.at(t, j)).isSameAs(scan(lx.units, t, j));
            assertThat(lx.vagueIndex.at(t, j)).isSameAs(scan(lx.vague, t, j));
            if (lx.unitIndex.at(t, j) != null || lx.vagueIndex.at(t, j) != null) found++;
        }
        assertThat(found).isGreaterThan(5);
        for (Lexicon.Phrase p : lx.units) {
            Lexicon.Phrase first = null;
            for (Lexicon.Phrase q : lx.units) if (q.words().length == 1 && q.text().equals(p.words()[0])) { first = q; break; }
            assertThat(lx.unitIndex.word(p.words()[0])).isSameAs(first);
        }
    }

    @Test
    void anEventVerbIsTheLongestStemCoveringMostOfTheWordAsByAScanOfTheList() {
        Lexicon lx = Lexicon.get();
        List<String> words = new java.util.ArrayList<>(List.of("killed", "kilometres", "returned", "evacuated", "injuring",
                "captures", "x", "", "displacement", "rescued", "destroyed", "flooded", "arrested", "abducted"));
        for (Lexicon.Phrase p : lx.eventVerbs) {
            words.add(p.text());
            words.add(p.text() + "ed");
            words.add(p.text() + "ings");
            words.add(p.text() + "ations");
            if (p.text().length() > 1) words.add(p.text().substring(0, p.text().length() - 1));
        }
        int found = 0;
        for (String w : words) {
            String best = null;
            int bestLen = 0;
            for (Lexicon.Phrase p : lx.eventVerbs) {
                if (w.startsWith(p.text()) && p.text().length() > bestLen) {
                    best = p.fields()[0];
                    bestLen = p.text().length();
                }
            }
            if (best != null && w.length() - bestLen > 4) best = null;
            assertThat(lx.eventVerb(w)).as(w).isEqualTo(best);
            if (best != null) found++;
        }
        assertThat(found).isGreaterThan(lx.eventVerbs.size());
        assertThat(lx.eventVerb("killed")).isNotNull();
        assertThat(lx.eventVerb("kilometres")).isNull();
    }

    @Test
    void aPlaceNameIsLookedUpOnlyFromAWordSomeNameStartsWith() {
        Gazetteer g = Gazetteer.get();
        List<String> words = List.of("in", "new", "york", "city", "and", "rio", "de", "janeiro", "the", "bay", "of", "plenty",
                "kanawha", "county", "ecuador", "south", "waziristan", "zzz", "al", "haouz");
        for (int i = 0; i < words.size(); i++) {
            Gazetteer.Match want = null;
            for (int n = words.size() - i; n >= 1 && want == null; n--) {
                Gazetteer.Place p = g.lookup(String.join(" ", words.subList(i, i + n)));
                if (p != null) want = new Gazetteer.Match(n, p);
            }
            assertThat(g.longestAt(words, i)).as(words.get(i)).isEqualTo(want);
        }
        assertThat(g.longestAt(words, words.size())).isNull();
    }

    @Test
    void aWordsLexiconSlotGivesTheLongestEntryElseItsFormsEntry() {
        ConceptLexicon causes = ConceptLexicon.load("/keys/causes.txt");
        java.util.Map<String, String> entries = new java.util.HashMap<>();
        causes.forEach(entries::put);
        List<String> words = List.of("the", "air", "strikes", "killed", "and", "air", "strike", "after", "earthquakes", "flooding",
                "wildfires", "bombings", "zzz", "strike", "fires", "landslide");
        int named = 0;
        for (int i = 0; i < words.size(); i++) {
            // the longest run that is an entry, else the first of the word's forms that is one (a word's form has no space)
            ConceptLexicon.Match want = null;
            for (int n = words.size() - i; n >= 1 && want == null; n--) {
                String c = entries.get(String.join(" ", words.subList(i, i + n)));
                if (c != null) want = new ConceptLexicon.Match(c, n);
            }
            for (String f : WordForms.of(words.get(i))) {
                if (want == null && entries.containsKey(f)) want = new ConceptLexicon.Match(entries.get(f), 1);
            }
            assertThat(WordForms.match(causes, words, i)).as(words.get(i)).isEqualTo(want);
            if (want != null) named++;
        }
        assertThat(named).isGreaterThan(5);
    }

    @Test
    void aSentencesReadingIsKeptForItsArticleOnly() {
        FramePasses.Kept kept = new FramePasses.Kept();
        String text = "Israeli airstrikes hit Nuseirat on Saturday. The ministry said 37 were killed.";
        int end = text.indexOf('.') + 1;
        FramePasses.Read first = kept.sentence(text, 0, end);
        assertThat(kept.sentence(text, 0, end)).isSameAs(first);
        assertThat(first.words).isEqualTo(FrameReader.words(text, 0, end));
        // another text, even of the same words, is read anew
        String copy = new String(text);
        assertThat(kept.sentence(copy, 0, end)).isNotSameAs(first);
        assertThat(kept.sentence(copy, 0, end).words).isEqualTo(first.words);
    }

    /**
     * {@link TailWords}: the patterns of {@link KeyParts} and {@link KeyFacet} anchored at the end of the text before a
     * figure are tried only when the text ends with one of their last words; what they read is what trying them from
     * every position reads, and so are the patterns that need a word ("by", "hour", "each") only where the text holds it.
     * Every cut of each sentence is a text before a figure.
     */
    @Test
    void partsAndFacetsReadTheSameWithTheTailTestsAsWithout() {
        List<String> sentences = List.of(
                "At least 14 people, including three children and two of whom were police officers, were killed, officials said.",
                "Officials said 112 males and 97 females had been killed, and 23 women, 40 men and 6 children were missing.",
                "The toll has risen to 312 and the Red Cross warned it could rise further to as many as 1,000.",
                "Forecasts of 2,000 dead were made; the total was forecast at 1,500 and projections of 800 followed.",
                "Most of the country's 90,000 nurses joined the strike, and the majority of the 4,000 teachers in Leeds did too.",
                "Nine of the dead were children; another 20 were hurt, five others in critical condition and two in a serious state.",
                "Exports fell to 2.1 bln dlrs from 2.4 bln, down from October's 2.6 bln and compared with a revised 2.2 bln a year ago.",
                "Output rose 4% against 3.1% in May; imports of 1,200 tonnes from the Port's terminal rose 7 pct from 5 pct.",
                "The village of Tambo, about 80 km south of the capital, lost 12 homes, one death each in the three valleys.",
                "Seafarers seeking a 275 pct pay rise rejected offers of up to 100 pct, and settled for 120 pct in the end.",
                "Two quakes hit the coast; these earthquakes have killed more than 700, and those tremors injured 2,500 others.",
                "Among them were 31 miners and at least 5 rescuers; eight of nine soldiers who were killed were from the north.",
                "INCLUDING  FOUR  WOMEN, 30 DIED;  ANOTHER\n 12 DIED ELSEWHERE, 3 ARE IN INTENSIVE CARE, THE MAYOR'S 5 TOO.",
                "Winds strengthened BY 60 kph (37 mph) and a Fleet Of about 40 boats, 12 in its fleet, rose by 3 in just 6 HOURS.",
                "In the past 24 hours, 40 people died, 2 each in 20 towns and 5 elsewhere; 3 apiece were hurt over three Hours.");
        KeyParts fast = new KeyParts(), slow = new KeyParts(false);
        List<String> kinds = List.of("", "person"), units = List.of("", "%", "km", "USD");
        int parts = 0, facets = 0;
        for (String s : sentences) {
            for (int at = 0; at <= s.length(); at++) {
                String after = s.substring(at, Math.min(s.length(), at + 60));
                for (int from : new int[] {Math.max(0, at - 40), Math.max(0, at - 60), 0}) {
                    String before = s.substring(from, at);
                    for (String kind : kinds) {
                        for (String unit : units) {
                            KeyParts.Part p = fast.of(before, after, kind, unit);
                            assertThat(p).as("%s | %s | %s | %s", before, after, kind, unit).isEqualTo(slow.of(before, after, kind, unit));
                            String f = KeyFacet.of(before, after, s, kind, unit);
                            assertThat(f).as("%s | %s | %s | %s", before, after, kind, unit).isEqualTo(KeyFacet.of(before, after, s, kind, unit, false));
                            // with the sentence after the figure read for a span of hours
                            assertThat(KeyFacet.of(before, after, s, after, "", kind, unit, true)).as("%s | %s | %s | %s", before, after, kind, unit)
                                    .isEqualTo(KeyFacet.of(before, after, s, after, "", kind, unit, false));
                            if (p != null) parts++;
                            if (!f.isEmpty()) facets++;
                        }
                    }
                }
            }
        }
        // the sentences do reach the rules: parts and facets are read, not only their absence
        assertThat(parts).isGreaterThan(100);
        assertThat(facets).isGreaterThan(100);
    }

    /**
     * {@link NameStarts}: the date, weekday and month-alone patterns tried at a letter only where a month's or a
     * weekday's first three letters stand find, from every position, what trying them at every initial finds.
     */
    @Test
    void dateNamesAreFoundWhereTheirFirstLettersStandAsAtEveryInitial() {
        TimeWords w = new TimeWords(Lexicon.get());
        String text = "MANILA, Sept. 3 - Minister Ana Mayor said on Monday that Marchers in Manila, Madrid and Augusta met "
                + "on 4 March 2024, in April, since mid-August and last May; the Jan. 5 slide, Nov 12th, 2024-11-30, "
                + "Sunday’s storm and Tuesday's vote (SATURDAY, sunday, FRIDAY) followed June 2008 and Dec 2019. "
                + "Sun Tzu, Satoshi, Wedge, Thursdays, Mayfield, Julyan, Octavia, Novak, Decca, Febo, Jun Li, MAY, mAy 4.";
        int found = 0;
        for (var c : List.of(new Object[] {w.date, w.dateFirsts, w.monthStarts}, new Object[] {w.weekday, w.weekdayFirsts, w.weekdayStarts},
                new Object[] {w.monthAlone, w.monthFirsts, w.monthStarts})) {
            java.util.regex.Pattern p = (java.util.regex.Pattern) c[0];
            for (int from = 0; from < text.length(); from++) {
                java.util.regex.Matcher fast = p.matcher(text), slow = p.matcher(text);
                boolean f = TextSearch.findAtWordStart(fast, text, from, (String) c[1], (NameStarts) c[2]);
                assertThat(f).as("%s from %d", p, from).isEqualTo(TextSearch.findAtWordStart(slow, text, from, (String) c[1]));
                if (f) {
                    assertThat(fast.start()).isEqualTo(slow.start());
                    assertThat(fast.group()).isEqualTo(slow.group());
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(200);
        // a name shorter than three letters compares as many letters as it has
        NameStarts two = NameStarts.of(List.of("mo", "tuesday"));
        assertThat(two.mayStartAt("Mo 5", 0)).isTrue();
        assertThat(two.mayStartAt("TUESDAY", 0)).isTrue();
        assertThat(two.mayStartAt("Ma", 0)).isFalse();
    }

    /**
     * {@link SentenceScanner}: the sentence model with the array scan of its end-of-sentence chars splits lines where
     * OpenNLP's own model, scanner and detector split them.
     */
    @Test
    void theSentenceModelWithTheArrayScanSplitsAsOpenNlpsOwn() throws Exception {
        opennlp.tools.sentdetect.SentenceModel own, scanned;
        try (var a = Sentences.class.getResourceAsStream(Sentences.MODEL); var b = Sentences.class.getResourceAsStream(Sentences.MODEL)) {
            own = new opennlp.tools.sentdetect.SentenceModel(a);
            scanned = new SentenceScanner.Model(b);
        }
        var ownScanner = own.getFactory().getEndOfSentenceScanner();
        assertThat(scanned.getFactory().getEndOfSentenceScanner().getEOSCharacters()).isEqualTo(ownScanner.getEOSCharacters());
        assertThat(scanned.getFactory().isUseTokenEnd()).isEqualTo(own.getFactory().isUseTokenEnd());
        var ownDetector = new opennlp.tools.sentdetect.SentenceDetectorME(own);
        var detector = new opennlp.tools.sentdetect.SentenceDetectorME(scanned);
        List<String> lines = List.of(
                "Rescuers pulled 12 survivors from the rubble on Tuesday. The toll rose to 3.5 times the first estimate!",
                "Did the U.S. send aid? Officials at the U.N. said 1,200 tents arrived at 6:30 p.m. on Feb. 19, Dr. Ana Ruiz said.",
                "“We have lost everything,” said Mr. Okafor… Another 40 families fled; the road (Route 9.) was cut.",
                "No final stop here and none at all",
                "Prices rose 0.4% in Jan. vs. 0.3% in Dec.; St. Louis Fed’s J.P. Smith said so. Then: “Enough!” — end?");
        for (String line : lines) {
            assertThat(new SentenceScanner(ownScanner.getEOSCharacters()).getPositions(line)).isEqualTo(ownScanner.getPositions(line));
            assertThat(detector.sentPosDetect(line)).as(line).isEqualTo(ownDetector.sentPosDetect(line));
            assertThat(detector.probs()).isEqualTo(ownDetector.probs());
        }
        assertThat(detector.sentPosDetect(lines.get(0))).hasSize(2);
    }

    /**
     * {@link SentenceScanner#wholeLine}: a line with no candidate stop before its last word is the one sentence the
     * model makes of it, trimmed as OpenNLP trims; a line with a stop before its last word is left to the model.
     */
    @Test
    void aLineWithNoStopBeforeItsLastWordIsTheModelsOneSentence() throws Exception {
        SentenceScanner.Model model;
        try (var in = Sentences.class.getResourceAsStream(Sentences.MODEL)) {
            model = new SentenceScanner.Model(in);
        }
        var detector = new opennlp.tools.sentdetect.SentenceDetectorME(model);
        var scanner = (SentenceScanner) model.getFactory().getEndOfSentenceScanner();
        boolean tokenEnd = model.getFactory().isUseTokenEnd();
        assertThat(tokenEnd).isTrue();
        List<String> whole = List.of(
                "Floodwaters cut 14 roads in the valley on Sunday.", "No stop here at all", "Aid arrived from the U.S.",
                "“We lost 30 homes,” he said.", "He asked: “Where are the 200 tents?”", "Rain fell for 6 hours!\u00a0",
                "\u00a0Fire crews saved 12 barns.", "\u00a0\u00a0", ".", "Prices rose 2.5%", "Troops left (see p.4).");
        for (String line : whole) {
            opennlp.tools.util.Span[] own = detector.sentPosDetect(line), fast = scanner.wholeLine(tokenEnd, line);
            assertThat(fast).as(line).isNotNull();
            assertThat(java.util.Arrays.stream(fast).map(sp -> sp.getStart() + "-" + sp.getEnd()).toList()).as(line)
                    .isEqualTo(java.util.Arrays.stream(own).map(sp -> sp.getStart() + "-" + sp.getEnd()).toList());
        }
        for (String line : List.of("Two died. Ten were hurt.", "Police said 3.5 tonnes burned", "Who knew? Nobody", "Dr. Ruiz spoke")) {
            assertThat(scanner.wholeLine(tokenEnd, line)).as(line).isNull();
        }
    }

    /** {@link TextMasks}: the phone pattern is tried only where one of its alternatives can start, and finds what it finds there. */
    @Test
    void phoneNumbersAreMaskedWhereTheyStartOnly() {
        String text = "Call +44 20 7946 0958, (555) 123-4567 or 555.123.4567 (see 12 or (12) 3); 1234-567-8901, +x 12, 20 (300) 40.";
        java.util.BitSet masked = TextMasks.of(text);
        for (String phone : List.of("+44 20 7946 0958", "(555) 123-4567", "555.123.4567")) {
            int at = text.indexOf(phone);
            assertThat(masked.get(at, at + phone.length()).cardinality()).as(phone).isEqualTo(phone.length());
        }
        for (String not : List.of("(see 12", "(12) 3", "1234-567-8901", "+x 12", "20 (300) 40")) {
            int at = text.indexOf(not);
            assertThat(masked.get(at, at + not.length()).isEmpty()).as(not).isTrue();
        }
    }

    /** {@link VoteHolders#person}: a name counted where it stands as a word, as a scan of the whole text with its pattern counts it. */
    @Test
    void aFirstNamesSurnameCountsOnlyItsMentionsAsAWord() {
        VoteHolders holders = new VoteHolders();
        // "ElTeodoro Rivas" is no mention of Teodoro: one Benitez and one Rivas in two mentions, the first in order holds
        String text = "Teodoro Benitez led with 51%. Teodoro Rivas trailed. The ElTeodoro Rivas cafe was full. Teodorovic Rivas voted.";
        assertThat(holders.person(text, "Teodoro")).isEqualTo("benitez");
        assertThat(holders.person("Ana Rivas won 40%, Ana Rivas said, and Ana thanked her town.", "Ana")).isEqualTo("rivas");
        assertThat(holders.person("Ana won 40%, Ana said.", "Ana")).isEqualTo("ana");
    }

    /** {@link PlaceFinder#lowerCaseDivisions} skips a span with no locative word: what reading its words finds. */
    @Test
    void lowerCaseDivisionsSkipOnlySpansWithoutALocative() {
        PlaceFinder places = new PlaceFinder(Gazetteer.get(), ConceptLexicon.load("/keys/not-place-names.txt"));
        String text = "we fear that up to 300 people died in napo and 40 AT manabi, officials IN quito said; "
                + "the toll near esmeraldas rose to 12, and 9 died at sea. Nothing here names a place: 20 people, 3 homes. "
                + "Floods In guayas killed 5; in-laws and raisins, nearby at-risk homes, Indians and atolls.";
        java.util.Set<String> countries = java.util.Set.of("EC");
        int found = 0;
        for (int from = 0; from < text.length(); from += 3) {
            for (int to = from; to <= text.length(); to += 5) {
                Places fast = places.lowerCaseDivisions(text, from, to, countries);
                assertThat(fast).as("%d-%d", from, to).isEqualTo(places.lowerCaseDivisions(text, from, to, countries, false));
                if (!fast.isEmpty()) found++;
            }
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void anArticlesPlaceWordsCutToASpanAreTheSpansOwnWords() {
        String text = "Rescuers in St. Louis' north, near Lake Tahoe’s shore, said 12 U.S. citizens died.\n"
                + "The Bay of Plenty council , in Tauranga, counted 3,400 homes (Mañana) without power.";
        PlaceWords.Article article = PlaceWords.article(text);
        int cut = 0;
        for (int from = 0; from < text.length(); from++) {
            for (int to = from + 1; to <= text.length(); to++) {
                PlaceWords span = article.span(from, to);
                if (span == null) {      // a word crosses an end: read from the span
                    cut++;
                    continue;
                }
                PlaceWords own = PlaceWords.of(text, from, to);
                assertThat(span.words).as("%d-%d", from, to).isEqualTo(own.words);
                assertThat(span.capital).as("%d-%d", from, to).isEqualTo(own.capital);
                assertThat(span.afterComma).as("%d-%d", from, to).isEqualTo(own.afterComma);
            }
        }
        assertThat(cut).isPositive();
        int sentence = text.indexOf("The Bay");
        assertThat(article.span(sentence, text.length()).words).startsWith("the", "bay", "of", "plenty", "council", "in", "tauranga");
        assertThat(article.span(sentence, text.length()).afterComma.get(5)).isTrue();     // " , in"
    }

    @Test
    void aDateRulesGateHoldsEveryPhraseItsPatternMatches() {
        TimeWords w = new TimeWords(Lexicon.get());
        for (String s : List.of("Police arrested 45 people YESTERDAY.", "They fled Last\nNight after the blast.",
                "It was hit two  weeks ago.", "Trial ballots last Summer were late.", "Over THE PAST 24 hours, 12 died.")) {
            java.util.regex.Matcher[] ms = {w.relativeDay.matcher(s), w.season.matcher(s), w.recentSpan.matcher(s)};
            List<List<String>> gates = List.of(w.relativeDayWords, w.seasonWords, w.recentWords);
            for (int k = 0; k < ms.length; k++) {
                if (ms[k].find()) {
                    assertThat(gates.get(k).stream().anyMatch(g -> s.toLowerCase(java.util.Locale.ROOT).contains(g))).as(s).isTrue();
                }
            }
        }
        assertThat(w.relativeDayWords).contains("yesterday", "night", "ago").doesNotContain("last", "");
        assertThat(w.seasonWords).containsExactlyInAnyOrder("spring", "summer", "autumn", "fall", "winter");
    }
}
