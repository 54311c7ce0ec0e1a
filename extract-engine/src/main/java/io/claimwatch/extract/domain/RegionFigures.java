package io.claimwatch.extract.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule "region-figure": a figure whose sentence spreads it over a region of several countries ("Heavy flooding and
 * mudslides have killed hundreds ... across South Asia" in a report of Kerala's landslides; {@code
 * keys/region-extent-words.txt} before a name of {@code keys/world-regions.txt}, with "the" and one word between:
 * "across southern Europe", "across South Asia") counts the region, not the article's country: it is keyed to the region's name with the facet "#region"
 * ({@link PartScopes} keeps it), so it meets the region's counts and not the country's. Only where the article places its event in countries and its frame
 * does not name that region (a frame of "Floods in central Europe" holds Europe's figures already).
 */
final class RegionFigures {

  private static final Pattern SPREAD = Pattern.compile("\\b(?:"
      + String.join("|", Lexicon.resourceLines("/keys/region-extent-words.txt")) + ")\\s+(?:the\\s+)?((?:[A-Za-z]+\\s+)?(?:"
      + DatelinePlaces.REGIONS.stream().map(r -> Character.toUpperCase(r.charAt(0)) + r.substring(1)).collect(Collectors.joining("|"))
      + "))\\b");

  private RegionFigures() {}

  /** The figure's places: the region its sentence [from, to) spreads it over, else {@code where} as it is. */
  static Places of(String text, int from, int to, Places frame, Places where) {
    if (frame.countries().isEmpty() || from >= to) return where;
    Matcher m = SPREAD.matcher(text).region(from, to);
    if (!m.find()) return where;
    String name = m.group(1).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    Set<String> words = new TreeSet<>(Arrays.asList(name.split(" ")));
    if (frame.names().containsAll(words)) return where;
    Set<String> scope = new TreeSet<>(where.scope());
    scope.add("region");
    return new Places(Set.of(), Set.of(), words, scope);
  }
}
