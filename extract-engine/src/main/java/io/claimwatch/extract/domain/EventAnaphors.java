package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link DatingRule#ANAPHORIC_EVENT}: a figure whose clause names an event by a demonstrative ("Those blasts killed at
 * least 137 people", "21 others were injured in those clashes"; a demonstrative of {@code lexicon/event-references.txt} before a noun of
 * {@code lexicon/counted-event-nouns.txt}) and that its sentence dates not is of the event an earlier sentence told: the
 * last date, no statement's and no comparison's, of the nearest of the four sentences before it in its paragraph that
 * gives one ("On Friday, a group claimed the bombings at two mosques. ... Those blasts killed 137": Friday).
 */
final class EventAnaphors {

    /** The demonstratives of {@code lexicon/event-references.txt} ("those", "this"; not "the"): word -> whether the noun after it is plural. */
    static final Map<String, Boolean> DEMONSTRATIVES;

    static {
        Map<String, Boolean> m = new HashMap<>();
        for (String l : Lexicon.lines("event-references.txt")) {
            String[] f = l.split("\\|");
            if (!f[1].equals("ANY")) m.put(f[0].toLowerCase(Locale.ROOT), f[1].equals("PLURAL"));
        }
        DEMONSTRATIVES = Map.copyOf(m);
    }

    private final Set<String> events;
    private final TimeWords words;

    EventAnaphors(TimeWords words) {
        this.words = words;
        this.events = Set.copyOf(Lexicon.lines("counted-event-nouns.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * The dates of the event a demonstrative in the figure's clause [cs, ce) of sentence {@code idx} points back to, when no
     * other rule dated the figure and its clause says nothing of what is to come. Else {@code d} as it is.
     */
    EventDates dated(TimeResolver time, Context c, List<Sentences.Sentence> ss, int idx, int cs, int ce, EventDates d) {
        if (d.start() != null || d.end() != null || idx == 0 || !pointsBack(c.text, cs, ce)) return d;
        for (int k = idx - 1; k >= Math.max(0, idx - 4); k--) {
            Sentences.Sentence s = ss.get(k);
            if (s.kind() != Sentences.Kind.BODY || c.text.substring(s.end(), ss.get(k + 1).start()).indexOf('\n') >= 0) return d;
            List<Cand> before = time.candidates(c, s.start(), s.end());
            for (int i = before.size() - 1; i >= 0; i--) {
                Cand x = before.get(i);
                if (x.statement() || x.compare()) continue;
                return x.kind() == TimeResolver.Kind.POINT || x.kind() == TimeResolver.Kind.RANGE ? EventDates.of(x).by(DatingRule.ANAPHORIC_EVENT) : d;
            }
        }
        return d;
    }

    /** A demonstrative before a noun of an event, at most one word between, of the number it wants; nothing to come. */
    private boolean pointsBack(String text, int cs, int ce) {
        List<String> ws = FrameReader.words(text, cs, ce);
        boolean found = false;
        for (int i = 0; i < ws.size(); i++) {
            if (words.future.contains(ws.get(i))) return false;
            Boolean plural = DEMONSTRATIVES.get(ws.get(i));
            for (int j = i + 1; plural != null && !found && j < Math.min(ws.size(), i + 3); j++) found = event(ws.get(j), plural);
        }
        return found;
    }

    /** "blasts", "clashes" (plural) or "attack" (singular): a noun of an event in the number wanted. */
    private boolean event(String w, boolean plural) {
        if (!plural) return events.contains(w);
        return w.endsWith("s") && (events.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && events.contains(w.substring(0, w.length() - 2)));
    }
}
