package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DatingRule#EVENT_OFFSET}: a figure told by its distance from the article's own event ("killed his wife the day
 * before his rampage", "$20,000 just days before the shooting", "three days after the quake") is dated from the event's
 * day the frame gives (for a frame of a span, "his shooting spree last week", the one day the text names inside it), not
 * from the report's: the day before or after it, that many days or weeks before or after it,
 * or, for "days before" with no count, the event's month up to its day. The event is a noun of the frame's own kind
 * ({@code keys/causes.txt}) or one that names any event ({@code lexicon/event-offsets.txt} event), after a word that
 * points to the event already told (det: "the", "his"; not "a": another event). The phrase stands in the figure's
 * clause after the figure, no comma between (", two days after the quake hit" after a statement's day dates the statement).
 */
final class EventOffsets {

    private static final Set<String> DETERMINERS = Lexicon.keyedWords("event-offsets.txt", "det");
    private static final Set<String> EVENTS = Lexicon.keyedWords("event-offsets.txt", "event");
    /** Words at most between the determiner and the event's noun ("the deadly shooting"). */
    private static final int NEAR = 2;

    private EventOffsets() {}

    /** The phrase, for the count words of one {@link TimeWords}: "the day|week", a count and a unit, or "days" alone; the direction; the words after it. */
    private static final Map<TimeWords, Pattern> PHRASES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static Pattern phrase(TimeWords w) {
        return PHRASES.computeIfAbsent(w, k -> Pattern.compile("(?i)\\b(?:the\\s+(?<one>day|week)|(?<n>"
                + String.join("|", k.numberWords.keySet().stream().map(Pattern::quote).toList()) + "|\\d{1,2})\\s+(?<unit>day|days|week|weeks)|(?<vague>days))\\s+"
                + "(?<dir>before|after)\\s+(?<rest>[^,;:.!?()\\n]{1,60})"));
    }

    /**
     * The dates of a figure ending at {@code me} in its clause [clause[0], clause[1]) by {@link DatingRule#EVENT_OFFSET} when
     * the clause names the article's event that way after it; else {@code d} as it is.
     */
    static EventDates dated(TimeResolver time, TimeResolver.Context c, List<Sentences.Sentence> ss, EventFrame frame, int[] clause, int me,
                            EventDates d) {
        if (frame.date() == null || me >= clause[1]) return d;
        String after = c.text.substring(me, clause[1]);
        Matcher m = phrase(c.words).matcher(after);
        if (!m.find() || after.substring(0, m.start()).chars().anyMatch(ch -> ch == ',' || ch == ';')) return d;
        LocalDate day = namesEvent(m.group("rest"), frame.cause()) ? eventDay(time, c, ss, frame) : null;
        if (day == null) return d;
        int sign = m.group("dir").equalsIgnoreCase("before") ? -1 : 1;
        if (m.group("vague") != null) {
            // "just days before the shooting": some days before the event's day, within its month as the text tells it
            if (sign > 0) return d;
            return new EventDates(PartialDate.month(day), PartialDate.of(day), null, null, DatingRule.EVENT_OFFSET);
        }
        int n = m.group("one") != null ? 1 : c.words.count(m.group("n"));
        String unit = (m.group("one") != null ? m.group("one") : m.group("unit")).toLowerCase(Locale.ROOT);
        if (n <= 0) return d;
        LocalDate x = day.plusDays((long) sign * n * (unit.startsWith("week") ? 7 : 1));
        if (c.pub != null && x.isAfter(c.pub)) return d;
        return new EventDates(PartialDate.of(x), PartialDate.of(x), null, null, DatingRule.EVENT_OFFSET);
    }

    /**
     * The event's day: the frame's, when it is one day; else, for a frame of a span ("his shooting spree last week"), the one
     * day the text names inside it, no statement's ("opening fire in the two offices on July 29"). Else null.
     */
    static LocalDate eventDay(TimeResolver time, TimeResolver.Context c, List<Sentences.Sentence> ss, EventFrame frame) {
        LocalDate day = frame.date().toLocalDate();
        if (frame.dateEnd() == null) return day;
        LocalDate from = EventFrame.firstDay(frame.date()), to = EventFrame.lastDay(frame.dateEnd());
        LocalDate one = null;
        for (Sentences.Sentence s : ss) {
            for (TimeResolver.Cand x : time.candidates(c, s.start(), s.end())) {
                LocalDate at = x.date().toLocalDate();
                if (x.statement() || x.kind() == TimeResolver.Kind.RANGE || at == null || at.isBefore(from) || at.isAfter(to)) continue;
                if (one != null && !one.equals(at)) return null;    // two days in the span: which is the event's is not told
                one = at;
            }
        }
        return one;
    }

    /** "the shooting", "his rampage", "the deadly quake": a determiner, then the event's noun within {@link #NEAR} words. */
    static boolean namesEvent(String rest, String cause) {
        return namesEvent(FrameReader.words(rest, 0, rest.length()), 0, cause);
    }

    /** {@link #namesEvent(String, String)} at the word {@code at} of {@code ws}. */
    static boolean namesEvent(List<String> ws, int at, String cause) {
        if (at >= ws.size() || !DETERMINERS.contains(ws.get(at))) return false;
        for (int i = at + 1; i <= Math.min(at + NEAR + 1, ws.size() - 1); i++) {
            String w = ws.get(i);
            if (EVENTS.contains(w) || !cause.isEmpty() && cause.equals(EventKinds.CAUSES.first(List.of(WordForms.singular(w))))) return true;
        }
        return false;
    }
}
