package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether the article's event's date dates a claim, as {@link ClaimExtractor} reads it for each figure: a toll of the
 * event ({@code keys/tolls.txt}) is of the event's day whatever later day it is counted on; a later day inside the
 * frame's window; and, in an event that goes on, whether the figure's clause tells what was done on the day it states.
 */
final class FrameDating {

    private final Lexicon lx;
    private final FigureNouns nouns;

    FrameDating(Lexicon lx, FigureNouns nouns) {
        this.lx = lx;
        this.nouns = nouns;
    }

    /** What an event did, counted as of any later day: its date is the event's ({@code keys/tolls.txt}). */
    static final java.util.Set<String> TOLLS = java.util.Set.copyOf(Lexicon.resourceLines("/keys/tolls.txt"));

    /**
     * In a flood or a fire, which go on for days, a day stated in the figure's sentence dates what was
     * done or going on that day ("two people were killed on Friday", "deployed 200 guardsmen on
     * Friday", "firefighters were battling 31 wildfires on Tuesday"), while
     * a running count ("the death toll rose to 30 on Monday"), a perfect ("hundreds have been rescued")
     * or a state ("32,000 homes remained without power on Saturday") is dated by the event's start. The clause is the
     * sentence's tokens {@code toks} in [span[0], span[1]).
     */
    boolean happenedThen(EventFrame frame, List<Tok> toks, int[] span, int figure) {
        if (frame.sudden()) return false;
        List<Tok> clause = within(toks, span);
        int verb = -1;
        for (int i = 0; i < clause.size(); i++) {
            String w = clause.get(i).lower();
            if (lx.countReports.contains(w) || lx.changeVerbs.contains(w) || lx.stativeVerbs.contains(w)) return false;
            boolean past = nouns.pastForm(w)
                    || w.endsWith("ing") && i > 0 && lx.linkingVerbs.contains(clause.get(i - 1).lower());
            if (past && (verb < 0 || Math.abs(clause.get(i).start() - figure) < Math.abs(clause.get(verb).start() - figure))) verb = i;
        }
        if (verb < 0) return false;
        for (int i = Math.max(0, verb - 3); i < verb; i++) {
            String w = clause.get(i).lower();
            if (w.equals("has") || w.equals("have") || w.equals("had")) return false;
        }
        return true;
    }

    /** Whether a date is a day after the frame's date and inside its window. */
    static boolean laterInWindow(PartialDate d, EventFrame frame) {
        LocalDate day = d == null ? null : d.toLocalDate();
        LocalDate event = (frame.dateEnd() != null ? frame.dateEnd() : frame.date()).toLocalDate();   // not a day inside the frame's span
        return day != null && event != null && day.isAfter(event) && frame.latest() != null && !day.isAfter(frame.latest());
    }

    /** The sentence's tokens that lie in [span[0], span[1]). */
    private static List<Tok> within(List<Tok> toks, int[] span) {
        return toks.stream().filter(t -> t.start() >= span[0] && t.end() <= span[1]).toList();
    }
}
