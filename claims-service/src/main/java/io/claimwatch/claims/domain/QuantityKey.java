package io.claimwatch.claims.domain;

/**
 * What a claim counts, normalised for grouping: the kind of thing ("person"), what happened to it
 * ("capture"), the party it belongs to ("RU"), the unit, and the cause it is a count of
 * ("earthquake"). An empty part is open: it is compatible with any value ("hundreds of soldiers
 * captured" names no party).
 */
public record QuantityKey(String kind, String event, String party, String unit, String cause) {

  public QuantityKey {
    kind = kind == null ? "" : kind;
    event = event == null ? "" : event;
    party = party == null ? "" : party;
    unit = unit == null ? "" : unit;
    cause = cause == null ? "" : cause;
  }

  /** A key that names no cause. */
  public QuantityKey(String kind, String event, String party, String unit) {
    this(kind, event, party, unit, "");
  }

  /** Whether a key says enough to be grouped at all: a kind or an event. */
  public boolean groupable() {
    return !kind.isEmpty() || !event.isEmpty();
  }

  /** Whether two keys can describe the same quantity: same unit, and no part that disagrees. */
  public boolean compatible(QuantityKey o) {
    return unit.equals(o.unit) && agree(kind, o.kind) && agree(event, o.event) && agree(party, o.party)
        && agree(cause, o.cause);
  }

  /** This key with its open parts filled from another, compatible one. */
  public QuantityKey refine(QuantityKey o) {
    return new QuantityKey(kind.isEmpty() ? o.kind : kind, event.isEmpty() ? o.event : event,
        party.isEmpty() ? o.party : party, unit, cause.isEmpty() ? o.cause : cause);
  }

  /** This key with the given cause where it names none. */
  public QuantityKey withCauseIfOpen(String articleCause) {
    return cause.isEmpty() ? new QuantityKey(kind, event, party, unit, articleCause) : this;
  }

  private static boolean agree(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }
}
