package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * {@link DatingRule#OVERNIGHT_DAY}: a sudden event told as "overnight" (lexicon: the evening before to the day of
 * publication) in a report that names the day of publication itself ("Three soldiers were killed in a drone attack
 * overnight ... the army said on Sunday" in Sunday's paper) happened in the night that ends that day: its figures dated
 * by the "overnight" span, whether their own sentence or the article's event gave it, are of the day of publication
 * alone. With no day of publication named, the span stays ("launched the overnight attack ... leaving 220 men killed").
 * A night the text names on the day before publication ("the region was hit by a massive attack last night", "late on
 * Tuesday night" in Wednesday's paper; {@code lexicon/night-words.txt}) is that same night when the headline or the lead
 * tells the event as "overnight" ("Depots hit in overnight drone attacks"): a frame it dates, and a figure it dates, are of
 * the day of publication too.
 */
final class OvernightDays {

    private static final java.util.Set<String> NIGHTS = java.util.Set.copyOf(Lexicon.lines("night-words.txt"));

    private final LocalDate pub;
    private final boolean applies;
    /** The frame's day is the night before publication, which the lead tells as "overnight". */
    private final boolean night;

    /** Reads once an article whether the rule applies: a sudden event framed by the "overnight" span, the day of publication named. */
    OvernightDays(TimeResolver time, TimeResolver.Context c, List<Sentences.Sentence> ss, EventFrame frame) {
        this.pub = c.pub;
        this.night = pub != null && frame.sudden() && frame.dateEnd() == null && frame.date() != null
                && pub.minusDays(1).equals(frame.date().toLocalDate()) && leadOvernight(time, c, ss) && namesNight(time, c, ss);
        this.applies = pub != null && frame.sudden() && (overnight(frame.date(), frame.dateEnd()) || night) && namesPublicationDay(time, c, ss);
    }

    /** Whether dates [start, end] are the "overnight" span this article's event is of, so that the day of publication dates them. */
    boolean covers(PartialDate start, PartialDate end) {
        return applies && overnight(start, end);
    }

    /**
     * Whether dates [start, end] are of this article's "overnight" event: its span, or, when the frame's day is the night
     * before publication, that day as the frame gave it ({@code framed}) or as a night phrase {@code from} of the text gave it.
     */
    boolean covers(PartialDate start, PartialDate end, String text, boolean framed, TimeResolver.Cand from) {
        if (covers(start, end)) return true;
        return applies && night && start != null && start.equals(end) && pub.minusDays(1).equals(start.toLocalDate())
                && (framed || from != null && isNight(text, from));
    }

    /** Whether the headline or the lead tells a date phrase of the "overnight" span, the night that ends on publication's day. */
    private boolean leadOvernight(TimeResolver time, TimeResolver.Context c, List<Sentences.Sentence> ss) {
        int body = 0;
        for (Sentences.Sentence s : ss) {
            if (s.kind() == Sentences.Kind.BODY && ++body > LEAD) break;
            for (TimeResolver.Cand x : time.candidates(c, s.start(), s.end())) {
                if (!x.statement() && !x.compare() && x.kind() == TimeResolver.Kind.RANGE && overnight(x.date(), x.end())) return true;
            }
        }
        return false;
    }

    /**
     * Whether a date phrase of the text names the night before publication as a night ("last night"; a named weekday,
     * "Sunday night", is read as its day and keeps it).
     */
    private boolean namesNight(TimeResolver time, TimeResolver.Context c, List<Sentences.Sentence> ss) {
        for (Sentences.Sentence s : ss) {
            for (TimeResolver.Cand x : time.candidates(c, s.start(), s.end())) {
                if (!x.statement() && x.kind() != TimeResolver.Kind.RANGE && x.date().toLocalDate() != null
                        && pub.minusDays(1).equals(x.date().toLocalDate()) && isNight(c.text, x)) return true;
            }
        }
        return false;
    }

    /** The body sentences of the lead. */
    private static final int LEAD = 3;

    /** Whether the date phrase holds a word of a night ("last night", "Tuesday night"). */
    private static boolean isNight(String text, TimeResolver.Cand x) {
        return FrameReader.words(text, x.s(), x.e()).stream().anyMatch(NIGHTS::contains);
    }

    /** The day of publication, the day the rule gives. */
    PartialDate day() {
        return PartialDate.of(pub);
    }

    /** [start, end] is the day before publication to the day of publication. */
    private boolean overnight(PartialDate start, PartialDate end) {
        return start != null && end != null && start.toLocalDate() != null && pub.minusDays(1).equals(start.toLocalDate())
                && pub.equals(end.toLocalDate());
    }

    /** Whether a date phrase of the text, a statement's too ("said on Sunday"), names the day of publication alone. */
    private static boolean namesPublicationDay(TimeResolver time, TimeResolver.Context c, List<Sentences.Sentence> ss) {
        for (Sentences.Sentence s : ss) {
            for (TimeResolver.Cand x : time.candidates(c, s.start(), s.end())) {
                if (x.kind() == TimeResolver.Kind.RANGE || x.compare() || x.date().toLocalDate() == null) continue;
                if (c.pub.equals(x.date().toLocalDate()) && (x.end() == null || x.end().equals(x.date()))) return true;
            }
        }
        return false;
    }
}
