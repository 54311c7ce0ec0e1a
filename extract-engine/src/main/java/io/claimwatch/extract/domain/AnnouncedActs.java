package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@link DatingRule#ANNOUNCED_ACT}: a figure that no rule and no frame dated, whose own clause tells an act as it goes on
 * or as it is to come, announced in the story: a verb of being and a verb of an act in "-ing" ("Mattel said it was
 * recalling 1.5 million toys", "2 million toys were being recalled"), "will" or "would" before a verb of an act ("will cut
 * 500 jobs", "would take back 800,000 units", "will be paid"), or a word of a plan or an offer ("plans to close", "offered
 * a 3 percent raise"; {@code lexicon/announced-acts.txt}), with no perfect and no past perfect: the act is of the day it
 * is told, start and end (the day of its sentence's statement in the week up to publication, else the day of publication;
 * {@link RunningTotals#toldOn}). A verb of change or of state is no act: "the total will reach 90", "the toll would rise",
 * "the plant was serving 300 streets", "another 40 will come" stay undated.
 */
final class AnnouncedActs {

    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        for (String l : Lexicon.lines("announced-acts.txt")) {
            String[] p = l.split("\\|");
            WORDS.put(p[0].toLowerCase(Locale.ROOT), p[1]);
        }
    }

    /** What the words read so far wait for: nothing, a verb after "will", one in "-ing" after "was", a participle after "be". */
    private enum Wait { NONE, BASE, ING, PARTICIPLE }

    private AnnouncedActs() {}

    /** The day the act of the clause [clause[0], clause[1]) is told, when {@code d} has no date at all; else {@code d}. */
    static EventDates dated(DateContext c, PartialDate said, int[] clause, EventDates d) {
        if (c.pub == null || d.start() != null || d.end() != null) return d;
        boolean act = false;
        Wait wait = Wait.NONE;
        for (int a = LetterWords.next(c.text, clause[0], clause[1]); a >= 0; ) {
            int e = LetterWords.end(c.text, a, clause[1]);
            String w = c.text.substring(a, e).toLowerCase(Locale.ROOT);
            String kind = WORDS.getOrDefault(w, "");
            if ("NOT".equals(kind) || c.words.perfect.contains(w)) return d;
            act |= "ACT".equals(kind) || "VERB".equals(kind) && wait != Wait.NONE && (wait != Wait.ING || w.endsWith("ing"));
            wait = next(wait, kind, w);
            a = LetterWords.next(c.text, e, clause[1]);
        }
        if (!act) return d;
        PartialDate day = RunningTotals.toldOn(c, said, null);
        return new EventDates(day, day, null, null, DatingRule.ANNOUNCED_ACT);
    }

    private static Wait next(Wait wait, String kind, String w) {
        return switch (kind) {
            case "MODAL" -> Wait.BASE;
            case "BE" -> Wait.ING;
            case "AUX" -> wait == Wait.NONE ? Wait.NONE : Wait.PARTICIPLE;    // "will be cut", "were being recalled"
            case "SKIP" -> wait;                                             // "will also cut", "would soon close"
            default -> Wait.NONE;
        };
    }
}
