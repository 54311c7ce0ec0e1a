package io.claimwatch.extract.domain;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule "frame.company-seat": where a company is based, as an article writes it before the company's name ("When Hayward,
 * California-based Mervyn's filed for bankruptcy in July", "Louisville, Kentucky-based Yum"; the compound's second part
 * from {@code keys/company-seat-words.txt}). A story of a company's own news (a filing, a suit, a deal: no kind of event)
 * filed from a newsroom in another state of the same country ("NEW YORK (Reuters) - Department-store chain Mervyn's
 * Holdings LLC has sued its former private-equity owners"), whose lead names no place of its own, is news of the company's
 * seat: the dateline's state is where the reporter sits, and another report filed from San Francisco places the same
 * chain's filing in California. {@link DatelinePlaces} asks only for a company its lead's first sentence names; the seat
 * must be a state or a city with its state (a division), in the dateline's country.
 */
final class CompanySeats {

  /** The second parts of a compound of a seat: "based", "headquartered". */
  private static final Set<String> SEAT_WORDS = Set.copyOf(Lexicon.resourceLines("/keys/company-seat-words.txt"));

  /**
   * A seat compound: up to three capitalised words of a place, with a comma between a city and its state ("Hayward,
   * California", "Montvale, N.J."), a hyphen, a seat word, and the capitalised name after it.
   */
  private static final Pattern SEAT = Pattern.compile(
      "((?:[A-Z][\\p{L}.]*[ ,]{1,2}){0,3}[A-Z][\\p{L}.]*)-(\\p{Ll}+) ([A-Z][\\p{L}&-]*)");

  private CompanySeats() {}

  /**
   * The seat the text gives a company whose name's first word ({@code names}, possessive dropped) the lead's first
   * sentence [start, end) holds, resolved as a dateline is read; {@link Places#NONE} if the text gives none, or gives
   * two different ones (two companies' seats: none is the news's).
   */
  static Places of(PlaceFinder places, String text, int start, int end) {
    String lead = text.substring(start, end);
    Places seat = Places.NONE;
    Matcher m = SEAT.matcher(text);
    while (m.find()) {
      if (!SEAT_WORDS.contains(m.group(2))) continue;
      String name = m.group(3).replaceFirst("['’]s$", "");
      if (name.length() < 2 || !namedIn(lead, name)) continue;
      Places p = places.find(text, m.start(1), m.end(1), true).withoutScope();
      if (p.divisions().isEmpty() || p.countries().size() != 1) continue;
      Places found = new Places(p.countries(), p.divisions(), Set.of());
      if (!seat.isEmpty() && !seat.equals(found)) return Places.NONE;
      seat = found;
    }
    return seat;
  }

  /** Whether the lead holds the name as a word of its own ("Mervyn" in "Mervyn's Holdings LLC", not in "Mervyneers"). */
  private static boolean namedIn(String lead, String name) {
    for (int at = lead.indexOf(name); at >= 0; at = lead.indexOf(name, at + 1)) {
      int after = at + name.length();
      boolean before = at == 0 || !Character.isLetter(lead.charAt(at - 1));
      if (before && (after >= lead.length() || !Character.isLetter(lead.charAt(after)))) return true;
    }
    return false;
  }
}
