package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Rule "frame.body-day": the day of an article's event that its headline and lead leave undated, in an article that names no
 * kind of event ({@code keys/causes.txt}; a kind's own passes read the whole article), told days later ("A
 * policeman has been removed from duty after videos emerged showing officers beating three people at the airport"):
 * the earliest day the body gives to what happened at the article's place ("Police said they were called to the airport on
 * Tuesday evening"; no statement's, no comparison's, no start), when it lies two to {@link #DAYS} days before publication (a day's news, or
 * the day before's, is {@code dating.story-day}'s). The figures of the article's event whose sentences name no date of their
 * own take it, as they take a lead's day.
 */
final class BodyDays {

    /** How many days before publication the body's day may lie: a story of a sudden event told up to three days on. */
    static final int DAYS = 3;

    private BodyDays() {
    }

    /**
     * The body's sentences that name a place of the article's by one of its names' words ("Manchester Airport": "Police
     * were called to Terminal 2 of the airport"): where the day is looked for; a day of a sentence of no such place is
     * another thing's ("On Alphabet's Tuesday earnings call").
     */
    static List<Sentences.Sentence> body(String text, List<Sentences.Sentence> ss, Places where) {
        if (where.names().isEmpty()) return List.of();
        return ss.stream().filter(s -> s.kind() == Sentences.Kind.BODY && WordSplits.NON_LETTERS.splitAsStream(
                text.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT)).anyMatch(where.names()::contains)).toList();
    }

    /**
     * The earliest date those sentences give ({@code found}, start and end) as the event's one day, or null when it is none:
     * an earlier day of the article's place ("fled Khan Younis on Monday", five days back) tells an event that goes on.
     */
    static PartialDate[] day(PartialDate[] found, LocalDate pub) {
        if (found == null || pub == null || found[1] != null) return null;
        LocalDate d = found[0].toLocalDate();
        return d == null || d.isAfter(pub.minusDays(2)) || d.isBefore(pub.minusDays(DAYS)) ? null : new PartialDate[] {found[0], found[0]};
    }
}
