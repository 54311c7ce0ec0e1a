package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link DatingRule#EVENT_DATED_ELSEWHERE}: a past event the article names with its date in one place ("the April 15, 2013,
 * bombing", "the twin bombings in April 2013") and without it in another ("two bombs exploded at the finish line, killing
 * three people"): a figure there that no rule dated is of that event, on that date. The kinds of event are those of
 * {@code keys/causes.txt}; a kind the article names with two dates that do not nest dates nothing.
 */
final class DatedKinds {

    /** Words at most between a date and the noun of its event ("the April 15, 2013, bombing", "the bombings in April 2013"). */
    private static final int NEAR = 3;

    private DatedKinds() {}

    /**
     * The dates of a figure [ms, ..) in sentence {@code idx}, its clause [clause[0], clause[1]), that no rule dated: the date
     * the article names the kind of event with that the body sentence names last before the figure (else first in the rest of
     * its clause), when it is the article's only date of that kind, lies before publication and before the article's own event
     * ({@code frame}), is not the kind of that event when the text dates it, and the sentence up to the clause's end says
     * nothing of the present, the perfect or what is to come.
     * Else {@code d} as it is.
     */
    static EventDates dated(TimeResolver time, Lexicon lx, Context c, List<Sentences.Sentence> ss, int idx, EventFrame frame, int[] clause,
                            int ms, EventDates d) {
        EventDates k = kindDated(time, lx, c, ss, idx, frame, clause, ms, d);
        return k != d ? k : DiscoveryBounds.dated(time, c, ss, idx, frame, clause, d);     // dating.discovery-bound
    }

    private static EventDates kindDated(TimeResolver time, Lexicon lx, Context c, List<Sentences.Sentence> ss, int idx, EventFrame frame,
                                        int[] clause, int ms, EventDates d) {
        Sentences.Sentence s = ss.get(idx);
        if (d.start() != null || d.end() != null || c.pub == null || s.kind() != Sentences.Kind.BODY) return d;
        boolean past = false;
        for (String w : FrameReader.words(c.text, s.start(), clause[1])) {
            if (c.words.present.contains(w) || c.words.perfect.contains(w) || c.words.future.contains(w)) return d;
            past |= w.length() > 3 && (w.endsWith("ed") || lx.irregularPast.contains(w));
        }
        if (!past) return d;
        String kind = null;
        List<String> before = FrameReader.words(c.text, s.start(), Math.max(s.start(), ms)), lemmas = singular(before);
        for (int i = 0; i < before.size(); i++) {
            String k = kindAt(lemmas, i, null);
            // "Those same attacks killed 90": an event an earlier sentence told (dating.anaphoric-event), not the one dated here
            if (k != null) kind = demonstrativeBefore(before, i) ? null : k;
        }
        if (kind == null) {
            List<String> after = singular(FrameReader.words(c.text, Math.min(ms, clause[1]), clause[1]));
            for (int i = after.size() - 1; i >= 0; i--) kind = kindAt(after, i, kind);
        }
        if (kind == null || frame.date() != null && kind.equals(frame.cause())) return d;    // the article's own event: its frame dates it
        Cand x = kinds(time, c, ss).get(kind);
        if (x == null) return d;
        PartialDate last = x.end() != null ? x.end() : x.date();
        if (!EventFrame.lastDay(last).isBefore(c.pub)) return d;
        if (frame.date() != null && !EventFrame.lastDay(last).isBefore(EventFrame.firstDay(frame.date()))) return d;
        return EventDates.of(x).by(DatingRule.EVENT_DATED_ELSEWHERE);
    }

    /** The kind of event the words (singular) at {@code i} name, else {@code kind}. */
    private static String kindAt(List<String> words, int i, String kind) {
        ConceptLexicon.Match m = EventKinds.CAUSES.match(words, i);
        return m == null ? kind : m.concept();
    }

    /** A demonstrative ("those", "this") among the two words before the word at {@code i}. */
    private static boolean demonstrativeBefore(List<String> words, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) if (EventAnaphors.DEMONSTRATIVES.containsKey(words.get(k))) return true;
        return false;
    }

    private static List<String> singular(List<String> words) {
        return words.stream().map(WordForms::singular).toList();
    }

    /** Each kind of event the article names with a date, and that date; a kind named with two dates that do not nest has none. */
    private static Map<String, Cand> kinds(TimeResolver time, Context c, List<Sentences.Sentence> ss) {
        if (c.datedKinds != null) return c.datedKinds;
        Map<String, Cand> out = new HashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        for (Sentences.Sentence s : ss) {
            for (Cand x : time.candidates(c, s.start(), s.end())) {
                if (x.statement() || x.compare() || x.date().year() == 0 || x.kind() == TimeResolver.Kind.START
                        || x.kind() == TimeResolver.Kind.END) continue;
                String kind = nounAfter(c.text, x.e(), s.end());
                if (kind == null) kind = nounBefore(c.text, s.start(), x.s());
                if (kind == null) continue;
                Cand had = out.get(kind);
                if (had == null || within(had, x)) out.put(kind, x);
                else if (!within(x, had)) clash.put(kind, true);
            }
        }
        clash.keySet().forEach(out::remove);
        c.datedKinds = out;
        return out;
    }

    /** "April 15, 2013, bombing": the kind of the first of the {@link #NEAR} words after the date that names one, none past a stop. */
    private static String nounAfter(String text, int e, int to) {
        int a = e;
        while (a < to && (text.charAt(a) == ',' || Character.isWhitespace(text.charAt(a)))) a++;
        List<String> ws = singular(FrameReader.words(text, a, stop(text, a, to, 1)));
        for (int i = 0; i < Math.min(NEAR, ws.size()); i++) {
            String kind = kindAt(ws, i, null);
            if (kind != null) return kind;
        }
        return null;
    }

    /** "the bombings in April 2013": the kind of the last of the {@link #NEAR} words before the date that names one, none past a stop. */
    private static String nounBefore(String text, int from, int s) {
        List<String> ws = singular(FrameReader.words(text, stop(text, s, from, -1), s));
        for (int i = ws.size() - 1; i >= Math.max(0, ws.size() - NEAR); i--) {
            String kind = kindAt(ws, i, null);
            if (kind != null) return kind;
        }
        return null;
    }

    /** From {@code at} towards {@code to} (step +1 or -1): the first mark of a clause or a figure, else {@code to}. */
    static int stop(String text, int at, int to, int step) {
        for (int i = at; step > 0 ? i < to : i > to; i += step) {
            char ch = text.charAt(step > 0 ? i : i - 1);
            if (DateRoles.isBoundary(ch) || ".;!?".indexOf(ch) >= 0 || Character.isDigit(ch)) return i;
        }
        return to;
    }

    /** Whether the date of {@code b} lies within that of {@code a} ("April 15, 2013" within "April 2013"). */
    private static boolean within(Cand a, Cand b) {
        LocalDate af = EventFrame.firstDay(a.date()), al = EventFrame.lastDay(a.end() != null ? a.end() : a.date());
        LocalDate bf = EventFrame.firstDay(b.date()), bl = EventFrame.lastDay(b.end() != null ? b.end() : b.date());
        return !bf.isBefore(af) && !bl.isAfter(al);
    }
}
