package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DatingRule#SINCE_EVENT}: a figure counted "since" the article's own event, named by a word that points to it and
 * its noun ("The stock is down 33 percent since the explosion", "the index has lost 4% since the earthquake"; the nouns
 * of {@link EventOffsets}: the frame's kind, {@code keys/causes.txt}, or {@code lexicon/event-offsets.txt} event), with no
 * date phrase of its own sentence, runs from the event's day the frame gives to the day it is told ({@link
 * RunningTotals#toldOn}), not the day of publication alone. A "since" after "the" and a superlative compares ("the worst
 * since the 1995 quake") and dates nothing.
 */
final class SinceEvents {

    /** "since" and the words after it up to a clause break. */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+([^,;:.!?()\\n]{1,60})");

    private SinceEvents() {}

    /**
     * The dates of a figure whose clause [clause[0], clause[1]) counts from the article's event by {@link
     * DatingRule#SINCE_EVENT}, told on {@code said} (its sentence's statement) when no date phrase of its sentence gave
     * {@code d}; else {@code d} as it is. Nothing without a publication date or a frame's date.
     */
    static EventDates dated(TimeResolver time, TimeResolver.Context c, List<Sentences.Sentence> ss, EventFrame frame, int[] clause,
                            PartialDate said, EventDates d) {
        if (c.pub == null || frame.date() == null || d.startFrom() != null || d.endFrom() != null) return d;
        Matcher m = SINCE.matcher(c.text).region(clause[0], clause[1]);
        if (!m.find() || comparison(c, clause[0], m.start()) || !EventOffsets.namesEvent(m.group(1), frame.cause())) return d;
        LocalDate day = EventOffsets.eventDay(time, c, ss, frame);
        if (day == null || day.isAfter(c.pub)) return d;
        PartialDate start = PartialDate.of(day);
        return new EventDates(start, RunningTotals.toldOn(c, said, start), null, null, DatingRule.SINCE_EVENT);
    }

    /** "the" and a superlative before the "since" at {@code since} in its clause: "the most since the quake" compares. */
    private static boolean comparison(TimeResolver.Context c, int cs, int since) {
        String[] ws = WordSplits.NON_LETTERS.split(c.text.substring(cs, since).toLowerCase(Locale.ROOT));
        for (int i = 1; i < ws.length; i++) if (ws[i - 1].equals("the") && c.words.superlatives.contains(ws[i])) return true;
        return false;
    }
}
