package io.claimwatch.claims.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a claim counts and of which event, as the extractor keyed it: the kind of thing counted
 * ("person"), what happened to it ("kill"), whose ("RU"), the unit, the kind of event ("earthquake"),
 * its place, its name ("hurricane irma") and the window of days it happened in. claims-service only
 * compares keys. An empty part but the event (or a null day) is open: compatible with any value.
 *
 * <p>The place is "@CC" per country and "@CC.ADM" per first-level division the extractor resolved,
 * lower-case words for names it could not ("@LY derna", "@US @US.TX", "valdoria"), and "#" words
 * for the part of the event a count is of ("#kanawha": the deaths in one county of a state's floods).
 */
public record QuantityKey(String kind, String event, String party, String unit, String cause, String place,
                          String eventName, LocalDate earliest, LocalDate latest) {

  public QuantityKey {
    kind = kind == null ? "" : kind;
    event = event == null ? "" : event;
    party = party == null ? "" : party;
    unit = unit == null ? "" : unit;
    cause = cause == null ? "" : cause;
    place = place == null || place.isEmpty() ? "" : normalised(place) ? place : String.join(" ", words(place));
    eventName = eventName == null ? "" : eventName;
  }

  /** A key of a measure alone: no event, place or time. */
  public QuantityKey(String kind, String event, String party, String unit) {
    this(kind, event, party, unit, "", "", "", null, null);
  }

  /** A key of a measure and the kind of event. */
  public QuantityKey(String kind, String event, String party, String unit, String cause) {
    this(kind, event, party, unit, cause, "", "", null, null);
  }

  /** Whether a key says enough to be grouped at all: a kind or an event. */
  public boolean groupable() {
    return !kind.isEmpty() || !event.isEmpty();
  }

  /**
   * Whether two keys can describe the same quantity: same unit, the same thing happening to what is
   * counted (a count of soldiers that says nothing happened to them is not a count of soldiers killed),
   * no other part that disagrees, places that meet, and event windows that overlap (the 1998 bombings
   * and a 2023 fire never share a group).
   */
  public boolean compatible(QuantityKey o) {
    return unit.equals(o.unit) && event.equals(o.event) && agree(kind, o.kind) && agree(party, o.party)
        && agree(cause, o.cause) && agree(eventName, o.eventName) && placesMeet(place, o.place, !event.isEmpty()) && overlaps(o);
  }

  /** Whether the two event windows share a day (an open window shares every day). */
  public boolean overlaps(QuantityKey o) {
    if (earliest != null && o.latest != null && earliest.isAfter(o.latest)) {
      return false;
    }
    return latest == null || o.earliest == null || !o.earliest.isAfter(latest);
  }

  /**
   * This key with its open parts filled from another, compatible one: the window narrowed to the
   * days both allow (reports of one quake date it ever more closely); of two places, the one of more
   * countries and divisions ("@US @US.TX" over "@US", "@US @US.MI" over the unresolved "general motors": a name
   * the extractor could not resolve meets any country, so keeping it would open the group to every country), then of
   * more words, then the last in text order. The same whichever key
   * comes first ({@code a.refine(b)} equals {@code b.refine(a)} for compatible keys), so that a group's
   * key is a function of its claims' keys, not of the order they joined in.
   */
  public QuantityKey refine(QuantityKey o) {
    LocalDate from = earliest == null ? o.earliest : o.earliest == null || earliest.isAfter(o.earliest) ? earliest : o.earliest;
    LocalDate to = latest == null ? o.latest : o.latest == null || latest.isBefore(o.latest) ? latest : o.latest;
    return new QuantityKey(kind.isEmpty() ? o.kind : kind, event.isEmpty() ? o.event : event,
        party.isEmpty() ? o.party : party, unit, cause.isEmpty() ? o.cause : cause, narrower(place, o.place),
        eventName.isEmpty() ? o.eventName : eventName, from, to);
  }

  /** Of two places, as {@link #refine} keeps one: the one of more "@" words, then of more words, then the last in text order. */
  static String narrower(String a, String b) {
    if (a.equals(b) || b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    int ra = resolved(a);
    int rb = resolved(b);
    if (ra != rb) {
      return ra > rb ? a : b;
    }
    int wa = a.split(" ").length;
    int wb = b.split(" ").length;
    return wa != wb ? (wa > wb ? a : b) : (a.compareTo(b) >= 0 ? a : b);
  }

  /** How many countries and divisions a place names ("@" words). */
  private static int resolved(String place) {
    int n = 0;
    for (String w : place.split(" ")) {
      n += w.startsWith("@") ? 1 : 0;
    }
    return n;
  }

  private static boolean agree(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /**
   * Places meet when neither names one; when both name countries, they share one and, where both
   * name first-level divisions of a shared country, a division; when neither resolved a country,
   * they share a name ("Kursk region" and "Russia's Kursk Oblast").
   */
  static boolean placesMeet(String a, String b) {
    return placesMeet(a, b, false);
  }

  /**
   * As {@link #placesMeet(String, String)}; {@code ofEvent}, for the counts of something that befell what they count (a
   * toll, the injured), with rule scope-named-beside: a part that the other place names in plain words of its own is
   * the place both counts are of ("#golan-heights" beside "@IL golan heights"). Not for a measure of no event (a
   * distance "from Pokrovsk", "#pokrovsk", is from that point, not of a part: another beside it is from elsewhere).
   */
  static boolean placesMeet(String a, String b, boolean ofEvent) {
    if (a.equals(b)) {
      return true;   // the same words (places are kept normalised: sorted, single-spaced)
    }
    if ((a.indexOf('#') >= 0 || b.indexOf('#') >= 0) && !scope(a, ofEvent ? b : "").equals(scope(b, ofEvent ? a : ""))) {
      return false;   // a count of part of an event ("#kanawha") is another quantity than the whole
    }
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    Set<String> ca = countries(a);
    Set<String> cb = countries(b);
    if (!ca.isEmpty() && !cb.isEmpty()) {
      Set<String> shared = new TreeSet<>(ca);
      shared.retainAll(cb);
      if (shared.isEmpty()) {
        return false;
      }
      for (String country : shared) {
        Set<String> da = divisions(a, country);
        Set<String> db = divisions(b, country);
        if (da.isEmpty() || db.isEmpty()) {
          return true;
        }
        da.retainAll(db);
        if (!da.isEmpty()) {
          return true;
        }
      }
      return false;
    }
    if (!ca.isEmpty() || !cb.isEmpty()) {
      return true;
    }
    Set<String> shared = words(a);
    shared.retainAll(words(b));
    return !shared.isEmpty();
  }

  /**
   * Whether a place is already as keys keep it: distinct words in order, single-spaced. Told by one scan, without the
   * set and the join of normalising it: a key is made for every candidate group a write reads.
   */
  private static boolean normalised(String place) {
    int previous = -1;
    int previousEnd = -1;
    int start = 0;
    while (start <= place.length()) {
      int end = place.indexOf(' ', start);
      end = end < 0 ? place.length() : end;
      if (end == start || previous >= 0 && compare(place, previous, previousEnd, start, end) >= 0) {
        return false;
      }
      previous = start;
      previousEnd = end;
      start = end + 1;
    }
    return true;
  }

  /** Two words of one text compared as {@link String#compareTo} compares them. */
  private static int compare(String s, int aStart, int aEnd, int bStart, int bEnd) {
    int n = Math.min(aEnd - aStart, bEnd - bStart);
    for (int i = 0; i < n; i++) {
      int d = s.charAt(aStart + i) - s.charAt(bStart + i);
      if (d != 0) {
        return d;
      }
    }
    return (aEnd - aStart) - (bEnd - bStart);
  }

  /**
   * The "#" words of a place: the part of the event a count is of; empty for the whole event. Rule scope-named-beside
   * ({@code other}, the place it is compared with, or "" for none): a part the other place names in words of its own
   * is left out ("#golan-heights" beside "golan heights": the other count is of that very place, so both are of one part).
   */
  private static Set<String> scope(String place, String other) {
    Set<String> out = new TreeSet<>();
    for (String w : place.split(" ")) {
      if (w.startsWith("#") && !namedBy(w, other)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether a place names a part ("#golan-heights") in plain words of its own ("@IL golan heights"), without the part. */
  private static boolean namedBy(String part, String place) {
    Set<String> own = words(place);
    if (own.contains(part)) {
      return false;
    }
    for (String w : part.substring(1).split("-")) {
      if (w.isEmpty() || !own.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the key pins its event down: its kind, its place and its days. */
  public boolean pinned() {
    return !cause.isEmpty() && !place.isEmpty() && earliest != null && latest != null;
  }

  private static Set<String> countries(String place) {
    Set<String> out = new TreeSet<>();
    for (String w : place.split(" ")) {
      if (w.startsWith("@") && w.indexOf('.') < 0) {
        out.add(w.substring(1));
      }
    }
    return out;
  }

  private static Set<String> divisions(String place, String country) {
    Set<String> out = new TreeSet<>();
    for (String w : place.split(" ")) {
      if (w.startsWith("@" + country + ".")) {
        out.add(w);
      }
    }
    return out;
  }

  private static Set<String> words(String place) {
    Set<String> out = new TreeSet<>();
    Arrays.stream(place.split(" ")).filter(w -> !w.isEmpty()).forEach(out::add);
    return out;
  }
}
