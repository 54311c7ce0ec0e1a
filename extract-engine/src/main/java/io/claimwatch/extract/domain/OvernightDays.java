package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * {@link DatingRule#OVERNIGHT_DAY}: a sudden event told as "overnight" (lexicon: the evening before to the day of
 * publication) in a report that names the day of publication itself ("Three soldiers were killed in a drone attack
 * overnight ... the army said on Sunday" in Sunday's paper) happened in the night that ends that day: its figures dated
 * by the "overnight" span, whether their own sentence or the article's event gave it, are of the day of publication
 * alone. With no day of publication named, the span stays ("launched the overnight attack ... leaving 220 men killed").
 */
final class OvernightDays {

    private final LocalDate pub;
    private final boolean applies;

    /** Reads once an article whether the rule applies: a sudden event framed by the "overnight" span, the day of publication named. */
    OvernightDays(TimeResolver time, TimeResolver.Context c, List<Sentences.Sentence> ss, EventFrame frame) {
        this.pub = c.pub;
        this.applies = pub != null && frame.sudden() && overnight(frame.date(), frame.dateEnd()) && namesPublicationDay(time, c, ss);
    }

    /** Whether dates [start, end] are the "overnight" span this article's event is of, so that the day of publication dates them. */
    boolean covers(PartialDate start, PartialDate end) {
        return applies && overnight(start, end);
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
