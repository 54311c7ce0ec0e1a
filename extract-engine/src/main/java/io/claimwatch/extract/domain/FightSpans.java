package io.claimwatch.extract.domain;

/**
 * Rule "frame.fight-span" ({@code keys/fight-spans.txt}): an article of an attack ("Dozens killed in rebel ambush")
 * whose sentences of the attack give it no date is dated by the range of days a sentence naming the fight gives ("In a
 * battle lasting from Thursday through Saturday"): the attack was that fight. A single day of a fight is left alone (a
 * statement's day, another clash); so is an article of any other kind.
 */
final class FightSpans {

    private static final ConceptLexicon FIGHTS = ConceptLexicon.load("/keys/fight-spans.txt");

    private FightSpans() {
    }

    /** The kind of event whose sentences date an article of {@code cause} (its fight), or null for any other kind. */
    static String fightOf(String cause) {
        if (cause == null || cause.isEmpty()) return null;
        ConceptLexicon.Match fight = FIGHTS.match(java.util.List.of(cause), 0);
        return fight == null ? null : fight.concept();
    }

    /** The fight's dates ({@code found}, start and end) as the event's, when they are a range of days; else null. */
    static PartialDate[] span(PartialDate[] found) {
        return found == null || found[1] == null || found[0].toLocalDate() == null || found[1].toLocalDate() == null ? null : found;
    }
}
