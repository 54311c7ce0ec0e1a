package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides, over a whole article, whether a place a figure's sentence names is a part of the event or
 * the event's own place. {@link ClaimKeys} scopes a figure to a place its sentence names beyond the
 * article's ("#kanawha": "Three deaths occurred in Kanawha County" in a report of West Virginia's
 * floods). That is a part only where the article breaks the event down: it gives a larger count of
 * the same measure for the whole, or counts of the same measure for another part. Where it does
 * neither ("the Kern County fire has already claimed two lives" in a report of a California fire
 * that killed two), the place is where the whole event happened, and the scope is dropped.
 */
final class PartScopes {

  /** Scope words that are not places: the facets {@link KeyFacet} and {@link ClaimKeys} set. */
  private static final Set<String> FACETS = Set.of("#part", "#other", "#each", "#elsewhere", "#whole", "#earlier", "#change", "#hours", "#fleet", "#stock", "#period", "#previous", "#later", "#region");

  private PartScopes() {}

  /** The claims of one article, with the place scopes of those that count no part of their event dropped. */
  static List<ExtractedClaim> settle(List<ExtractedClaim> claims) {
    return settle(claims, Set.of());
  }

  /** "at least another 20 dead": "another" and a figure, up to its hedge's words. */
  private static final Pattern ANOTHER = Pattern.compile("(?i)\\banother\\s+(?:[\\p{L}]+\\s+){0,2}?$");
  /** How far before a count given as "another" the count it is beside may end. */
  private static final int BESIDE = 200;

  /**
   * part-before-another: the count right before one given as "another" of the same measure ("he had found six people on
   * top of the vessel who were dead. There were at least another 20 dead inside the boat") is a part of the event's count
   * too, as the other is (`#other`), not the toll: it gets "#part". Not across a paragraph, nor a count already scoped.
   */
  static List<ExtractedClaim> partsBeforeAnother(String text, List<ExtractedClaim> claims) {
    List<ExtractedClaim> out = new ArrayList<>(claims);
    for (int i = 1; i < out.size(); i++) {
      ExtractedClaim c = out.get(i), b = out.get(i - 1);
      if (c.key() == null || b.key() == null || !c.key().place().contains("#other") || b.key().place().contains("#")) continue;
      int figure = text.indexOf(c.numberText(), c.start());
      if (figure < 0 || figure > c.end() || !ANOTHER.matcher(text.substring(Math.max(c.start(), figure - 30), figure)).find()) continue;
      if (b.end() > c.start() || c.start() - b.end() > BESIDE || text.substring(b.end(), c.start()).contains("\n\n")) continue;
      if (b.background() || c.key().event().isEmpty() || !sameMeasure(b.key(), c.key())) continue;
      out.set(i - 1, withScope(b, "#part"));
    }
    return out;
  }

  /**
   * other-of-another-fate: "N other X" or "another N" beside a count of the same things that another thing happened to
   * ("search for four soldiers who went missing. Five other soldiers in the vehicle were killed"; "Two people died and
   * another 20 were injured") is others than those, and the whole count of its own measure: the count right before it
   * (in the article's order, within {@link #BESIDE} characters) has the same kind, unit and kind of event and another
   * measure, so `#other` is dropped. Kept where an earlier count of the article gives its own measure another figure
   * ("Nine soldiers died ... Five other soldiers were killed in the truck": a part).
   */
  static List<ExtractedClaim> othersOfAnotherFate(List<ExtractedClaim> claims) {
    List<ExtractedClaim> out = new ArrayList<>(claims);
    for (int i = 1; i < out.size(); i++) {
      ExtractedClaim c = out.get(i), b = out.get(i - 1);
      if (c.key() == null || b.key() == null || !c.key().place().contains("#other") || c.key().event().isEmpty()) continue;
      if (b.end() > c.start() || c.start() - b.end() > BESIDE || b.background() != c.background()) continue;
      ClaimKey k = c.key(), o = b.key();
      if (k.kind().isEmpty() || !k.kind().equals(o.kind()) || !k.unit().equals(o.unit()) || !k.cause().equals(o.cause())
          || o.event().isEmpty() || o.event().equals(k.event())) continue;
      if (givenAnotherFigure(c, out.subList(0, i))) continue;
      out.set(i, withoutScope(c, Set.of("#other")));
    }
    return out;
  }

  /** Whether one of {@code before} counts the same measure as {@code c} with another figure. */
  private static boolean givenAnotherFigure(ExtractedClaim c, List<ExtractedClaim> before) {
    for (ExtractedClaim o : before) {
      if (o.key() != null && o.background() == c.background() && sameMeasure(c.key(), o.key()) && c.key().kind().equals(o.key().kind())
          && value(o) != value(c)) return true;
    }
    return false;
  }

  private static ExtractedClaim withScope(ExtractedClaim c, String word) {
    ClaimKey k = c.key();
    String place = (k.place() + " " + word).strip();
    ClaimKey key = new ClaimKey(k.kind(), k.event(), k.party(), k.unit(), k.cause(), place, k.eventName(), k.earliest(), k.latest());
    return c.withKey(key);
  }

  /**
   * The same, keeping the scopes of {@code sites} ("#nuseirat"): the sites of the strikes an article tells apart
   * ({@link EventSites}) are each its own event, whether or not the article breaks a toll down.
   */
  static List<ExtractedClaim> settle(List<ExtractedClaim> claims, Set<String> sites) {
    List<ExtractedClaim> out = new ArrayList<>(claims.size());
    for (ExtractedClaim c : claims) {
      Set<String> scope = placeScope(c);
      scope.removeAll(sites);
      scope.removeIf(EventSites::dayScope);   // a strike dated apart ("#day-7-14") is a site too
      out.add(scope.isEmpty() || brokenDown(c, scope, claims) ? c : withoutScope(c, scope));
    }
    return out;
  }

  /** Whether the article counts the same measure for the whole event (more) or for another part. */
  private static boolean brokenDown(ExtractedClaim part, Set<String> scope, List<ExtractedClaim> claims) {
    double value = value(part);
    for (ExtractedClaim o : claims) {
      if (o == part || o.background() != part.background() || !sameMeasure(part.key(), o.key()) && !wholeOf(part.key(), o.key())) continue;
      Set<String> other = placeScope(o);
      if (other.isEmpty() ? value(o) > value : !other.equals(scope)) return true;
    }
    return false;
  }

  /** A whole keyed with no event (whole-no-event: "of Brazil's 700,000 bankworkers") counts those its parts' event befell. */
  private static boolean wholeOf(ClaimKey part, ClaimKey whole) {
    return whole.event().isEmpty() && List.of(whole.place().split(" ")).contains("#whole") && part.unit().equals(whole.unit())
        && part.cause().equals(whole.cause()) && !whole.kind().isEmpty() && part.kind().equals(whole.kind()) && agree(part.party(), whole.party());
  }

  private static boolean sameMeasure(ClaimKey a, ClaimKey b) {
    return a.event().equals(b.event()) && a.unit().equals(b.unit()) && a.cause().equals(b.cause())
        && agree(a.kind(), b.kind()) && agree(a.party(), b.party());
  }

  /** As claims-service compares a key's parts: an empty one is open. */
  private static boolean agree(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** The "#" words of a claim's place that name places, not facets; empty for a distance, whose places are its facet. */
  private static Set<String> placeScope(ExtractedClaim c) {
    Set<String> out = new TreeSet<>();
    if (c.key() == null || KeyFacet.LENGTH_UNITS.contains(c.unit()) || "distance".equals(c.key().kind())) return out;
    for (String w : c.key().place().split(" ")) {
      if (w.startsWith("#") && !FACETS.contains(w) && !KeyParts.SCOPES.contains(w) && !w.startsWith("#" + PollFacets.PREFIX)
          && !w.startsWith("#" + KeyFacet.OFFENCE) && !QuantityFacets.facet(w)) out.add(w);
    }
    return out;
  }

  private static double value(ExtractedClaim c) {
    BigDecimal v = c.high() != null ? c.high() : c.low();
    return v == null ? 0 : v.doubleValue();
  }

  private static ExtractedClaim withoutScope(ExtractedClaim c, Set<String> scope) {
    ClaimKey k = c.key();
    List<String> kept = new ArrayList<>();
    for (String w : k.place().split(" ")) {
      if (!w.isEmpty() && !scope.contains(w)) kept.add(w);
    }
    ClaimKey key = new ClaimKey(k.kind(), k.event(), k.party(), k.unit(), k.cause(), String.join(" ", kept),
        k.eventName(), k.earliest(), k.latest());
    return c.withKey(key);
  }
}
