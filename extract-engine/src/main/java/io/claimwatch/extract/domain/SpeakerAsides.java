package io.claimwatch.extract.domain;

import java.util.List;

/**
 * What stands beside a speaker's name in its subject and is no source: the place a correspondent or a
 * witness is in ("BBC correspondent Simon Hall at Postbridge on Dartmoor said", "the BBC's Ana Ruiz, with
 * the hunt in Badminton, Gloucestershire said", "David Ruiz, 34, from Hartpury, Gloucestershire, said"), an age
 * between commas, and a figure as the subject ("47% said"), whose source is the survey that frames the
 * sentence ("In the Countryfile survey, 47% said"), if any. Read by {@link SpeakerPhrase} and {@link Attribution}.
 */
final class SpeakerAsides {

    private final ClaimantWords w = ClaimantWords.WORDS;
    /** Read once: an instance is made per article. */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = ClaimantWords.WORDS.placePrepositions;
    private static final java.util.Set<String> SUBJECT_TIMES = lower("claimant-subject-times.txt");
    private static final java.util.Set<String> TIMES_OF_DAY = lower("claimant-times-of-day.txt");
    private static final java.util.Set<String> TIME_TITLES = lower("claimant-time-titles.txt");
    private static final java.util.Set<String> ASIDE_ADVERBS = lower("claimant-aside-adverbs.txt");
    private static final java.util.Set<String> PARTY_INITIALS = java.util.Set.copyOf(Lexicon.lines("claimant-party-initials.txt"));
    private final Lexicon lx;
    private final String text;

    private static java.util.Set<String> lower(String name) {
        return java.util.Set.copyOf(Lexicon.lines(name).stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    SpeakerAsides(Lexicon lx, String text) {
        this.lx = lx;
        this.text = text;
    }

    /**
     * claimant.adverbial-opening: where [a, b) opens with a preposition (lexicon/claimant-prepositions.txt: "Despite the new
     * strike BA"), the start of the run of capitalised words that ends it right after a noun of the phrase, or -1 ("in August
     * the U.S. financial industry", "for the production loss at Chengdu").
     */
    int nameAfterPhrase(List<Tok> t, int a, int b, java.util.function.Predicate<Tok> noun) {
        int n = b;
        while (n > a && t.get(n - 1).capitalized()) n--;
        return n == b || n - 1 <= a || !noun.test(t.get(n - 1)) ? -1 : n;
    }

    /**
     * claimant.adverbial-opening: the subject [a, b) read back from a reporting verb, past the verb that reports its clause and a
     * phrase a preposition opens ("said in August the U.S. financial industry"): a where there is none, the name after the
     * phrase ({@link #nameAfterPhrase}), or -1: no subject there, the reporting verb before speaks.
     */
    int pastAdverbial(List<Tok> t, int a, int b, java.util.function.Predicate<Tok> noun) {
        int p = a < b && lx.reportingVerbs.contains(t.get(a).lower()) ? a + 1 : a;
        if (p >= b || !t.get(p).isWord() || !w.prepositions.contains(t.get(p).lower())) return a;
        // ("Early estimates from the World Bank put": a name right after the preposition is read as it was)
        int q = p + 1 < b && w.determiners.contains(t.get(p + 1).lower()) ? p + 2 : p + 1;
        int n = b;
        while (n > q && t.get(n - 1).capitalized()) n--;
        if (n == q && q < b) return a;
        return nameAfterPhrase(t, p, b, noun);
    }

    /**
     * claimant.adverb-aside: "The ministry, however, said", "A later study by the group, for its part, found": a connective of
     * lexicon/claimant-aside-adverbs.txt that fills a segment between commas, [a, b), is no part of the subject.
     */
    static boolean adverbAside(List<Tok> t, int a, int b) {
        if (b <= a || b - a > 3) return false;
        StringBuilder words = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (!t.get(i).isWord() || t.get(i).capitalized()) return false;
            words.append(i > a ? " " : "").append(t.get(i).lower());
        }
        return ASIDE_ADVERBS.contains(words.toString());
    }

    /**
     * claimant.name-before-place: "Simon Hall at Postbridge on Dartmoor": a name of two capitalised words or more,
     * then a place preposition and a capitalised word; the subject ends with the name. The end of [a, b) to keep.
     */
    int beforePlace(List<Tok> t, int a, int b) {
        for (int i = a + 2; i + 1 < b; i++) {
            if (place(t, i) && name(t.get(i - 1)) && name(t.get(i - 2))) return i;
        }
        return b;
    }

    /**
     * claimant.time-after-subject: "The harbor board on Tuesday said", "A Lakeside poll last week found", "The mayor earlier
     * this month announced": a time between a subject and its verb (a preposition of time, "last", "this", "early" or "late",
     * then weekdays, months, days of a month, years, units or parts of a day; or one word of lexicon/claimant-subject-times.txt)
     * is no part of the subject, which ends before it (not a paper's title: lexicon/claimant-time-titles.txt). The end of
     * [a, b) to keep.
     */
    int beforeTime(List<Tok> t, int a, int b) {
        if (b - a < 2 || titled(t, a, b)) return b;
        int x = b - 1;
        if (t.get(x).isWord() && !t.get(x).capitalized() && SUBJECT_TIMES.contains(t.get(x).lower())) return x;
        int core = 0;
        while (x > a && timeCore(t, x)) {
            x--;
            core++;
        }
        int open = 0;
        while (x > a && t.get(x).isWord() && !t.get(x).capitalized() && (w.timePrepositions.contains(t.get(x).lower())
                || w.relativeTimes.contains(t.get(x).lower()) || t.get(x).is("early") || t.get(x).is("late"))) {
            x--;
            open++;
        }
        return core == 0 || open == 0 ? b : x + 1;
    }

    /** A weekday, a month (capitalised), its day, a year, a unit or a part of a day. */
    private boolean timeCore(List<Tok> t, int i) {
        Tok y = t.get(i);
        if (y.isNum()) return y.text().matches("\\d{4}") || y.text().matches("\\d{1,2}") && i > 0 && t.get(i - 1).capitalized()
                && lx.months.containsKey(t.get(i - 1).lower());
        if (!y.isWord()) return false;
        String l = y.lower();
        return lx.weekdays.containsKey(l) || y.capitalized() && lx.months.containsKey(l) || !y.capitalized() && (lx.timeUnits.contains(l)
                || TIMES_OF_DAY.contains(l));
    }

    /** Whether [a, b) ends with a paper's title that holds a time ("The Mail on Sunday"). */
    private boolean titled(List<Tok> t, int a, int b) {
        String s = ClaimantWords.span(text, t, a, b).toLowerCase(java.util.Locale.ROOT);
        for (String title : TIME_TITLES) if (s.endsWith(title)) return true;
        return false;
    }

    /**
     * "..., with the hunt in Badminton, Gloucestershire said", "..., from Hartpury, Gloucestershire, said": one capitalised
     * word after a segment that ends in a place preposition and a capitalised word (no month or weekday) is the rest
     * of that place (its county or country), not the subject (a name of two words is: "A protester in Dhaka, Ana Ruiz,").
     */
    boolean placeTail(List<Tok> t, int[] sg, int[] before) {
        // (a state's abbreviation with its dot is one word: "Police in Dover, Del., say")
        int n = sg[1] - sg[0] == 2 && t.get(sg[0] + 1).is(".") ? 1 : sg[1] - sg[0];
        if (n != 1 || !name(t.get(sg[0])) || before[1] - before[0] < 2) return false;
        int p = before[1] - 1;
        while (p > before[0] && name(t.get(p))) p--;
        return p < before[1] - 1 && place(t, p);
    }

    /**
     * "\"I fully expect\"", "she strongly denied": a lower-case word in -ly between a personal pronoun and the verb is
     * the verb's adverb, the pronoun its subject. The index of the subject's last word (k, or the pronoun's).
     */
    static int pronounAdverb(List<Tok> t, int k, ClaimantWords w) {
        return k >= 1 && t.get(k).isWord() && !t.get(k).capitalized() && t.get(k).lower().endsWith("ly") && t.get(k).lower().length() > 4
                && t.get(k - 1).isWord() && w.pronouns.contains(t.get(k - 1).lower()) ? k - 1 : k;
    }

    /**
     * "the media reports were not \"well informed\"": words that open right after a quotation mark that follows a word
     * of the sentence are a quoted fragment of its predicate, not the subject of the verb inside it.
     */
    static boolean quotedFragment(List<Tok> t, int a) {
        return a >= 2 && ClauseMarks.isQuote(t.get(a - 1)) && t.get(a - 2).isWord() && !t.get(a).capitalized()
                && !ClauseMarks.insideQuote(t, a - 1);
    }

    /**
     * claimant.subject-relative-clause: "A farmer near Ledmore who had spent the night with the rescue teams told": a
     * relative clause that "who" opens after a head of two words or more is no part of a long subject, which ends before "who".
     */
    static int beforeRelativeClause(List<Tok> t, int a, int b) {
        for (int i = a + 2; i < b - 1; i++) if (t.get(i).is("who")) return i;
        return b;
    }

    /** "Ana Ruiz, 34, said": a number of one to three digits alone between commas after a name is an age (not "Of the 40, 25 said"). */
    static boolean age(List<Tok> t, int[] sg) {
        return sg[1] - sg[0] == 1 && t.get(sg[0]).isNum() && t.get(sg[0]).text().matches("\\d{1,3}") && sg[1] < t.size() && t.get(sg[1]).is(",");
    }

    /**
     * claimant.party-state-tag: "Rep. Ana Ruiz, R-Iowa, said", "Pelosi, D-Calif., said": a party's initial
     * (lexicon/claimant-party-initials.txt), a hyphen and a capitalised state, alone between commas after a name, is no subject.
     */
    static boolean partyTag(List<Tok> t, int[] sg) {
        if (sg[1] <= sg[0] || sg[1] - sg[0] > 5 || sg[1] >= t.size() || !t.get(sg[1]).is(",")) return false;
        String first = t.get(sg[0]).text();
        int h = first.indexOf('-');
        if (h < 1 || h + 1 >= first.length() || !PARTY_INITIALS.contains(first.substring(0, h)) || !Character.isUpperCase(first.charAt(h + 1))) return false;
        for (int i = sg[0] + 1; i < sg[1]; i++) if (!(t.get(i).is(".") || t.get(i).capitalized())) return false;
        return true;
    }

    /** "47%", "26 per cent", "five": the subject [a, b) is a figure and the words of its unit. */
    static boolean figure(List<Tok> t, int a, int b) {
        if (b <= a || !t.get(a).isNum()) return false;
        for (int i = a + 1; i < b; i++) if (!(t.get(i).isNum() || t.get(i).is("%") || t.get(i).is("per") || t.get(i).is("cent"))) return false;
        return true;
    }

    /**
     * claimant.survey-frame: "In the Countryfile survey, 47% said", "In a poll for the paper, 61% backed": the sentence
     * opens with "In", a determiner or a possessive and up to six words whose head is an evidential noun
     * (evidential-subjects.txt), then a comma; the survey speaks for the figure that counts the people who answered.
     * Its words ("the Countryfile survey"), or null.
     */
    String surveyFrame(List<Tok> t) {
        if (t.size() < 4 || !t.get(0).is("in") || !t.get(1).isWord()) return null;
        if (!w.determiners.contains(t.get(1).lower()) && !NameShapes.possessive(t.get(1))) return null;
        for (int i = 2; i < t.size() && i <= 7; i++) {
            if (t.get(i).is(",")) {
                boolean survey = false;
                for (int j = 2; j < i; j++) survey |= t.get(j).isWord() && lx.evidentialSubjects.contains(t.get(j).lower()) && !lx.dataNouns.contains(t.get(j).lower());
                return survey ? ClaimantWords.span(text, t, 1, i) : null;
            }
            if (!t.get(i).isWord()) return null;
        }
        return null;
    }

    private boolean place(List<Tok> t, int i) {
        return t.get(i).isWord() && !t.get(i).capitalized() && PLACE_PREPOSITIONS.contains(t.get(i).lower())
                && i + 1 < t.size() && name(t.get(i + 1)) && !lx.months.containsKey(t.get(i + 1).lower())
                && !lx.weekdays.containsKey(t.get(i + 1).lower());
    }

    private boolean name(Tok x) {
        return x.capitalized() && !lx.functionWords.contains(x.lower()) && !w.pronouns.contains(x.lower());
    }
}
