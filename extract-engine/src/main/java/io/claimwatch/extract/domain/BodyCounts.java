package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * When a count of bodies is the toll. Bodies recovered, found or trapped are a kind of their own ({@code keys/kinds.txt},
 * bodies-apart): the search's count, which trails the toll ("So far 20 corpses have been recovered" of 40 dead). Where
 * the article gives the toll of the same event the same figure, the bodies are the dead it counts, and the count takes
 * the toll's kind, so it groups with the toll in other reports.
 */
final class BodyCounts {

  /** The rule that sets a body count's kind, as explanations name it. */
  static final String RULE = "bodies-as-toll";
  /** The kind of a count of bodies ({@code keys/kinds.txt}). */
  private static final String BODY = "body";

  private BodyCounts() {}

  /**
   * bodies-as-toll: a count of bodies ("Three bodies were recovered downstream") whose article gives a count of another
   * kind with the same figure, measure, unit, kind of event and place ("killing three soldiers") is that count: it takes
   * its kind ("soldier"). The nearest such count before it, else after it; none: the bodies stay apart.
   */
  static List<ExtractedClaim> keyed(String text, List<ExtractedClaim> claims) {
    List<ExtractedClaim> out = new ArrayList<>(claims);
    for (int i = 0; i < out.size(); i++) {
      ExtractedClaim c = out.get(i);
      if (c.key() == null || !BODY.equals(c.key().kind()) || c.key().event().isEmpty() || c.low() == null) continue;
      ExtractedClaim toll = null;
      for (int j = 0; j < claims.size(); j++) {
        if (j != i && sameCount(c, claims.get(j)) && !besideBodies(text, claims.get(j), claims) && (toll == null || j < i)) {
          toll = claims.get(j);
        }
      }
      if (toll == null) continue;
      ClaimKey k = c.key();
      ClaimKey key = new ClaimKey(toll.key().kind(), k.event(), k.party(), k.unit(), k.cause(), k.place(), k.eventName(), k.earliest(),
          k.latest());
      int figure = c.figureIn(text);
      out.set(i, c.rekeyed(key, RULE, text, figure < 0 ? c.start() : figure, c.end()));
    }
    return out;
  }

  /**
   * Whether the sentence of {@code toll} gives a count of bodies itself: two counts of one sentence are two things
   * ("Two bodies were found ... as firefighters gained control over a larger blaze that also killed two people").
   */
  private static boolean besideBodies(String text, ExtractedClaim toll, List<ExtractedClaim> claims) {
    for (ExtractedClaim b : claims) {
      if (b != toll && b.key() != null && BODY.equals(b.key().kind()) && sameSentence(text, b, toll)) return true;
    }
    return false;
  }

  /** Whether no sentence ends between the two claims' quotes. */
  private static boolean sameSentence(String text, ExtractedClaim a, ExtractedClaim b) {
    ExtractedClaim first = a.start() <= b.start() ? a : b, second = first == a ? b : a;
    for (int k = first.end(); k < second.start(); k++) {
      char ch = text.charAt(k);
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') return false;
    }
    return true;
  }

  /** Whether {@code o} counts what the bodies {@code c} are of: another kind, the same figure, measure, event and
   * event name. */
  private static boolean sameCount(ExtractedClaim c, ExtractedClaim o) {
    ClaimKey k = c.key(), t = o.key();
    return t != null && !t.kind().isEmpty() && !BODY.equals(t.kind()) && o.background() == c.background()
        && t.event().equals(k.event()) && t.unit().equals(k.unit()) && t.cause().equals(k.cause()) && t.place().equals(k.place())
        && t.party().equals(k.party()) && t.eventName().equals(k.eventName()) && o.low() != null && o.low().compareTo(c.low()) == 0
        && (o.high() == null ? c.high() == null : c.high() != null && o.high().compareTo(c.high()) == 0);
  }
}
