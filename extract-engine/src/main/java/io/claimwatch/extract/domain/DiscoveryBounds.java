package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DatingRule#DISCOVERY_BOUND}: an article that tells the day its event was found out ("the firm said it learned of the
 * intrusion on March 3", {@code lexicon/discoveries.txt}) bounds what it counts of that event: a figure no rule and no frame
 * dated, of the past or the perfect ("records of 2 million customers were taken"), ended by that day, its start open. The
 * day must be one (two days found out date nothing), on or before publication; nothing to come, no state of the present.
 */
final class DiscoveryBounds {

    private static final Pattern FOUND;
    private static final java.util.Set<String> TOLD = new java.util.HashSet<>();

    static {
        List<String> verbs = new ArrayList<>(), things = new ArrayList<>();
        for (String l : Lexicon.lines("discoveries.txt")) {
            String[] f = l.split("\\|");
            if (f[1].equals("TOLD")) TOLD.add(f[0]);
            else (f[1].equals("VERB") ? verbs : things).add(Pattern.quote(f[0]).replace(" ", "\\E\\s+\\Q"));
        }
        // the verb, an article or a possessive, up to three words, the thing, then the day within a few words
        FOUND = Pattern.compile("\\b(?:" + String.join("|", verbs) + ")\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:" + String.join("|", things)
                + ")(?:es|s)?\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Characters at most between the thing found and its day ("the breach late on July 29"). */
    private static final int GAP = 20;
    /** What may stand between them: a preposition, a time of day. */
    private static final Pattern BETWEEN = Pattern.compile("\\s+(?:(?:on|in|around|about|at|late|early)\\s+)*", Pattern.CASE_INSENSITIVE);

    private DiscoveryBounds() {}

    /** {@code d} bounded by the day the article's event was found out, when the figure has no date and is no state of now. */
    static EventDates dated(TimeResolver time, Context c, List<Sentences.Sentence> ss, int idx, EventFrame frame, int[] clause, EventDates d) {
        if (d.start() != null || d.end() != null || c.pub == null || frame.date() != null) return d;
        Sentences.Sentence s = ss.get(idx);
        if (s.kind() == Sentences.Kind.HEADLINE) return d;
        for (String w : FrameReader.words(c.text, s.start(), s.end())) if (c.words.future.contains(w)) return d;
        for (String w : FrameReader.words(c.text, clause[0], clause[1])) if (c.words.present.contains(w)) return d;
        Cand day = toldOn(time, c, s);
        if (day == null) day = foundOn(time, c, ss);
        return day == null ? d : new EventDates(null, PartialDate.of(EventFrame.lastDay(day.date())), null, day, DatingRule.DISCOVERY_BOUND);
    }

    /** The one statement's date of the sentence that a verb making known what happened governs ("disclosed last year"), or null. */
    private static Cand toldOn(TimeResolver time, Context c, Sentences.Sentence s) {
        Cand told = null;
        for (Cand x : time.candidates(c, s.start(), s.end())) {
            if (!x.statement()) continue;
            int at = x.s();
            String before = DateRoles.previousWord(c.text, s.start(), at);
            if (before != null && before.equals(x.prep())) before = DateRoles.previousWord(c.text, s.start(), at = c.text.lastIndexOf(before, at));
            if (!TOLD.contains(before) && !TOLD.contains(firstWord(c.text, x.e()))) continue;
            if (x.kind() != TimeResolver.Kind.POINT) return null;
            if (EventFrame.firstDay(x.date()).isAfter(c.pub) || told != null && !told.date().equals(x.date())) return null;
            told = x;
        }
        return told;
    }

    /** The lower-case word after offset {@code e}, or "". */
    private static String firstWord(String text, int e) {
        int a = e;
        while (a < text.length() && text.charAt(a) == ' ') a++;
        int b = a;
        while (b < text.length() && Character.isLetter(text.charAt(b))) b++;
        return text.substring(a, b).toLowerCase(java.util.Locale.ROOT);
    }

    /** The one day the text tells a thing was found out on, or null. */
    private static Cand foundOn(TimeResolver time, Context c, List<Sentences.Sentence> ss) {
        Cand found = null;
        for (Sentences.Sentence s : ss) {
            Matcher m = FOUND.matcher(c.text).region(s.start(), s.end());
            while (m.find()) {
                for (Cand x : time.candidates(c, s.start(), s.end())) {
                    if (x.s() < m.end() || x.s() > m.end() + GAP || x.statement() || x.date().day() == 0
                            || x.kind() != TimeResolver.Kind.POINT || !BETWEEN.matcher(c.text.substring(m.end(), x.s())).matches()) continue;
                    if (x.date().toLocalDate() == null || x.date().toLocalDate().isAfter(c.pub)) continue;
                    if (found != null && !found.date().equals(x.date())) return null;
                    found = x;
                }
            }
        }
        return found;
    }
}
