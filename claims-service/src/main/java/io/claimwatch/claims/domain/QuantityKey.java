package io.claimwatch.claims.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a claim counts, normalised for grouping: the kind of thing ("person"), what happened to it
 * ("capture"), the party it belongs to ("RU"), the unit, the cause it is a count of ("earthquake"),
 * and the place, as the lower-case words of the place names the claim gives ("kursk russia"). An
 * empty part is open: it is compatible with any value ("hundreds of soldiers captured" names no
 * party and no place).
 */
public record QuantityKey(String kind, String event, String party, String unit, String cause, String place) {

  public QuantityKey {
    kind = kind == null ? "" : kind;
    event = event == null ? "" : event;
    party = party == null ? "" : party;
    unit = unit == null ? "" : unit;
    cause = cause == null ? "" : cause;
    place = place == null ? "" : String.join(" ", words(place));
  }

  /** A key that names no cause and no place. */
  public QuantityKey(String kind, String event, String party, String unit) {
    this(kind, event, party, unit, "", "");
  }

  /** A key that names no place. */
  public QuantityKey(String kind, String event, String party, String unit, String cause) {
    this(kind, event, party, unit, cause, "");
  }

  /** Whether a key says enough to be grouped at all: a kind or an event. */
  public boolean groupable() {
    return !kind.isEmpty() || !event.isEmpty();
  }

  /**
   * Whether two keys can describe the same quantity: same unit, no part that disagrees, and places
   * that share a name ("Kursk region" and "Russia's Kursk Oblast" do; "Derna" and "Gaza" do not).
   */
  public boolean compatible(QuantityKey o) {
    return unit.equals(o.unit) && agree(kind, o.kind) && agree(event, o.event) && agree(party, o.party)
        && agree(cause, o.cause) && placesMeet(place, o.place);
  }

  /** This key with its open parts filled from another, compatible one, and the place names of both. */
  public QuantityKey refine(QuantityKey o) {
    Set<String> places = words(place);
    places.addAll(words(o.place));
    return new QuantityKey(kind.isEmpty() ? o.kind : kind, event.isEmpty() ? o.event : event,
        party.isEmpty() ? o.party : party, unit, cause.isEmpty() ? o.cause : cause, String.join(" ", places));
  }

  /** This key with the given cause where it names none. */
  public QuantityKey withCauseIfOpen(String articleCause) {
    return cause.isEmpty() ? new QuantityKey(kind, event, party, unit, articleCause, place) : this;
  }

  private static boolean agree(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  private static boolean placesMeet(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    Set<String> shared = words(a);
    shared.retainAll(words(b));
    return !shared.isEmpty();
  }

  private static Set<String> words(String place) {
    Set<String> out = new TreeSet<>();
    Arrays.stream(place.split(" ")).filter(w -> !w.isEmpty()).forEach(out::add);
    return out;
  }
}
