package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link TextSearch#findAtWordStart} and {@link TextSearch#findAt} find what {@code Matcher.find()} finds, for each pattern they serve. */
class TextSearchTest {

    private static final TimeWords WORDS = new TimeWords(Lexicon.get());

    @Test
    void theDatePatternsFindWhatFindFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "On May 24, 2025 and 6 August and August 2024, 2024-08-06; x2024-08-06 _May 5 ٢May 5 éMay 5 (May) mid-March.",
                "Sunday's vote, on Monday; MondayTuesday _Friday 3Friday Friday's, last Sept. and Sept 5, on monday",
                "on Saturday, the seventh day of the fire; THE 20th day of the strike, bathe the third day of it"));
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(p));
        }
        assertThat(String.join(" ", texts)).contains("Sunday", "August 6", "mid-March", "the seventh day of");
        for (String text : texts) {
            assertSame(WORDS.date, WORDS.dateFirsts, text);
            assertSame(WORDS.weekday, WORDS.weekdayFirsts, text);
            assertSame(WORDS.monthAlone, WORDS.monthFirsts, text);
            assertSame(WORDS.nthDay, WORDS.nthDayFirsts, text);
        }
    }

    @Test
    void firstsBelowAboveAndPastAsciiAreEachTried() {
        // firsts of all three ranges the search tells apart: below 64 (digits, "("), 64-127 (letters, "_"), past ASCII ("É", "€")
        Pattern p = Pattern.compile("(?<![\\p{L}\\d])(?:\\(\\d+\\)|\\d+ km|Élysée|€\\d+|_x|Zone|~y)");
        String text = "(12) and 40 km; the Élysée paid €300 to Zone 9, _x x_x a(1) 5(2) ~y é€4 Élysées";
        assertSame(p, "(0123456789_Z~É€", text);
        // a first left out is not tried: only the matches that begin with one of the others are found
        List<String> tried = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (int from = 0; TextSearch.findAtWordStart(m, text, from, "(4Z€"); from = m.end()) tried.add(m.group());
        assertThat(tried).containsExactly("(12)", "40 km", "€300", "Zone");
    }

    @Test
    void thePeriodRangeAndYearPatternsFindWhatFindFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "Output rose in Q3 2024 and H1, not in XQ3 or Q5; the week ending July 6, THE seven days to Friday, bathe the week to it.",
                "From 12-14 June and June 12 - 14, 2025; x12-14 June, 3-4 May; 1-2 pm; respectively 3% and 4%, Respectively, irrespectively",
                "In 2023, FY2024, $2019, 1,2020, -2021, 20245 and 2019.5 and 2018,7 (1999) x1998"));
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(p));
        }
        Pattern respectively = Pattern.compile("\\brespectively\\b", Pattern.CASE_INSENSITIVE);
        for (String text : texts) {
            assertSame(WORDS.spanTo, "tT", text);
            assertSame(WORDS.partLetter, WORDS.partLetterFirsts, text);
            assertSame(WORDS.dayRange, WORDS.dateFirsts, text);
            assertSame(respectively, "rR", text);
            List<String> found = new ArrayList<>();
            for (Matcher m = CalendarDates.YEAR.matcher(text); m.find(); ) found.add(m.start() + "-" + m.end());
            List<String> tried = new ArrayList<>();
            Matcher m = CalendarDates.YEAR.matcher(text);
            for (int from = 0; TextSearch.findAt(m, text, from, "12"); from = m.end()) tried.add(m.start() + "-" + m.end());
            assertThat(tried).isEqualTo(found);
        }
        assertThat(CalendarDates.YEAR.matcher(texts.get(2)).results().count()).isGreaterThan(2);
    }

    @Test
    void aWordInAnyCaseIsHeldWhereverItsPatternMatches() {
        Pattern respectively = Pattern.compile("\\brespectively\\b", Pattern.CASE_INSENSITIVE);
        for (String text : List.of("rose 3% and 4% respectively.", "RESPECTIVELY, they", "the two, Respectively", "respectively",
                "irrespectively of it", "v respectivel", "respectivelY", "very varied views", "", "v")) {
            if (respectively.matcher(text).find()) assertThat(TextSearch.mayHoldIgnoringCase(text, "respectively", 8)).as(text).isTrue();
        }
        assertThat(TextSearch.mayHoldIgnoringCase("irrespectively of it", "respectively", 8)).isTrue();   // a gate: the pattern decides
        assertThat(TextSearch.mayHoldIgnoringCase("very varied views, respectivel", "respectively", 8)).isFalse();
        assertThat(TextSearch.mayHoldIgnoringCase("ectively", "respectively", 8)).isFalse();
        assertThat(TextSearch.mayHoldIgnoringCase("", "respectively", 8)).isFalse();
    }

    private static void assertSame(Pattern p, String firsts, String text) {
        List<String> found = new ArrayList<>();
        for (Matcher m = p.matcher(text); m.find(); ) found.add(m.start() + "-" + m.end());
        List<String> tried = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (int from = 0; TextSearch.findAtWordStart(m, text, from, firsts); from = m.end()) tried.add(m.start() + "-" + m.end());
        assertThat(tried).as(p.pattern()).isEqualTo(found);
    }
}
