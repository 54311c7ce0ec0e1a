package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that hold a place's name but name something else, for {@link PlaceFinder}: how many words to pass over
 * (neither a place nor a name kept as words), or 0 where the name is the place.
 * <ul>
 *   <li>Rule "name-head": a city's name right before a capitalised noun of {@code keys/name-heads.txt}, one space
 *   between, names a street or a holiday ("a party on Lincoln Avenue", "an Independence Day cookout"), not
 *   the place the gazetteer knows by that name: both words are passed over. Not a state's or a province's name
 *   ("the California Highway Patrol" is the state's).</li>
 *   <li>Rule "compass-district": a city's one-word name right after a capitalised word of the compass ("near West
 *   Lakeview", "in North Hollywood"), where the article never writes the city's name without such a word before it,
 *   names a district of the story's own city, not the namesake town the gazetteer knows elsewhere: read as a name
 *   the gazetteer does not know. Where the article
 *   names the city on its own too ("in South Dayton ... Dayton police said"), it is that city's part, and the city.</li>
 *   <li>Rule "saint-name": a city's one-word name right after "St." or "Saint" where the two name no place the gazetteer
 *   knows ("St. Vincent's Hospital") is a saint's name, of a hospital, a church or a school.</li>
 *   <li>Rule "given-name": a division's one-word name, no locative word before it, that is the last but one of three or
 *   more capitalised words one space apart ("Police Chief Patrick Dunne", "Sen. Virginia Holt") is a person's given
 *   name, not the division.</li>
 * </ul>
 */
final class PlaceNames {

    /** keys/name-heads.txt: nouns that make a place's name before them a street's or a holiday's. */
    private static final ConceptLexicon NAME_HEADS = ConceptLexicon.load("/keys/name-heads.txt");
    /** keys/compass-regions.txt: the words of the points of the compass. */
    private static final ConceptLexicon COMPASS = ConceptLexicon.load("/keys/compass-regions.txt");

    /** The abbreviations and the word of a saint before a saint's name, as {@link PlaceWords} reads them. */
    private static final java.util.Set<String> SAINTS = java.util.Set.of("st", "saint", "ste", "sainte");

    /** Rule compass-district, off: it cost fresh-b's grouping (0.652 -> 0.623) and is not yet narrowed. */
    static final boolean COMPASS_DISTRICT = false;

    private PlaceNames() {}

    /**
     * The words from word i on to pass over (the place's name and what makes it another name), 0 where the name is the
     * place, or -1 where it is to be read as a name the gazetteer does not know (compass-district: "South Asia" keeps
     * "asia" as a word, as a name with no place does).
     */
    static int passOver(String text, PlaceWords read, int i, Gazetteer.Match g, boolean led) {
        if (g.place().isCountry()) return 0;
        int next = i + g.words();
        if (!g.place().isDivision() && next < read.words.size() && read.capital.get(next) && read.joined.get(next) && NAME_HEADS.contains(read.words.get(next))) {
            return g.words() + 1;
        }
        if (COMPASS_DISTRICT && g.words() == 1 && !g.place().isDivision() && i > 0 && read.capital.get(i - 1) && read.joined.get(i)
                && COMPASS.contains(read.words.get(i - 1)) && !writtenAlone(text, read.words.get(i))) {
            return -1;
        }
        // saint-name: "St. Vincent's Hospital", "Saint Ambrose school": a saint's name, where "St. Vincent" names no place
        if (g.words() == 1 && !g.place().isDivision() && i > 0 && read.capital.get(i - 1) && SAINTS.contains(read.words.get(i - 1))) {
            return 1;
        }
        // given-name: "NOPD Chief Patrick Dunne", "Sen. Virginia Holt": a division's one-word name that is the last but one
        // of three or more capitalised words, one space between each, no locative word before, opens the person's last name
        if (!led && g.words() == 1 && g.place().isDivision() && i > 0 && read.capital.get(i - 1) && read.joined.get(i)
                && next < read.words.size() && read.capital.get(next) && read.joined.get(next)
                && (next + 1 >= read.words.size() || !read.capital.get(next + 1) || !read.joined.get(next + 1))) {
            return 1;
        }
        return 0;
    }

    /** Whether the text writes the name capitalised somewhere with no word of the compass right before it. */
    private static boolean writtenAlone(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            if (!Character.isUpperCase(text.charAt(m.start()))) continue;
            int e = m.start();
            while (e > 0 && text.charAt(e - 1) == ' ') e--;
            int s = e;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
            if (s == e || !COMPASS.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
