package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that are not of the story's event (keys/standing-figures.txt), keyed by their owner and measure rather than by
 * the frame the story's lead gives every figure it tells:
 * <ul>
 * <li>key.standing-capacity: a rate written before a named plant's noun ("its 318,000 barrel per day Line 14", "Citgo's
 * 167,000 bpd Lemont, Illinois refinery", PlantOwners): what the plant can do, not what the story's event did: its
 * measure is the capacity, of no cause and no event name, its place the plant's name alone ("#plant-line-14": another line,
 * another quantity), its window the years around the story, not the leak's day; its owner (plant-owner) kept.</li>
 * <li>key.party-plan: a figure its clause gives as a party's plan or target ("Airbus plans to shed up to 10,000 jobs",
 * "a widely trailed target of 10,000", "10,000 planned job cuts"): keyed by the party (the name right before the plan's
 * word, else the company the article is about) and its measure, of no cause, event name or inherited place, over the
 * months around the story (a plan is told for weeks; the same party's plan a half-year apart is another plan); with no
 * party it is left as the frame keys it.</li>
 * </ul>
 */
final class StandingFigures {

    private StandingFigures() {}

    private static final Map<String, List<String>> WORDS = new TreeMap<>();
    static {
        ConceptLexicon.load("/keys/standing-figures.txt").forEach((w, c) -> WORDS.computeIfAbsent(c, k -> new ArrayList<>()).add(w));
    }
    /** A plan's words, with the name before them, ending at the figure (a plan's verb and "up to" between). */
    private static final Pattern PLAN = Pattern.compile("(?:(\\p{Lu}[\\p{L}&.-]*)(?:['’]s)?\\s+)?(?i:\\b" + TimeWords.words(WORDS.get("plan"))
        + "(?:\\s+" + TimeWords.words(WORDS.get("plan-verb")) + ")?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:(?:up to|about|around|some|as many as|more than|nearly|almost)\\s+)?)$");
    /** "10,000 planned job cuts". */
    private static final Pattern PLANNED = Pattern.compile("(?i)^\\s+" + TimeWords.words(WORDS.get("planned")) + "\\b");
    private static final java.util.Set<String> PLAN_KINDS = java.util.Set.copyOf(WORDS.get("plan-kind"));
    private static final java.util.Set<String> PRONOUNS = Lexicon.words("claimant-pronouns.txt");
    /** How far around publication a capacity is the same (years) and a plan the same plan (days before, after). */
    private static final int CAPACITY_YEARS = 3, PLAN_BEFORE = 90, PLAN_AFTER = 30;
    /** How many times the lead's subject is named in the story to be taken as a plan's party. */
    private static final int LEAD_NAMED = 3;
    private static final java.util.Set<String> NOT_PARTIES = java.util.Set.copyOf(WORDS.get("not-party"));
    /** The end of the lead's first sentence. */
    private static final Pattern LEAD_END = Pattern.compile("[.!?](?=\\s)|\\n");
    /** The name that opens the article's lead as its subject ("PARIS (Reuters) - Airbus faced ..."), read once an article. */
    private static final PerArticle<String> LEAD = new PerArticle<>(t -> {
        Matcher end = LEAD_END.matcher(t);
        String s = PlantOwners.subject(t, 0, end.find() ? end.start() : Math.min(t.length(), 400));
        String l = s.toLowerCase(java.util.Locale.ROOT);
        // a name the story keeps naming, not a lead's "Thousands marched": three times or more
        boolean named = !s.isEmpty() && Pattern.compile("(?i)\\b" + Pattern.quote(s) + "\\b").matcher(t).results()
            .filter(r -> Character.isUpperCase(t.charAt(r.start()))).limit(LEAD_NAMED).count() >= LEAD_NAMED;
        return !named || NOT_PARTIES.contains(l) || Gazetteer.get().lookup(l) != null ? "" : s;
    });
    /**
     * The name of the plant whose rate the figure is, from the words after the figure: past the rate's words, a bracketed
     * abbreviation, the plant's noun and "in" or "at", the capitalised words and designators that follow ("barrel per day
     * Line 14/64" gives "line-14", "bpd Lemont, Illinois refinery" and "-barrel-per-day refinery in Lemont" "lemont"); "".
     */
    static String plantName(String after) {
        String[] ws = after.strip().split("\\s+");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < ws.length && i < 10; i++) {
            String raw = ws[i], w = raw.toLowerCase(java.util.Locale.ROOT);
            boolean designator = name.length() > 0 && DESIGNATOR.matcher(raw).lookingAt();
            if (NameRunWords.capitalised(raw) || designator) {
                Matcher m = (designator ? DESIGNATOR : WORD).matcher(raw);
                if (!m.lookingAt()) break;
                name.append(name.length() > 0 ? "-" : "").append(m.group().toLowerCase(java.util.Locale.ROOT));
                if (m.end() < raw.length()) break;   // "Lemont," "14/64": the name ends at its mark
                continue;
            }
            if (name.length() > 0) break;
            boolean unitWord = PlantOwners.RATES.contains(w) || PlantOwners.UNITS.contains(w) || PlantOwners.TIMES.contains(w)
                || PlantOwners.HEADS.contains(w) || w.equals("per") || w.equals("a") || w.equals("in") || w.equals("at");
            if (!unitWord && !(raw.startsWith("(") && raw.endsWith(")")) && !(raw.startsWith("-") || raw.contains("-per-") || raw.contains("-a-"))) break;
        }
        return name.toString();
    }
    /** The scope word of a plant's name ("#plant-line-14"): a facet of the quantity, which no article's breakdown drops. */
    static final String PLANT = "#plant-";
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}+");
    private static final Pattern DESIGNATOR = Pattern.compile("[0-9][0-9A-Za-z]*");
    /** The company the article is about (SubjectCompany), read once an article. */
    private static final PerArticle<String> COMPANY = new PerArticle<>(t -> {
        String c = SubjectCompany.of(t);
        return c == null ? "" : CompanyNames.normal(t, c);
    });

    /**
     * The key of a figure that is not of the story's event, or {@code key} itself. {@code before}: the text of the figure's
     * clause before it (from its hedge), {@code after}: after it; {@code framePlace}: the key of the frame's places; {@code pub}: the publication day (null: unknown).
     */
    static ClaimKey keyed(ClaimKey key, String text, ClaimKeys.Position at, String before, String after, String framePlace, LocalDate pub) {
        if (pub == null) return key;
        boolean plant = PlantOwners.beforePlant(text, at.figureStart(), at.figureEnd(), at.sentenceEnd());
        boolean rate = key.unit().contains("/");
        String plantName = plant && rate ? plantName(after) : "";
        if (!plantName.isEmpty()) {
            // a plant's name tells one company's lines apart ("Line 14", "Line 6A"): the place is the plant's own
            return new ClaimKey(key.kind(), "capacity", key.party(), key.unit(), "", PLANT + plantName, "",
                pub.minusYears(CAPACITY_YEARS), pub.plusYears(CAPACITY_YEARS));
        }
        Matcher plan = PLAN.matcher(before);
        boolean planned = plan.find();
        if (!planned && !PLANNED.matcher(after).find()) return key;
        String named = planned && plan.group(1) != null ? plan.group(1) : null;
        String party = named != null && !PRONOUNS.contains(named.toLowerCase(java.util.Locale.ROOT)) ? CompanyNames.normal(text, named) : "";
        if (party.isEmpty()) party = key.party();
        if (party.isEmpty()) party = LEAD.of(text);   // the lead's subject: "Airbus faced growing paralysis ... over plans to axe thousands of jobs"
        if (party.isEmpty()) party = COMPANY.of(text);
        if (party.isEmpty()) return key;
        String kind = PLAN_KINDS.contains(key.kind()) ? "" : key.kind();
        return new ClaimKey(kind, key.event(), party, key.unit(), "", key.place().equals(framePlace) ? "" : key.place(), "",
            pub.minusDays(PLAN_BEFORE), pub.plusDays(PLAN_AFTER));
    }
}
