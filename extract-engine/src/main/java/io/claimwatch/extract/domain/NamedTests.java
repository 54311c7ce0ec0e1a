package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link NumberRule#NAMED_TEST}, {@code number.named-test}: "cars must pass the 40 mph test", "a 50 km/h crash standard",
 * "a test at 40 mph": a measure (a figure with its unit) right before a noun of numbers-test-nouns.txt, at most one word
 * between, or right after such a noun and "at", names the test or the standard, as a model number names a car; it tells no
 * amount. A share or a sum (a currency's code) is none of these; a bare number is no measure ("1,000 test kits", "200 standard rooms" stay counts).
 */
final class NamedTests {

    private static final Set<String> NOUNS = Set.copyOf(Lexicon.lines("numbers-test-nouns.txt").stream()
            .map(l -> l.toLowerCase(Locale.ROOT)).toList());

    private NamedTests() {
    }

    /** Whether the measure {@code m} names a test or a standard. */
    static boolean names(List<Tok> t, Mention m) {
        if (m.unit == null || m.unit.isEmpty() || m.unit.equals("%") || m.unit.equals(m.unit.toUpperCase(Locale.ROOT))) return false;  // no share, no sum
        int j = m.tokEnd;
        if (j < t.size() && t.get(j).is("-")) j++;
        for (int k = j; k < Math.min(t.size(), j + 2); k++) {
            if (!t.get(k).isWord()) break;
            if (NOUNS.contains(t.get(k).lower())) return true;
        }
        int b = m.tokStart;
        return b >= 2 && t.get(b - 1).is("at") && NOUNS.contains(t.get(b - 2).lower());
    }
}
