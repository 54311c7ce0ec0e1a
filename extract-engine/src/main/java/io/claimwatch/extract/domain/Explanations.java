package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.FieldSource.Field;
import io.claimwatch.extract.domain.TimeResolver.Cand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The explanations of one extraction's claims, made only when asked: for each field of a claim, the
 * rule that set it and the words of the text it read ({@link FieldSource}). One instance per text.
 */
final class Explanations {

    /** A figure dated by its article's event: its sentence gives no date, or a later day for a toll. */
    static final String FRAME_EVENT_DATE = "frame.event-date";
    /** A count as of the event's day or a later one: counted from the event's day. */
    static final String FRAME_FROM_EVENT_DAY = "frame.from-event-day";

    /** A figure whose reading no named rule of {@link NumberRule} recorded (a range the hedge stage joined). */
    private static final String NUMBER_RECOGNIZER = "number-recognizer";
    /** A figure whose clause names no noun for it: the noun counted before, or the word after it. */
    static final String COUNTED_UNNAMED = "counted.unnamed-figure";

    /** A counted phrase that none of its figure's words give came from an earlier figure's. */
    private static final String CARRIED = "/from-earlier-figure";

    private final String text;
    private final TimeResolver time;
    private final TimeResolver.Context ctx;
    private final EventFrame frame;
    /** The date phrases that gave the frame's date and its end, or null. */
    private final Cand frameDate, frameDateEnd;
    /** The source of the last counted phrase that its figure's own words gave. */
    private FieldSource lastCounted;

    Explanations(String text, List<Sentences.Sentence> sentences, TimeResolver time, TimeResolver.Context ctx, EventFrame frame) {
        this.text = text;
        this.time = time;
        this.ctx = ctx;
        this.frame = frame;
        Cand date = null, end = null;
        for (int i = 0; i < sentences.size() && frame.date() != null && (date == null || end == null); i++) {
            for (Cand c : time.candidates(ctx, sentences.get(i).start(), sentences.get(i).end())) {
                if (c.statement()) continue;
                if (date == null && c.date().equals(frame.date())) date = c;
                if (end == null && frame.dateEnd() != null && frame.dateEnd().equals(c.end() != null ? c.end() : c.date())) end = c;
            }
        }
        this.frameDate = date;
        this.frameDateEnd = end;
    }

    /**
     * The sources of the fields of the figure m in sentence s: its clause, its counted phrase (and the
     * rule that named it when not the counted phrase's own: {@link #COUNTED_UNNAMED}, else null), its claimant's source, its own event dates, the frame rule that replaced them
     * (or null) and its key.
     */
    List<FieldSource> of(Sentences.Sentence s, Mention m, int[] clause, CountedPhrase.Result counted, String countedRule,
                         FieldSource claimant, TimeResolver.EventDates own, String framed, ClaimKeys.Keyed k) {
        List<FieldSource> out = new ArrayList<>(10);
        out.add(FieldSource.of(Field.NUMBER, m.rule == null || m.rule.isEmpty() ? NUMBER_RECOGNIZER : "number." + m.rule,
                text, m.start, m.end));
        out.add(FieldSource.of(Field.HEDGE, "hedge-detector", text, m.hedgeStart, m.end));
        out.add(counted(m, clause, counted, countedRule, k.counted()));
        out.add(claimant);
        out.add(date(Field.EVENT_START, s, own.startFrom(), own, framed, frameDate));
        boolean endFramed = framed != null && (framed.equals(FRAME_EVENT_DATE) || framed.equals(PlacedApartActs.RULE) || frame.sudden());
        out.add(date(Field.EVENT_END, s, own.endFrom(), own, endFramed ? framed : null,
                frame.dateEnd() != null ? frameDateEnd : frame.sudden() ? frameDate : null));
        Cand said = time.statementPhrase(ctx, s.start(), s.end());
        out.add(said == null ? FieldSource.unspanned(Field.STATEMENT_DATE, "statement.no-date")
                : FieldSource.of(Field.STATEMENT_DATE, "statement.reporting-verb/" + said.rule().ruleName(), text, said.s(), said.e()));
        out.add(FieldSource.of(Field.MODALITY, "modality-detector", text, s.start(), clause[1]));
        // the key and the background flag: ClaimKeys reads the clause and its sentence; its facets have no rule names yet
        out.add(FieldSource.of(Field.BACKGROUND, "claim-keys", text, clause[0], clause[1]));
        out.add(FieldSource.of(Field.KEY, "claim-keys", text, clause[0], clause[1]));
        return out;
    }

    /**
     * The counted phrase: from the figure to the phrase's end, or the figure's clause when the phrase
     * ends before it; when none of its words are there, it was carried from an earlier figure ("...
     * captured 102 soldiers. Sources suggest it could be in the hundreds"), whose span it gets.
     */
    private FieldSource counted(Mention m, int[] clause, CountedPhrase.Result c, String rule, String value) {
        String r = rule != null ? rule : "counted." + c.rule();
        if (value.isEmpty()) return FieldSource.unspanned(Field.COUNTED, "counted.none");
        FieldSource own = c.end() > m.end ? FieldSource.of(Field.COUNTED, r, text, m.start, c.end())
                : FieldSource.of(Field.COUNTED, r, text, clause[0], clause[1]);
        if (!sharesAWord(own.text(), value) && lastCounted != null && sharesAWord(lastCounted.text(), value)) {
            return new FieldSource(Field.COUNTED, r + CARRIED, lastCounted.start(), lastCounted.end(), lastCounted.text());
        }
        lastCounted = own;
        return own;
    }

    private static boolean sharesAWord(String span, String phrase) {
        String lower = span.toLowerCase(Locale.ROOT);
        for (String w : phrase.toLowerCase(Locale.ROOT).split(" ")) if (!w.isEmpty() && lower.contains(w)) return true;
        return false;
    }

    /** One end of the event dates: the frame's date when a frame rule set it, else the date phrase the dating rule chose. */
    private FieldSource date(Field f, Sentences.Sentence s, Cand from, TimeResolver.EventDates own, String framed, Cand frameFrom) {
        if (framed != null) {
            return frameFrom == null ? FieldSource.unspanned(f, framed)
                    : FieldSource.of(f, framed + "/" + frameFrom.rule().ruleName(), text, frameFrom.s(), frameFrom.e());
        }
        if (own.rule() == null) {
            boolean phrases = !time.candidates(ctx, s.start(), s.end()).isEmpty();
            return FieldSource.unspanned(f, phrases ? "dating.no-rule-applies" : "dating.no-date-phrase");
        }
        if (from == null) return FieldSource.unspanned(f, own.rule().ruleName());
        return FieldSource.of(f, own.rule().ruleName() + "/" + from.rule().ruleName(), text, from.s(), from.e());
    }
}
