package io.claimwatch.extract.domain;

/**
 * Names that hold a place's name but name something else, for {@link PlaceFinder}: how many words to pass over
 * (neither a place nor a name kept as words), or 0 where the name is the place.
 * <ul>
 *   <li>Rule "name-head": a city's name right before a capitalised noun of {@code keys/name-heads.txt}, one space
 *   between, names a street or a holiday ("a party on Lincoln Avenue", "an Independence Day cookout"), not
 *   the place the gazetteer knows by that name: both words are passed over. Not a state's or a province's name
 *   ("the California Highway Patrol" is the state's).</li>
 *   <li>Rule "saint-name": a city's one-word name right after "St." or "Saint" where the two name no place the gazetteer
 *   knows ("St. Vincent's Hospital") is a saint's name, of a hospital, a church or a school.</li>
 *   <li>Rule "given-name": a division's one-word name, no locative word before it, that is the last but one of three or
 *   more capitalised words one space apart ("Police Chief Patrick Dunne", "Sen. Virginia Holt") is a person's given
 *   name, not the division.</li>
 *   <li>Rule "water-name": a country's name or demonym right before a capitalised noun of a body of water ("the Indian
 *   Ocean", "the South China Sea"), names the water, not the country ({@code keys/water-names.txt}).</li>
 * </ul>
 * Rule "country-adjective" ({@link #countryAdjective}): a hyphened word that opens on a country's name or demonym and that
 * the gazetteer does not know whole ("U.S.-regulated", "Saudi-led", "Chinese-made") is an adjective, not a name kept as
 * words nor a named part of the event; nor is a company's name ({@link #companyName}).
 */
final class PlaceNames {

    /** keys/name-heads.txt: nouns that make a place's name before them a street's or a holiday's. */
    private static final ConceptLexicon NAME_HEADS = ConceptLexicon.load("/keys/name-heads.txt");
    /** keys/saint-words.txt: the word and the abbreviations of a saint before a saint's name, as {@link PlaceWords} reads them. */
    private static final ConceptLexicon SAINTS = ConceptLexicon.load("/keys/saint-words.txt");

    /** keys/water-names.txt: nouns of a body of water, which a place's name before or after them names ("Gulf of Mexico"). */
    private static final ConceptLexicon WATERS = ConceptLexicon.load("/keys/water-names.txt");

    private PlaceNames() {}

    /** lexicon/claimant-company-suffixes.txt: the legal suffixes that end a company's name ("Corp", "Inc"). */
    private static final java.util.Set<String> COMPANY_SUFFIXES = Lexicon.words("claimant-company-suffixes.txt");

    /**
     * Rule "company-name": whether a run of capitalised words the gazetteer does not know is a company's name, a legal
     * suffix after its first word ("Production at Exxon Mobil Corp's (XOM.N) refinery": the company and its ticker).
     */
    static boolean companyName(java.util.List<String> name) {
        for (int k = 1; k < name.size(); k++) if (COMPANY_SUFFIXES.contains(name.get(k))) return true;
        return false;
    }

    /** Rule "country-adjective": whether a word read as a name is a country's adjective ("us-regulated", "saudi-led"). */
    static boolean countryAdjective(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash == word.length() - 1 || Gazetteer.get().lookup(word) != null) return false;
        Gazetteer.Place p = Gazetteer.get().lookup(word.substring(0, dash));
        return p != null && p.isCountry();
    }

    /** The words from word i on to pass over (the place's name and what makes it another name), 0 where the name is the place. */
    static int passOver(PlaceWords read, int i, Gazetteer.Match g, boolean led) {
        int next = i + g.words();
        // water-name: "the Indian Ocean", "the South China Sea" (not "the Gulf of Mexico": read as Mexico, it keeps a report's
        // Gulf lease sales apart from its Alaskan ones, fresh-ah)
        if (g.place().isCountry() && next < read.words.size() && read.capital.get(next) && read.joined.get(next)
                && WATERS.contains(read.words.get(next))) {
            return g.words() + 1;
        }
        if (g.place().isCountry()) return 0;
        if (!g.place().isDivision() && next < read.words.size() && read.capital.get(next) && read.joined.get(next) && NAME_HEADS.contains(read.words.get(next))) {
            return g.words() + 1;
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
}
