package io.claimwatch.extract.domain;

import io.claimwatch.ingest.domain.StoryDateline;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The places an article's event frame takes from its lead's first sentence and the dateline in it, when the lead opens
 * on no place of its own ({@link SubjectPlaces} handles that case).
 *
 * <p>frame.dateline-country: a wire story is filed from a city, most often the capital, and its lead names where the
 * news is. When the lead names the dateline's country and not the dateline's town ("SANTIAGO (Reuters) - A powerful
 * earthquake that hit Chile on Saturday ..."), the event is somewhere in that country, not in the capital's region: the
 * dateline gives the country alone. When the lead names the town again ("LAHORE, Pakistan -- A bomb exploded outside a
 * market in Lahore") or names no place at all ("QUETTA, Pakistan -- A bomb killed 14 people at a market"), the dateline
 * keeps its region: two bombings in one country stay apart by their datelines' cities.
 *
 * <p>frame.dateline-abroad: a story of an event filed from another country's city, whose lead puts the event in
 * places none of which is in the dateline's country ("OSLO (Reuters) - Floods in northern Italy will cost insurers
 * $2 billion, a reinsurer said"), is the news of those places: the dateline is where the speaker's office is, not where
 * the event happened, and gives the frame no place.
 *
 * <p>frame.site-abroad: a first sentence that names no place past a dateline may leave the event's site to the next
 * sentences of the lead ("SAN FRANCISCO (Reuters) - Apple Inc is investigating an explosion that killed two people ... at
 * a Foxconn factory", then "a large explosion rocked the Hongfujin Precision Electronics plant in a high-tech industrial
 * zone west of Chengdu"): the first of them that names the event and locates anything, when it locates the event only in
 * other countries than the dateline's, gives the frame its places; the dateline is the desk that reports it, or the
 * seat of a company the event touched. Where that sentence locates the event in the dateline's country, the dateline
 * stays.
 *
 * <p>frame.dateline-region: so too a lead that puts the event in a region of several countries and in no country
 * ({@code keys/world-regions.txt}: "ZURICH (Reuters) - Floods in central Europe last month may cost insurance companies
 * $3.5-4.5 billion"): the reinsurer's seat is not where the floods were, and another report's "Germany" is part of them.
 */
final class DatelinePlaces {

  static final Set<String> REGIONS = Set.copyOf(Lexicon.resourceLines("/keys/world-regions.txt"));

  private DatelinePlaces() {}

  /**
   * The frame's places from the first sentence [start, end) of the lead and its dateline; {@code event}: whether the
   * article reports an event of a kind (frame.dateline-abroad and frame.site-abroad read only those); {@code naming}:
   * the lead's later sentences that name the event, in order (frame.site-abroad).
   */
  static Places of(PlaceFinder places, String text, int start, int end, StoryDateline dateline, boolean event,
      List<Sentences.Sentence> naming) {
    Places filed = filed(places, text, dateline);
    int story = SubjectPlaces.pastDateline(text, start, end, dateline);
    if (story >= 0 && story < end) {
      Places told = places.find(text, story, end, false);
      if (event && told.isEmpty() && !filed.countries().isEmpty()) {
        Places site = siteAbroad(places, text, filed, naming);
        if (site != null) return site;
      }
      String lead = text.substring(story, end).toLowerCase(Locale.ROOT);
      boolean townNamed = false;
      for (String desk : text.substring(dateline.placeStart(), dateline.placeEnd()).split(",")[0].split("/")) {
        townNamed |= lead.contains(desk.strip().toLowerCase(Locale.ROOT));
      }
      if (!Collections.disjoint(filed.countries(), told.countries()) && !townNamed) {
        return new Places(filed.countries(), Set.of(), Set.of()).union(told);
      }
      // frame.dateline-abroad: the event located ("in", "at", "near") only in other countries than the dateline's
      Places located = places.located(text, story, end, false);
      if (event && !townNamed && !filed.countries().isEmpty() && (!located.countries().isEmpty() || region(located))
          && Collections.disjoint(filed.countries(), told.countries())) {
        return told;
      }
    }
    return filed.union(places.find(text, start, end, false));
  }

  /**
   * Where the story was filed. frame.desks-dateline: a story several desks wrote ("BOSTON/CHICAGO (Reuters) -",
   * "GENEVA/TAIPEI") was filed where its reporters sit, not where its event is: their dateline gives only the country
   * every desk is in (none when they are in different countries), not their towns or states.
   */
  private static Places filed(PlaceFinder places, String text, StoryDateline dateline) {
    int from = dateline.placeStart(), to = dateline.placeEnd();
    if (text.lastIndexOf('/', to - 1) < from) return places.find(text, from, to, true);
    Set<String> common = null;
    for (int i = from, part = from; i <= to; i++) {
      if (i < to && text.charAt(i) != '/') continue;
      Set<String> countries = places.find(text, part, i, true).countries();
      if (common == null) common = new java.util.HashSet<>(countries);
      else common.retainAll(countries);
      part = i + 1;
    }
    return new Places(Set.copyOf(common), Set.of(), Set.of());
  }

  /**
   * frame.site-abroad: the places the first of the lead's later sentences that name the event ({@code naming}) and
   * locate anything ("in", "at", "west of") give, when none of them is in the dateline's countries; else null.
   */
  private static Places siteAbroad(PlaceFinder places, String text, Places filed, List<Sentences.Sentence> naming) {
    for (Sentences.Sentence s : naming) {
      Places at = places.located(text, s.start(), s.end(), false);
      if (at.countries().isEmpty()) continue;
      return Collections.disjoint(at.countries(), filed.countries()) ? at.withoutScope() : null;
    }
    return null;
  }

  /**
   * frame.dateline-region: whether the places hold a region of several countries and no country (so the frame looks for
   * no country in the rest of the lead either: "Swiss Re" after "Floods in central Europe" names the reinsurer).
   */
  static boolean region(Places located) {
    return located.countries().isEmpty() && !Collections.disjoint(located.names(), REGIONS);
  }
}
