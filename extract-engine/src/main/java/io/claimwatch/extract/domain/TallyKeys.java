package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keys of a running tally ({@link ClaimKeys}): what befell the bodies a tally counts, and the scope of a count over a
 * stated year. Words in {@code keys/tallies.txt}. Stateless.
 *
 * <p>Rule {@code body-closed}: a body shut, closed, seized, taken over or failed has ceased to run, one measure
 * ("close") whichever of those words a report uses, and no capture: "In 2008, 25 banks were seized" counts banks
 * closed, not people captured, as "22 banks have failed" and "the tally of bank failures" do; a lender or a thrift so
 * counted is a bank; a noun of closing counted alone ("the number of failures so far this year to 64") is closings of
 * no kind of its own.
 *
 * <p>Rule {@code year-tally}: a count its own sentence gives over one stated calendar year, of something that befell what
 * it counts, naming no kind of event and no event's name ("In 2008, 25 banks were seized", "bringing the total of U.S.
 * bank failures this year to six", "The FDIC has shut nine banks in 2009"), is the year's tally: keyed by what it
 * counts, the year and the country, not by the divisions or the kind of event of the story's own news (the banks closed
 * that day in Utah, Florida and Maryland; a savings and loan "collapse" told before); "so far this year" is the tally
 * itself, no sub-period ({@code #period}). No facet sets it apart from the day's count: the magnitudes do ("closed
 * seven small banks" on Friday beside 64 this year), and one report's "by the tens of thousands" is its year's 86,000.
 */
final class TallyKeys {

  private static final ConceptLexicon WORDS = ConceptLexicon.load("/keys/tallies.txt");
  private static final String CLOSE = "close";
  /** The scope word of a sub-period ({@link QuantityFacets}): "so far this year" is the year's tally itself. */
  private static final String PERIOD = "period";
  /** What is held, not what befell a thing: no tally of events ("23 seats currently held by Democrats" this year). */
  private static final String STATE = "state";

  private TallyKeys() {}

  /** A measure: the kind counted and what befell it. */
  record Measure(String kind, String event, String read) {
    Measure(String kind, String event) {
      this(kind, event, event);
    }

    /** Whether body-closed gave the measure another event than the one read. */
    boolean changed() {
      return !event.equals(read);
    }
  }

  /**
   * body-closed: the measure of a count of bodies closed, or the one given.
   *
   * @param kind the kind the counted phrase names, as read ("lender")
   * @param event what happened to it as read so far ("capture", "")
   * @param lemmas the counted phrase's lemmas
   * @param unit the figure's unit ("" for a count)
   */
  static Measure closed(String kind, String event, List<String> lemmas, String unit) {
    if (!unit.isEmpty() || !(event.isEmpty() || "capture".equals(event))) return new Measure(kind, event);
    boolean closing = false;
    for (int i = 0; i < lemmas.size() && !closing; i++) {
      ConceptLexicon.Match m = WORDS.match(lemmas, i);
      closing = m != null && CLOSE.equals(m.concept());
    }
    if (!closing) return new Measure(kind, event);
    String body = WORDS.first(List.of(kind));
    if (CLOSE.equals(body)) return new Measure("", CLOSE, event);   // "failures": closings of no kind
    return body == null ? new Measure(kind, event) : new Measure(body, CLOSE, event);
  }

  /**
   * year-tally: whether a count is its sentence's tally of one stated calendar year: a count in no unit, of something
   * that befell what it counts (a tally of events: "banks failed", "people killed"), not an economic indicator's, whose
   * sentence states one whole year as its period ("in 2008", "this year", "so far this year"; not "since 1968", a span
   * that runs on) and names no kind of event and no event's name of its own.
   */
  static boolean yearTally(String unit, String event, boolean indicator, TimeResolver.EventDates own, List<String> sentenceCauses,
                           String sentenceName, Places where) {
    if (!unit.isEmpty() || event.isEmpty() || STATE.equals(WORDS.first(List.of(event))) || indicator || !sentenceCauses.isEmpty() || !sentenceName.isEmpty()) return false;
    for (String w : where.scope()) if (!PERIOD.equals(w)) return false;   // a part, a rate, a side, a forecast: no tally's whole
    PartialDate from = own.start(), to = own.end();
    return from != null && to != null && from.month() == 0 && to.month() == 0 && from.year() == to.year();
  }

  /**
   * The places a tally's own stretch of its sentence names, between the clause's marks either side of its figure:
   * "bringing the total of U.S. bank failures this year to six" names no state, though the lead's first clause ("closed
   * small banks in Utah, Florida and Maryland on Friday") does.
   */
  static Places ownPlaces(PlaceFinder places, String text, int ss, int se, ClaimKeys.Position at, boolean titleCase) {
    int from = ss, to = se;
    for (int i = at.hedgeStart() - 1; i > ss; i--) if (MARKS.indexOf(text.charAt(i)) >= 0) { from = i + 1; break; }
    for (int i = at.figureEnd(); i < se; i++) if (MARKS.indexOf(text.charAt(i)) >= 0) { to = i; break; }
    return from < to ? places.located(text, from, to, titleCase) : Places.NONE;
  }

  /** The marks that close a stretch of a sentence. */
  private static final String MARKS = ",;:(";

  /** year-tally's places: the countries of the key's, and only the divisions and names the sentence itself gives. */
  static Places countryScope(Places where, Places sentence) {
    Set<String> divisions = new TreeSet<>(where.divisions());
    divisions.retainAll(sentence.divisions());
    Set<String> names = new TreeSet<>(where.names());
    names.retainAll(sentence.names());
    Set<String> scope = new TreeSet<>(where.scope());
    scope.remove(PERIOD);   // "so far this year": the year's tally itself, not a span's share of another count
    return new Places(where.countries(), divisions, names, scope);
  }
}
