package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@link DatingRule#SINCE_TO_REPORT}: a count run up "since" a day, a month or a year with no end of its own ("Israeli attacks
 * have killed more than 39,000 people since October 7", "since 2010", "has since killed", {@link DatingRule#SINCE_EARLIER}) runs to the day it is told:
 * the day of publication ends it. {@link DatingRule#RUNNING_TOTAL}: a count told as it stands, with no date at all ("the
 * toll now stands at 812", "40 crew members have tested positive"), ends on the day it is told, its start open.
 */
final class RunningTotals {

    /** lexicon/running-totals.txt: TOTAL, WHOLE, HAVE, PAST, INCREMENT, ACT by word. */
    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        for (String line : Lexicon.lines("running-totals.txt")) {
            String[] f = line.split("\\|");
            WORDS.put(f[0], f[1]);
        }
    }

    private RunningTotals() {}

    /**
     * {@link DatingRule#SINCE_TO_REPORT}: dates {@code d} whose start a "since" gave (lexicon SINCE, or the adverb of
     * {@link DatingRule#SINCE_EARLIER}) and that have no end, ended on the day of publication when it is not before the
     * start, a year alone too ("240 people had died at the mine since 1999": 1999 to the report; "since the beginning of the
     * year" is the year so far, read before). Else {@code d} as it is; nothing without a publication date.
     */
    static EventDates dated(DateContext c, PartialDate said, EventDates d) {
        if (c.pub == null || d.start() == null || d.end() != null || TimeResolver.before(PartialDate.of(c.pub), d.start())) return d;
        boolean since = d.rule() == DatingRule.SINCE_EARLIER || d.startFrom() != null && (d.startFrom().prep() != null
                && c.words.sincePreps.contains(d.startFrom().prep()) || sinceClause(c, d.startFrom()));
        return since ? new EventDates(d.start(), toldOn(c, said, d.start()), d.startFrom(), null, DatingRule.SINCE_TO_REPORT) : d;
    }

    /**
     * {@link DatingRule#RUNNING_TOTAL}: dates {@code d} that no rule gave, of a figure whose clause [clause[0], clause[1])
     * tells a count as it stands at the report: a present perfect or a word of a total (lexicon running-totals.txt HAVE,
     * TOTAL: "the state's toll is now 812", "raising the tally to 4,300", "40 sailors have tested positive"; WHOLE, "total",
     * only in a clause not of the present: "The union represents 3,300 of the total 14,000 employees" is a state of the day
     * it is told, {@link DatingRule#PRESENT_STATE}), with no
     * verb of the past ("had returned", "were hurt", PAST) and nothing to come (time-words.txt FUTURE): ended on the day
     * it is told ({@link #toldOn}: its sentence's statement in the week up to publication, else the day of publication),
     * its start open; a count added to a running one told in the present perfect (INCREMENT and HAVE: "Another 52 people
     * have died", {@link DatingRule#DAY_INCREMENT}) is of that day, start and end, and so is an act done once told in it (ACT:
     * "has offered workers a 66 percent pay rise", {@link DatingRule#PERFECT_ACT}). Else {@code d} as it is; nothing
     * without a publication date.
     */
    static EventDates standing(DateContext c, PartialDate said, int[] clause, EventDates d) {
        if (c.pub == null || d.start() != null || d.end() != null) return d;
        boolean standing = false, perfect = false, added = false, whole = false, present = false, act = false;
        for (int a = LetterWords.next(c.text, clause[0], clause[1]); a >= 0; ) {
            int e = LetterWords.end(c.text, a, clause[1]);
            String w = c.text.substring(a, e).toLowerCase(Locale.ROOT);
            String kind = WORDS.get(w);
            if ("PAST".equals(kind) || c.words.future.contains(w)) return d;
            standing |= "TOTAL".equals(kind) || "HAVE".equals(kind);
            perfect |= "HAVE".equals(kind);
            added |= "INCREMENT".equals(kind);
            whole |= "WHOLE".equals(kind);
            act |= "ACT".equals(kind);
            present |= c.words.present.contains(w);
            a = LetterWords.next(c.text, e, clause[1]);
        }
        // dating.running-total: "of the total 14,000 employees" told in the present is a whole as it stands, not a running count
        if (!standing && !(whole && !present)) return d;
        PartialDate day = toldOn(c, said, null);
        // dating.perfect-act: "has offered workers a 66 percent pay rise" is an act of the day it is told
        if (perfect && act) return new EventDates(day, day, null, null, DatingRule.PERFECT_ACT);
        // dating.day-increment: "Another 52 people have died" is the day's new count, not the running one
        return perfect && added ? new EventDates(day, day, null, null, DatingRule.DAY_INCREMENT)
                : new EventDates(null, day, null, null, DatingRule.RUNNING_TOTAL);
    }

    /**
     * dating.since-to-said: the day a running count is told, the day of its sentence's statement when that is a day in the
     * week up to publication, not before the count's start ("more than 500 members have been arrested since May, the party
     * said Wednesday" in Thursday's paper ends on Wednesday); else the day of publication.
     */
    static PartialDate toldOn(DateContext c, PartialDate said, PartialDate start) {
        java.time.LocalDate day = said == null ? null : said.toLocalDate();
        if (day == null || day.isAfter(c.pub) || day.isBefore(c.pub.minusDays(7)) || start != null && TimeResolver.before(said, start)) return PartialDate.of(c.pub);
        return said;
    }

    /** Whether {@code w} is a verb of the past of running-totals.txt PAST ("had", "was", "were"). */
    static boolean past(String w) {
        return "PAST".equals(WORDS.get(w));
    }

    /**
     * Whether the start {@code from} is the date of a clause that "since" opens, a start its own preposition did not make
     * ("has killed nearly 800 people since beginning its campaign in 1968", "since it ended its truce last December"): a
     * "since" stands shortly before it with no clause break between (DateRoles.sinceBefore made it a start).
     */
    private static boolean sinceClause(DateContext c, TimeResolver.Cand from) {
        if (from.kind() != TimeResolver.Kind.START || from.prep() != null && c.words.preps.get(from.prep()) == TimeResolver.Kind.START) return false;
        int at = DateRoles.sinceBefore(c.words, c.text, 0, from.s());
        if (at < 0) return false;
        for (int i = at; i < from.s(); i++) if (".!?".indexOf(c.text.charAt(i)) >= 0) return false;   // not across a sentence
        return true;
    }
}
