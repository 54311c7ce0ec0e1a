package io.claimwatch.extract.domain;

import java.time.LocalDate;

/**
 * What a claim counts and of which event, normalised so that claims about one quantity share it:
 * the measure (the kind of thing counted and what happened to it: person/kill for "deaths",
 * "people killed", "the death toll"), whose (party), the unit, and the event (its kind, place, name
 * and the window of days it happened in). Empty strings and null dates are open: compatible with
 * anything. claims-service compares keys; it does not compute them.
 *
 * @param place "@CC" per country and "@CC.ADM" per first-level division the places named resolve
 *     to, and the lower-case words of names no gazetteer entry resolves, space-separated and sorted
 * @param earliest the first day the event can have happened (with its kind's slack), or null
 * @param latest the last day, or null
 */
public record ClaimKey(String kind, String event, String party, String unit, String cause, String place,
                       String eventName, LocalDate earliest, LocalDate latest) {

    public ClaimKey {
        kind = kind == null ? "" : kind;
        event = event == null ? "" : event;
        party = party == null ? "" : party;
        unit = unit == null ? "" : unit;
        cause = cause == null ? "" : cause;
        place = place == null ? "" : place;
        eventName = eventName == null ? "" : eventName;
    }

    /** "person/kill" for a count of people killed; the kind alone, or the event alone, where the other is open. */
    public String measure() {
        return kind.isEmpty() ? event : event.isEmpty() ? kind : kind + "/" + event;
    }
}
