package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DateRule#RELATIVE_QUARTER}: a quarter of a year named from publication with no ordinal ({@code
 * lexicon/relative-quarters.txt}: "last quarter", "this quarter", "the current quarter") is the calendar quarter that many
 * quarters from the one of publication, its three months ("Apple sold 4.69 million iPads last quarter" on 20 May 2011:
 * January to March 2011; "more than 6 million could ship this quarter": April to June), a span with the role its preposition
 * gives it. Not a quarter of a thing after it ("last quarter century", "this quarter of the city": a word or "of" right after),
 * and not "the last quarter", a year's last part ({@code time-words.txt} LAST_PART, read before).
 */
final class RelativeQuarters {

    private static final Map<String, Integer> OFFSETS = new HashMap<>();
    private static final Pattern PHRASE;
    private static final List<String> GATE = List.of("quarter");

    static {
        for (String l : Lexicon.lines("relative-quarters.txt")) {
            String[] f = l.split("\\|");
            OFFSETS.put(f[0].toLowerCase(Locale.ROOT), Integer.parseInt(f[1]));
        }
        PHRASE = Pattern.compile("\\b(?:" + String.join("|", OFFSETS.keySet().stream().map(Pattern::quote).toList()) + ")\\b(?![-\\s]+(?:of\\b|century\\b))",
                Pattern.CASE_INSENSITIVE);
    }

    private RelativeQuarters() {
    }

    /** Adds the sentence's quarters named from publication to {@code s.out}, each taken from the later rules. */
    static void find(SentenceDates s) {
        // "scoring 14 points in the last quarter": a game's quarter, no part of a year (ReferencePeriods.playedPeriod)
        if (s.c.pub == null || !s.mayHold(GATE) || ReferencePeriods.playedPeriod(s.sent)) return;
        Matcher m = PHRASE.matcher(s.sent);
        while (m.find()) {
            if (s.taken(m.start(), m.end(), true)) continue;
            int n = OFFSETS.get(m.group().toLowerCase(Locale.ROOT));
            LocalDate first = s.c.pub.withDayOfMonth(1).withMonth((s.c.pub.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * n);
            LocalDate last = first.plusMonths(2);
            s.addSpan(s.ss + m.start(), s.ss + m.end(), new PartialDate(first.getYear(), first.getMonthValue(), 0),
                    new PartialDate(last.getYear(), last.getMonthValue(), 0));
        }
    }
}
