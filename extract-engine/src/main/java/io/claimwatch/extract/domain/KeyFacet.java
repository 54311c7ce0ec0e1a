package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facet of a claim's key: what part of its event a count is of, beyond its place, kept as a
 * scope word ("#part", "#other", "#each", "#elsewhere"), and for a distance the places it lies between.
 */
final class KeyFacet {

  private KeyFacet() {}

  /** Units of length: a figure in one is a distance (or a depth). */
  static final Set<String> LENGTH_UNITS = Set.of("mi", "km", "m", "ft", "yd");
  /** "Ten of the dead", "two of them": part of a count the sentence does not give (not "32 of the 543 passengers"). */
  private static final Pattern PARTITIVE = Pattern.compile(
      "^\\s+of\\s+(the|them|those|these|whom)\\b(?!\\s+[0-9])");
  /** "Two others died", "five other soldiers": counts beside another count ("thousands more injured" is the injured). */
  private static final Pattern OTHER = Pattern.compile("^\\s+(other|others)\\b");
  /** "another 20 dead inside the boat", "another at least 20": a count beside a count given before (the text before its hedge). */
  private static final Pattern ANOTHER = Pattern.compile("\\banother\\s+$", Pattern.CASE_INSENSITIVE);
  /** "one death each", "died elsewhere in the city": a count of every part, or of another part, of the event. */
  private static final Pattern PART_WORD = Pattern.compile("\\b(each|elsewhere|apiece)\\b");
  /** "Quito, around ", "Guayaquil, located ": the place named just before a distance, in apposition. */
  private static final Pattern PLACE_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'-]+)\\s*,\\s*(?:\\p{Ll}+\\s+){0,2}$");
  /** "80 miles west of Houston", "16 km from Muisne": the place a distance is measured from. */
  private static final Pattern FROM_PLACE = Pattern.compile(
      "^[^.;,]{0,30}?\\b(?:of|from)\\s+(?:the\\s+)?(?:town\\s+of\\s+|city\\s+of\\s+)?(\\p{Lu}[\\p{L}-]+)");

  /**
   * "fell to 1.9 bln stg from ", "down from October's ", "against ", "compared with ": the earlier figure a
   * change is measured from, another period's quantity than the figure it changed to.
   */
  private static final Pattern EARLIER = Pattern.compile("(?:\\b(?i:up|down)\\s+from|\\b(?i:compared)\\s+(?:with|to)|\\b(?i:against)"
      + "|[0-9%]\\S*\\s+(?:\\p{L}+\\s+){0,2}from)\\s+(?:\\p{Lu}\\p{L}*['’]s\\s+|(?:a|the)\\s+(?:revised\\s+)?)?$");

  /** "down from ", "compared with ": an earlier figure, whatever it counts. */
  private static final Pattern EARLIER_CHANGE = Pattern.compile("\\b(?i:(?:up|down)\\s+from|compared\\s+(?:with|to))\\s+(?:\\p{Lu}\\p{L}*['’]s\\s+)?$");

  /** The endings of ANOTHER, EARLIER and EARLIER_CHANGE, each pattern's last words as written above ({@link TailWords}). */
  private static final TailWords ANOTHER_TAIL = TailWords.of(List.of(), "another");
  private static final TailWords EARLIER_TAIL = TailWords.of(List.of(), "from", "with", "to", "against", "a", "the", "revised", "'s", "’s");
  private static final TailWords EARLIER_CHANGE_TAIL = TailWords.of(List.of(), "from", "with", "to", "'s", "’s");

  /**
   * What part of its event a count is of, beyond the place, as a scope word of the key: "part" for a
   * part of a count the article gives elsewhere ("Ten of the dead were from the apartment building"),
   * "other" for a count beside another ("Two others died"), "each" and "elsewhere" for counts of the
   * event's parts, "earlier" for a figure in a unit that a change is measured from ("fell to 1.9 bln stg from
   * 2.1 bln"), and for a distance, the place it is measured from ("80 miles west of Houston").
   * Empty for a count of the whole event.
   */
  static String of(String before, String after, String clause, String kind, String unit) {
    return of(before, after, clause, kind, unit, true);
  }

  /** With {@code tailTests} false, the patterns anchored at the end are tried from every position: the slow path the tests compare with. */
  static String of(String before, String after, String clause, String kind, String unit, boolean tailTests) {
    if (LENGTH_UNITS.contains(unit) || "distance".equals(kind)) {
      // a distance is between two places: the one it is measured from and the one named before it
      // ("Kaohsiung, about 300 kilometers southwest of Taipei", "Quito, around 100 miles away")
      Matcher m = FROM_PLACE.matcher(after);
      Matcher b = PLACE_BEFORE.matcher(before);
      String from = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
      String to = b.find() ? b.group(1).toLowerCase(Locale.ROOT) : "";
      return to.isEmpty() ? from : from.isEmpty() ? to : to + "-" + from;
    }
    if (!unit.isEmpty()) return (!tailTests || EARLIER_TAIL.mayEnd(before)) && EARLIER.matcher(before).find() ? "earlier" : "";
    if ((!tailTests || EARLIER_CHANGE_TAIL.mayEnd(before)) && EARLIER_CHANGE.matcher(before).find()) return "earlier";   // "124 mln bushels, down from 127 mln in 1985"
    if (PARTITIVE.matcher(after).find()) return "part";
    if (OTHER.matcher(after).find() || (!tailTests || ANOTHER_TAIL.mayEnd(before)) && ANOTHER.matcher(before).find()) return "other";
    Matcher w = PART_WORD.matcher(clause.toLowerCase(Locale.ROOT));
    return w.find() ? w.group(1).equals("apiece") ? "each" : w.group(1) : "";
  }
}
