package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The places a span of text names, resolved through the {@link Gazetteer}: countries wherever their
 * name or demonym is written with a capital ("Ecuador's coast", "the Belgian port"); states,
 * provinces and cities where a locative word leads to them ("in Tainan", "struck near Muisne",
 * "off the coast of Kumamoto"); and, after a locative word, capitalised names the gazetteer does not
 * know, kept as lower-case words. When a country is named, a city that resolves to another country
 * is taken for a namesake ("Noto" beside "Japan" is not the Sicilian town) and kept as a word.
 */
final class PlaceFinder {

    /** Words after which a name is where something is or happened. */
    private static final Set<String> LOCATIVE = Lexicon.words("place-locative-words.txt");
    /** Locative words that say where a count happened ("killed in Lwarai Mandi"), not where something went. */
    private static final Set<String> WHERE = Lexicon.words("place-where-words.txt");
    /** Verbs of an attack whose object is where it happened ("attacked Angur Adar"): keys/site-verbs.txt. */
    static final ConceptLexicon SITE_VERBS = ConceptLexicon.load("/keys/site-verbs.txt");
    /** keys/to-not-where.txt: words that make "to" after them say why ("due to", "owing to"). */
    private static final ConceptLexicon CAUSE_PREPOSITIONS = ConceptLexicon.load("/keys/to-not-where.txt");
    /** Words that may stand between a locative word and the name: "in the southern Kursk region", "near the town of". */
    private static final Set<String> BETWEEN = Lexicon.words("place-between-words.txt");
    /** Words after which "of" leads to a place: "the town of Muisne", "the province of Manabi", "south of Quito". */
    private static final Set<String> PLACE_OF = Lexicon.words("place-of-heads.txt");
    /** Nouns after a name that make it a part of a region: "Kanawha County". */
    private static final Set<String> PLACE_TYPES = Lexicon.words("place-type-nouns.txt");
    /** Lower-case words that join a name's capitalised words: "Bay of Plenty", "Rio de Janeiro". */
    private static final Set<String> NAME_JOINERS = Lexicon.words("place-name-joiners.txt");

    /** Words that make "America" a continent: "South America", "Latin American". */
    private static final Set<String> CONTINENT_PARTS = Lexicon.words("place-continent-parts.txt");

    private final Gazetteer gazetteer;
    private final ConceptLexicon notPlaceNames;
    private final HomeCountries homeCountries = new HomeCountries();
    /** people-of-a-country, demonym-of-a-person: a country's word before a noun of people, a person or a scam. */
    private final CountryNouns countryNouns;
    /** How far past a span that ends on a city its division is looked for (", Newfoundland and Labrador"). */
    private static final int NEXT_CHARS = 40;
    /** The words that go on a list of names: a division before them is one of a list, not a town's state. */
    private static final Set<String> LIST_WORDS = Set.copyOf(Lexicon.resourceLines("/lexicon/place-list-words.txt"));

    PlaceFinder(Gazetteer gazetteer, ConceptLexicon notPlaceNames) {
        this.gazetteer = gazetteer;
        this.notPlaceNames = notPlaceNames;
        this.countryNouns = new CountryNouns(gazetteer);
    }

    /** The places of [from, to) of the text. {@code anyName}: a dateline, where a name needs no locative word. */
    Places find(String text, int from, int to, boolean anyName) {
        return find(text, from, to, anyName, true, false);
    }

    /**
     * The places a claim's own clause or sentence puts it in: only names a locative word leads to
     * ("killed in Japan"), since a sentence names countries as actors too ("Ukraine's Armed Forces
     * have confirmed that 971 Russian soldiers were captured").
     */
    Places located(String text, int from, int to, boolean titleCase) {
        return article.of(text).located.computeIfAbsent(new Span(from, to, titleCase), k -> find(text, from, to, false, !titleCase, true));
    }

    /**
     * What the places of one article are read from, read once an article: {@link #located} keeps what it finds in the
     * text (the frame's date passes, the sentence and its clauses and segments ask for the same spans).
     */
    private final PerArticle<Article> article = new PerArticle<>(Article::new);

    /**
     * The names of places the whole text reads with their countries, compass regions left out ({@link HomeCountries}),
     * a namesake read as its division with the division's country (division-namesake); read once an article.
     */
    java.util.Map<String, String> namesRead(String text) {
        Article a = article.of(text);
        if (a.namesRead == null) {
            java.util.Map<String, String> raw = new java.util.HashMap<>();
            find(text, 0, text.length(), false, false, false, raw);
            a.asDivision = DivisionNamesakes.readAsDivision(raw);
            a.namesRead = java.util.Map.copyOf(DivisionNamesakes.withReadings(raw, a.asDivision));
        }
        return a.namesRead;
    }

    /** Rule "division-namesake": a namesake of another country's division read as the article reads it ({@link DivisionNamesakes}). */
    private Gazetteer.Match namesake(String text, List<String> words, int i, Gazetteer.Match g) {
        String name = g.words() == 1 ? words.get(i) : String.join(" ", words.subList(i, i + g.words()));
        if (!DivisionNamesakes.namesake(name)) return g;
        namesRead(text);
        return DivisionNamesakes.read(g, name, article.of(text).asDivision);
    }

    /** The article's country as {@link HomeCountries} read it, kept for the article. */
    String[] homeSlot(String text) {
        return article.of(text).home;
    }

    /** The places {@link #located} found in one article, by span; its words, read when first asked. */
    private static final class Article {
        final String text;
        final java.util.Map<Span, Places> located = new java.util.HashMap<>();
        final String[] home = new String[1];
        /** The countries of the names the whole text reads ({@link #namesRead}), read when first asked. */
        Set<String> countriesRead;
        /** {@link #namesRead}, and the namesakes it reads as their other division; read when first asked. */
        java.util.Map<String, String> namesRead;
        Set<String> asDivision;
        private PlaceWords.Article words;

        Article(String text) {
            this.text = text;
        }

        PlaceWords.Article words() {
            if (words == null) words = PlaceWords.article(text);
            return words;
        }
    }

    private record Span(int from, int to, boolean titleCase) {}

    Places find(String text, int from, int to, boolean anyName, boolean keepUnknown) {
        return find(text, from, to, anyName, keepUnknown, false);
    }

    /**
     * The places of [from, to) of the text. {@code anyName}: a dateline, where a name needs no
     * locative word; {@code keepUnknown}: keep capitalised names the gazetteer does not know (not in
     * a headline in title case, whose capitals name nothing in particular).
     */
    private Places find(String text, int from, int to, boolean anyName, boolean keepUnknown, boolean locativeOnly) {
        return find(text, from, to, anyName, keepUnknown, locativeOnly, null);
    }

    /** With {@code evidence}, the names read are put there with their countries, and compass regions are left out. */
    private Places find(String text, int from, int to, boolean anyName, boolean keepUnknown, boolean locativeOnly,
            java.util.Map<String, String> evidence) {
        PlaceWords read = article.of(text).words().span(from, to);
        if (read == null) read = PlaceWords.of(text, from, to);
        List<String> words = read.words;
        List<Boolean> capital = read.capital;
        List<Boolean> afterComma = read.afterComma;
        Set<String> countries = new TreeSet<>();
        List<Gazetteer.Place> located = new ArrayList<>();
        List<String> locatedNames = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> parts = new TreeSet<>();
        int lastPartEnd = -1;   // the word after the last named part
        for (int i = 0; i < words.size(); i++) {
            if (!capital.get(i)) continue;
            if (i + 1 < words.size() && CONTINENT_PARTS.contains(words.get(i)) && capital.get(i + 1)
                    && (words.get(i + 1).equals("america") || words.get(i + 1).equals("american"))) {
                i++;   // "the South American country": a continent, not the United States
                continue;
            }
            boolean led = anyName || ledByLocative(words, capital, i);
            Gazetteer.Match g = longestCapitalised(words, capital, i);
            if (g != null && evidence == null) g = namesake(text, words, i, g);
            if (g != null && g.words() == 1 && notPlaceNames.contains(words.get(i))) g = null;
            // rule "region-name": a region of several countries ("in Asia", "in the Sahel") is no namesake town or province
            if (g != null && g.words() == 1 && !g.place().isCountry() && DatelinePlaces.REGIONS.contains(words.get(i))) g = null;
            int passOver = g == null ? 0 : PlaceNames.passOver(read, i, g, led);
            if (passOver > 0) {
                i += passOver - 1;   // name-head, saint-name, given-name (PlaceNames)
                continue;
            }
            // rule "county-first": "County Durham", the British and Irish order, names a county, not the city the gazetteer knows
            if (g != null && !g.place().isCountry() && i > 0 && capital.get(i - 1) && words.get(i - 1).equals("county")) g = null;
            if (g != null && firstWordOfName(read, i, g) && (evidence != null || foreignToArticle(text, g))) {
                // rule "place-in-a-name": read as a name the gazetteer does not know, or passed over whole
                if (!(keepUnknown && led)) {
                    while (i + 1 < words.size() && capital.get(i + 1) && read.joined.get(i + 1)) i++;
                    continue;
                }
                g = null;
            }
            if (g != null && !g.place().isCountry() && homeCountries.compassRegion(words.subList(i, i + g.words()))) {
                String home = evidence == null ? homeCountries.of(text, this) : null;
                if (home == null || !home.equals(g.place().country())) {
                    // rule "compass-region": "the North East" is the article's country's, not the one the gazetteer knows by it
                    if (keepUnknown) unknown.addAll(words.subList(i, i + g.words()));
                    if (home != null && (led || !locativeOnly)) countries.add(home);
                    i += g.words() - 1;
                    continue;
                }
            }
            // "Washington County", "Jackson County": a named part of the article's region, not the state or city
            if (g != null && !g.place().isCountry() && i + g.words() < words.size() && PLACE_TYPES.contains(words.get(i + g.words()))
                    && !words.get(i + g.words()).equals("state") && !words.get(i + g.words()).equals("city")) g = null;
            if (g != null) g = cityOfDivision(read, text, to, i, g, evidence == null);
            if (g != null) {
                if (g.place().isCountry() && (led || !locativeOnly && !countryNouns.namesNoPlace(words, capital, i, g))) {
                    countries.add(g.place().country());
                    if (evidence != null) evidence.put(String.join(" ", words.subList(i, i + g.words())), g.place().country());
                } else if (!g.place().isCountry() && (led || g.place().isDivision() && !locativeOnly)) {
                    located.add(g.place());
                    locatedNames.add(String.join(" ", words.subList(i, i + g.words())));
                    // a division no locative word leads to may be a person's name ("Michael Howard" is no Manx parish)
                    if (evidence != null && led) evidence.put(locatedNames.get(locatedNames.size() - 1), g.place().country());
                }
                i += g.words() - 1;
                continue;
            }
            if (keepUnknown && led && !notPlaceNames.contains(words.get(i)) && words.get(i).length() > 2
                    && !PlaceNames.countryAdjective(words.get(i))) {
                int j = i;
                List<String> name = new ArrayList<>();
                while (j < words.size() && capital.get(j) && !notPlaceNames.contains(words.get(j)) && (j == i || !afterComma.get(j))) {
                    name.add(words.get(j));
                    j++;
                }
                // company-name: "at Exxon Mobil Corp's (XOM.N) refinery"; company-unit: "staff at Lufthansa Cargo" where the
                // article gives "Lufthansa ( LHAG.DE )"
                if (PlaceNames.companyName(name) || CompanyNames.givesCompany(text, name.get(0))) {
                    i = j - 1;
                    continue;
                }
                unknown.addAll(name);
                // "Kanawha County", "Manabi province": a named part of a region; in a claim's sentence, a
                // name the gazetteer does not know where the count happened ("killed in Lwarai Mandi")
                if (j < words.size() && PLACE_TYPES.contains(words.get(j))
                        || locativeOnly && !anyName && where(locativeBefore(words, capital, i))) {
                    // "in Angur Adar in South Waziristan", "in Angur Adar, South Waziristan": the second name
                    // holds the first, the part counted
                    boolean container = lastPartEnd >= 0 && (i == lastPartEnd && afterComma.get(i)
                            || i == lastPartEnd + 1 && words.get(lastPartEnd).equals("in")
                            || i > lastPartEnd + 1 && i <= lastPartEnd + 3 && words.get(lastPartEnd).equals("in")
                                && words.subList(lastPartEnd + 1, i).stream().allMatch(BETWEEN::contains));   // "in the South Waziristan area"
                    // rule "region-not-part": a region of several countries ("in Africa's largest economy") holds the event's country, no part of it
                    if (!container && !(name.size() == 1 && DatelinePlaces.REGIONS.contains(name.get(0)))) parts.add(String.join("-", name));
                    lastPartEnd = j;
                }
                i = j - 1;
            }
        }
        Set<String> divisions = new TreeSet<>();
        for (int k = 0; k < located.size(); k++) {
            Gazetteer.Place p = located.get(k);
            if (!countries.isEmpty() && !countries.contains(p.country())) {
                unknown.addAll(List.of(locatedNames.get(k).split(" ")));
                continue;
            }
            if (!p.division().isEmpty()) divisions.add(p.division());
            countries.add(p.country());
        }
        return new Places(countries, divisions, unknown, parts);
    }

    /**
     * Rule "city-then-division": a city the gazetteer places elsewhere, then a comma and a first-level division of another
     * country or state ("York, Pennsylvania", which the gazetteer knows as York in England; "London, Ontario"), is a town of
     * that division: the two names read as the division. Not where the division opens a list ("Dallas, Oklahoma and
     * Kansas"), nor before a country ("Atlanta, Georgia" keeps the state: the country is no division).
     */
    private Gazetteer.Match cityOfDivision(PlaceWords read, String text, int to, int i, Gazetteer.Match g, boolean namesakes) {
        if (g.place().isCountry() || g.place().isDivision()) return g;
        int at = i + g.words();
        boolean inSpan = at < read.words.size();
        // the span ends on the city (a clause cut at "York"): read on past its end
        PlaceWords next = inSpan ? read : PlaceWords.of(text, to, Math.min(text.length(), to + NEXT_CHARS));
        if (!inSpan) at = 0;
        if (at >= next.words.size() || !next.capital.get(at) || !next.afterComma.get(at)) return g;
        Gazetteer.Match d = longestCapitalised(next.words, next.capital, at);
        if (d != null && namesakes) d = namesake(text, next.words, at, d);   // "Carrollton, Georgia" in a U.S. report
        if (d == null || !d.place().isDivision() || d.place().division().equals(g.place().division())) return g;
        int after = at + d.words();
        if (after < next.words.size() && !next.afterComma.get(after) && LIST_WORDS.contains(next.words.get(after))) return g;
        return new Gazetteer.Match(inSpan ? after - i : g.words(), d.place());
    }

    /**
     * Rule "lower-case-division": the first-level divisions of the article's countries that copy written in
     * lower case names where a count happened ("we fear that up to 300 people died in napo", of Ecuador's Napo
     * province): a lower-case name right after "in", "at" or "near" that the gazetteer knows as a division of
     * one of {@code countries}, not a word of direction or of a kind of place ("in central", "in town") nor
     * one of not-place-names.txt. Only divisions, whose names are seldom common words; NONE if there are none.
     */
    Places lowerCaseDivisions(String text, int from, int to, Set<String> countries) {
        return lowerCaseDivisions(text, from, to, countries, true);
    }

    /** With {@code shortcut} false, the words are read whatever the span holds: the slow path the tests compare with. */
    Places lowerCaseDivisions(String text, int from, int to, Set<String> countries, boolean shortcut) {
        if (countries.isEmpty()) return Places.NONE;
        // a claim's clause, read for every claim: without a locative word (any case) it holds no such name
        if (shortcut && !TextSearch.hasWordIgnoringCase(text, from, to, LOWER_CASE_LOCATIVE)) return Places.NONE;
        List<String> words = new ArrayList<>();
        List<Boolean> lower = new ArrayList<>();
        for (int a = LetterWords.next(text, from, to); a >= 0; ) {
            int e = LetterWords.end(text, a, to);
            words.add(text.substring(a, e).toLowerCase(Locale.ROOT));
            lower.add(Character.isLowerCase(text.charAt(a)));
            a = LetterWords.next(text, e, to);
        }
        Set<String> found = new TreeSet<>();
        Set<String> of = new TreeSet<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i), before = words.get(i - 1);
            if (!lower.get(i) || !LOWER_CASE_LOCATIVE.contains(before) || BETWEEN.contains(w) || PLACE_OF.contains(w)
                    || PLACE_TYPES.contains(w) || LOCATIVE.contains(w) || notPlaceNames.contains(w)) continue;
            int end = i;
            while (end < words.size() && lower.get(end)) end++;
            Gazetteer.Match g = gazetteer.longestAt(words.subList(0, end), i);
            if (g == null || !g.place().isDivision() || !countries.contains(g.place().country())) continue;
            found.add(g.place().division());
            of.add(g.place().country());
            i += g.words() - 1;
        }
        return found.isEmpty() ? Places.NONE : new Places(of, found, Set.of());
    }

    /** The locative words after which a lower-case name is taken for a place ({@link #lowerCaseDivisions}). */
    private static final Set<String> LOWER_CASE_LOCATIVE = Lexicon.words("place-lower-case-locative.txt");

    private Gazetteer.Match longestCapitalised(List<String> words, List<Boolean> capital, int i) {
        int end = i;
        while (end < words.size() && (capital.get(end) || (end > i && NAME_JOINERS.contains(words.get(end))
                && end + 1 < words.size() && capital.get(end + 1)))) end++;
        Gazetteer.Match g = gazetteer.longestAt(words.subList(0, end), i);
        return g;
    }

    /**
     * Rule "place-in-a-name": a one-word name of a city or a division of a country none of the article's other places
     * is in (countries named, places a locative word leads to: {@link #namesRead}), right before a capitalised word
     * (one space between, not a noun of a kind of place), is the first word of a person's or a firm's name, not a
     * place: "Speaker Paul Ryan" in a report from Ohio is no Cape Verdean district, "a sale at Best Buy" no Dutch town.
     * Read like a name the gazetteer does not know (kept as words after a locative word). Not where the article names
     * no other place; such a name is no evidence of the article's places either.
     */
    private boolean firstWordOfName(PlaceWords read, int i, Gazetteer.Match g) {
        int j = i + 1;
        if (g.words() != 1 || g.place().isCountry() || j >= read.words.size() || !read.capital.get(j) || !read.joined.get(j)) return false;
        String next = read.words.get(j);
        return !PLACE_TYPES.contains(next) && !notPlaceNames.contains(next);
    }

    /** Whether a place lies in none of the countries the article's other places are in (false where it names none). */
    private boolean foreignToArticle(String text, Gazetteer.Match g) {
        Article a = article.of(text);
        if (a.countriesRead == null) a.countriesRead = Set.copyOf(namesRead(text).values());
        Set<String> read = a.countriesRead;
        return !read.isEmpty() && !read.contains(g.place().country());
    }

    /** Whether a locative word says where a count happened: "in", "at" ... or a verb of an attack ("attacked Angur Adar"). */
    private static boolean where(String locative) {
        return locative != null && (WHERE.contains(locative) || SITE_VERBS.contains(locative));
    }

    /** Whether a locative word leads to word i, past determiners, adjectives of direction and other capitalised words. */
    private static boolean ledByLocative(List<String> words, List<Boolean> capital, int i) {
        return locativeBefore(words, capital, i) != null;
    }

    /** The locative word that leads to word i ("in", "near", "of" after "town"), or null. */
    private static String locativeBefore(List<String> words, List<Boolean> capital, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            String w = words.get(k);
            // rule "due-to": "due to Hurricane Dean", "owing to" say why, not where (keys/to-not-where.txt)
            if (w.equals("to") && k > 0 && CAUSE_PREPOSITIONS.contains(words.get(k - 1))) return null;
            if (LOCATIVE.contains(w) || SITE_VERBS.contains(w)) return w;
            if (w.equals("of") && k > 0 && PLACE_OF.contains(words.get(k - 1))) return w;
            if (w.equals("of") || !(BETWEEN.contains(w) || capital.get(k) || w.equals("and"))) return null;
        }
        return null;
    }
}
