package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists of the claimant stage, read once from {@code lexicon/claimant-*.txt} (one word a
 * line), with the tests on words that the claimant rules share; the marks of a clause are {@link ClauseMarks}', the
 * shapes of a name {@link NameShapes}'. Immutable and shared.
 */
final class ClaimantWords {

    /** "he", "it": stand for the last claimant. */
    final Set<String> pronouns = words("pronouns");
    /** "has", "also", "later": between a speaker and a reporting verb. */
    final Set<String> verbAdverbs = words("verb-adverbs");
    /** "from", "who": open a phrase that is no subject. */
    final Set<String> prepositions = words("prepositions");
    /** "the", "conflicting": before a reporting word, make it a noun ("Russian claims"). */
    final Set<String> nounMarkers = words("noun-markers");
    /** "the", "this", "that": of a common noun that refers back to a name. */
    final Set<String> determiners = words("determiners");
    /** "which", "after": open a clause whose verb reports nothing of its own. */
    final Set<String> clauseOpeners = words("clause-openers");
    /** "while", "but": the clause after has its own source. */
    final Set<String> contrasts = words("contrasts");
    /** "the", "in": a reporting verb after one is a noun. */
    final Set<String> nounContext = words("noun-context");
    /** "newly", "most": modifiers of a noun before which a participle is an adjective (claimant.attributive-participle). */
    final Set<String> attributiveModifiers = words("attributive-modifiers");
    /** Forms of "be": a verb after one is passive. */
    final Set<String> passive = words("passive");
    /** "in", "of": a homograph that ends a sentence after one is a noun. */
    final Set<String> verbPrepositions = words("verb-prepositions");
    /** "that", "about": follow a reporting verb, not a noun. */
    final Set<String> verbComplements = words("verb-complements");
    /** "last", "this": open a time before a subject. */
    final Set<String> relativeTimes = words("relative-times");
    /** "needed", "required": after "the N", a threshold. */
    final Set<String> thresholds = words("thresholds");
    /** "lives": "claimed three lives" kills. */
    final Set<String> lifeNouns = words("life-nouns");
    /** "claimed": a reporting verb that can take lives. */
    final Set<String> lifeVerbs = words("life-verbs");
    /** "estimates", "count": "by some estimates" names the source. */
    final Set<String> estimateNouns = words("estimate-nouns");
    /** "well", "many": ", as well as" coordinates. */
    final Set<String> asCoordinators = words("as-coordinators");
    /** "in", "during": open a time before a subject. */
    final Set<String> timePrepositions = words("time-prepositions");
    /** "of", "and": lower-case words inside a long proper name. */
    final Set<String> nameJoiners = words("name-joiners");
    /** "told", "informed": the name after one is the addressee. */
    final Set<String> addresseeVerbs = words("addressee-verbs");
    final Set<String> addresseeCountVerbs = words("addressee-count-verbs");
    final Set<String> bodyNouns = words("body-nouns");
    final Set<String> companyNouns = words("company-nouns");
    /** "had", "has": auxiliaries of the perfect. */
    final Set<String> perfect = words("perfect");
    /** "his", "its": a subject "his office" is its owner's. */
    final Set<String> possessives = words("possessives");
    /** "mr", "dr": before a surname, stand for the full name given earlier. */
    final Set<String> courtesyTitles = words("courtesy-titles");
    /** "all told": two words in which a reporting verb reports nothing. */
    final Set<String> notReporting = words("not-reporting");
    /** "added": a reporting verb that also sums ("added 337,000 jobs"). */
    final Set<String> sumVerbs = words("sum-verbs");
    /** "another", "about": words between a summing verb and the figure it adds. */
    final Set<String> sumHedges = words("sum-hedges");
    /** "analysts", "our": a source whose report does not go on into the next sentence. */
    final Set<String> notCarried = words("not-carried");
    /** "newspaper" -> "daily", "paper": a common noun and the other words by which a claimant named before is that noun. */
    final java.util.Map<String, List<String>> referentNouns = wordMap("referent-nouns");

    /** "the Harbor Herald", "the China Daily": a name whose last word is a paper's title word (lexicon/claimant-referent-nouns.txt). */
    boolean paperTitle(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.contains(" ") && referentNouns.values().stream().anyMatch(l -> l.contains(last));
    }
    /** "which", "who": open a relative clause between commas. */
    final Set<String> relativePronouns = words("relative-pronouns");
    /** "quoted", "saying": "Y was quoted as saying" reports, its subject the speaker. */
    final Set<String> quotedAs = words("quoted-as");
    /** "for", "of": "a spokeswoman for Hanover Re" speaks for the name after one. */
    final Set<String> speaksFor = words("speaks-for");
    /** "estimated", "fears", "found": a view or a finding, whose source covers its own clause only. */
    final Set<String> viewVerbs = words("view-verbs");
    /** "sees", "projects": a view that reports only with a clause as its object (claimant.view-of-a-clause). */
    final Set<String> clauseViews = words("clause-views");
    /** "charge": a verb, as a lemma, that reports with a "that" clause after it (claimant.charged-that). */
    final Set<String> thatReports = words("that-reports");
    /** "identified": a finding that reports with a body named by its acronym as subject (claimant.acronym-finds). */
    final Set<String> findingVerbs = words("finding-verbs");
    /** "statement": what a body issues; "the statement said" is the body of an earlier "statement by X". */
    final Set<String> issuedNouns = words("issued-nouns");
    /** "letter", "statement": a document whose content a wire reports over paragraphs ("The letter said ..."). */
    final Set<String> documentNouns = words("document-nouns");
    /** "poll", "survey": a source whose findings go on over its paragraph (claimant.poll-goes-on). */
    final Set<String> pollNouns = words("poll-nouns");
    /** "report", "audit": a document whose findings a colon lists (claimant.findings-list). */
    final Set<String> findingsNouns = words("findings-nouns");
    /** "reporters", "journalists": whom "added to" addresses, a report ("the challenges" is what it increases: claimant.adds-to-not-reporting). */
    final Set<String> audienceNouns = words("audience-nouns");
    /** "than": a reporting verb right after one has no subject ("faster than predicted": claimant.comparison-no-subject). */
    final Set<String> comparisonWords = words("comparison-words");
    /** "law", "rules": what is done "according to" one is no source's report (claimant.norm-not-a-source). */
    final Set<String> normNouns = words("norm-nouns");
    /** "statement", "post", "release": what a body speaks through ("according to a statement posted to X" is the speaker's). */
    final Set<String> mediumNouns = words("medium-nouns");

    /**
     * claimant.unnamed-medium: "a statement", "an announcement": "a" or "an" and a noun of a medium (lexicon/claimant-medium-nouns.txt),
     * nothing else (not "a government bulletin", "a police statement": a word before the noun names who issued it).
     */
    boolean unnamedMedium(String c) {
        String[] x = WordSplits.WHITESPACE.split(c);
        return x.length == 2 && (x[0].equals("a") || x[0].equals("an") || x[0].equals("A") || x[0].equals("An")) && mediumNouns.contains(x[1]);
    }
    /** "but", "however": open a sentence that goes on with the one before it (claimant.named-next). */
    final Set<String> nextOpeners = words("next-openers");
    /** "a", "one": bring in a new person at a sentence's opening (claimant.pronoun-own-subject). */
    final Set<String> indefinites = words("indefinites");
    /** "farmer", "resident": a person a sentence can open with, whom its "he told" means (claimant.pronoun-own-subject). */
    final Set<String> personNouns = words("person-nouns");
    /** "poll", "report": the head of a name that "he"/"she" never stands for (claimant.pronoun-not-a-document). */
    final Set<String> nonPersons = words("non-persons");
    /** "in", "at", "near": before the place after a person ("a farmer in Hunan"). */
    final Set<String> placePrepositions = words("place-prepositions");
    /** "showing", "suggesting": give the content of "data from X" (claimant.data-publisher). */
    final Set<String> dataParticiples = words("data-participles");
    /** "reportedly", "allegedly": the outlet gives a figure as hearsay of unnamed others, no document's content. */
    final Set<String> hearsayWords = words("hearsay-words");
    /** "will", "would": a reporting verb after one tells of a report not made yet (claimant.future-report). */
    final Set<String> futureModals = words("future-modals");
    /** "information", "data": what a source hands over ("The information provided by X indicated": claimant.provided-by). */
    final Set<String> providedNouns = words("provided-nouns");
    /** "provided", "supplied": the participle before "by" and the source's name (claimant.provided-by). */
    final Set<String> providedParticiples = words("provided-participles");
    /** "announced", "proposed": right after a figure, with "by", name whose figure it is (claimant.announced-by). */
    final Set<String> announcedParticiples = words("announced-participles");
    /** "economists", "traders": "looking for" a figure is their expectation (claimant.looking-for). */
    final Set<String> forecasters = words("forecasters");
    /** "plan", "recommendations": what is "according to" one is its terms, no report (claimant.plan-terms). */
    final Set<String> planNouns = words("plan-nouns");
    /** "announcement", "decision": with the plans, "under X's ..." makes X the claimant (claimant.under-plan). */
    final Set<String> ownedTerms = words("owned-terms");
    /** "research", "analysis": a piece of work whose maker "by" names (claimant.research-by). */
    final Set<String> researchNouns = words("research-nouns");

    /** "that", "a": open the content of a reporting verb right after it ("said a wage of $20 is not enough"). */
    final Set<String> contentOpeners = words("content-openers");
    /** "first", "second": an ordinal as a subject's head stands for one of a series, not a source. */
    final Set<String> ordinals = words("ordinals");
    /** "biggest", "largest": a word of rank in a description of a body named before ("the country's biggest lender"). */
    final Set<String> rankWords = words("rank-words");

    /** "latest", "released", "on": the words beside a noun of data that name no owner of it ("figures released Tuesday"). */
    final Set<String> ownerlessDataWords = words("ownerless-data-words");

    /** "regions", "counties": places where a figure was recorded, which report nothing ("Some regions reported 300 mm of rain"). */
    final Set<String> placeNouns = words("place-nouns");

    /** "which", "that": a relative pronoun that can be the object of a reporting verb ("the toll which the army said"). */
    final Set<String> objectRelatives = words("object-relatives");

    /** "listed", "compiled": a participle of recording whose agent ("by X") gives the figure. */
    final Set<String> agentParticiples = words("agent-participles");
    /** "party", "council": last words of a body's name, which "he" or "she" never means (claimant.lead-name-a-person). */
    final Set<String> organisationHeads = words("organisation-heads");

    /**
     * claimant.verb-not-a-name: "said" (of a doubled "said said Dr Ana Ruiz"), "indicates 53% of voters": a reporting or
     * evidential verb in lower case (not one that is also a noun: "estimates by the IMF") that opens the words read as a
     * subject names no one; the words after it do ("said the latest council results" -> "the latest council results"), unless
     * nothing or a figure follows; a form of "be" or of the perfect in lower case that opens them (lexicon/claimant-passive.txt:
     * "..., are all feared dead") opens a predicate, and names no one. c without that verb, c itself, or null.
     */
    String withoutVerb(String c, Lexicon lx) {
        if (c == null) return null;
        int sp = c.indexOf(' ');
        String first = sp < 0 ? c : c.substring(0, sp);
        if (!first.isEmpty() && Character.isLowerCase(first.charAt(0)) && passive.contains(first)) return null;
        if (first.isEmpty() || !Character.isLowerCase(first.charAt(0)) || lx.nounVerbs.contains(first) || lx.evidentialSubjects.contains(first)
                || !lx.reportingVerbs.contains(first) && !lx.evidentialVerbs.contains(first)) return c;
        String rest = sp < 0 ? "" : c.substring(sp + 1).strip();
        return rest.isEmpty() || Character.isDigit(rest.charAt(0)) ? null : rest;
    }

    static final ClaimantWords WORDS = new ClaimantWords();

    /** Lines of words: the first word maps to the words after it. */
    private static java.util.Map<String, List<String>> wordMap(String name) {
        java.util.Map<String, List<String>> m = new java.util.HashMap<>();
        for (String l : Lexicon.lines("claimant-" + name + ".txt")) {
            String[] ws = l.toLowerCase(Locale.ROOT).trim().split("\\s+");
            if (ws.length > 1) m.put(ws[0], List.of(ws).subList(1, ws.length));
        }
        return java.util.Map.copyOf(m);
    }

    private ClaimantWords() {}

    private static Set<String> words(String name) {
        List<String> lines = Lexicon.lines("claimant-" + name + ".txt");
        return Set.copyOf(lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    // ------------------------------------------------------------------ shapes of tokens

    /** Where the hedge of one to three words right before the figure at f opens ("more than 250"), or f. */
    static int hedgeStart(List<Tok> t, int f, Lexicon lx) {
        for (int n = 3; n >= 1; n--) {
            if (f - n < 0) continue;
            StringBuilder b = new StringBuilder();
            for (int i = f - n; i < f; i++) b.append(i > f - n ? " " : "").append(t.get(i).lower());
            if (lx.hedgesBefore.containsKey(b.toString())) return f - n;
        }
        return f;
    }

    /**
     * A lower-case -ing form of a verb ("citing", "reporting", "meaning"; not "king" or "thing"). The
     * engine has no verb lexicon to read the stem in, so the shape decides; it is read only here.
     */
    static boolean ingForm(Tok w) {
        return w.isWord() && !w.capitalized() && w.lower().length() > 5 && w.lower().endsWith("ing");
    }

    /** A regular past form or participle ("polled", "confirmed"), by its shape; read only here. */
    static boolean edForm(String lower) {
        return lower.length() > 3 && lower.endsWith("ed");
    }

    static boolean contains(List<Tok> t, int[] sg, String lower) {
        for (int i = sg[0]; i < sg[1]; i++) if (t.get(i).is(lower)) return true;
        return false;
    }

    boolean contrastBetween(List<Tok> t, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, t.size()); i++) if (contrasts.contains(t.get(i).lower())) return true;
        return false;
    }

    /** Capitalised words, with "the", "of", "for", "and" between them and an acronym in brackets. */
    boolean properNameSpan(List<Tok> t, int a, int b) {
        boolean bracket = false;
        int caps = 0;
        for (int i = a; i < b; i++) {
            Tok w = t.get(i);
            if (w.is("(")) bracket = true;
            else if (w.is(")")) bracket = false;
            else if (bracket) continue;
            else if (w.capitalized()) caps++;
            else if (!nameJoiners.contains(w.lower()) || i == b - 1) return false;
        }
        return caps >= 3 && t.get(a).capitalized();
    }

    /** The text of tokens [a, b), its line breaks as spaces ("Rio de\nJaneiro" in wrapped copy). */
    /**
     * claimant.ownerless-data: "figures released Tuesday", "latest figures", "the new data": a source that is only a
     * noun of data (dataNouns) and words that name no owner (lexicon/claimant-ownerless-data-words.txt, weekdays,
     * months, numbers). Not "official figures", "customs figures", "figures from the UN".
     */
    boolean ownerlessData(String claimant, Lexicon lx) {
        boolean data = false;
        for (String x : WordSplits.WHITESPACE.split(claimant.toLowerCase(Locale.ROOT).strip())) {
            String y = withoutTrailingStops(x);
            if (y.isEmpty()) continue;
            if (lx.dataNouns.contains(y)) data = true;
            else if (!ownerlessDataWords.contains(y) && !ownerlessDataWords.contains(y.substring(Math.max(0, y.lastIndexOf('-'))))
                    && !lx.weekdays.containsKey(y) && !lx.months.containsKey(y)
                    && !allDigits(y)) return false;
        }
        return data;
    }

    /**
     * claimant.charged-that: whether the word at k is a form of a verb of lexicon/claimant-that-reports.txt with "that" right
     * after it ("prosecutors charged that the group stole ..."), which reports its clause as "said" does.
     */
    boolean thatReport(List<Tok> t, int k) {
        if (k + 1 >= t.size() || !t.get(k).isWord() || !t.get(k + 1).is("that")) return false;
        for (String lemma : WordForms.of(t.get(k).lower())) if (thatReports.contains(lemma)) return true;
        return false;
    }

    /** The word without the stops that end it ("figures." is "figures"), as {@code replaceAll("[.,;:]+$", "")}. */
    private static String withoutTrailingStops(String x) {
        char last = x.isEmpty() ? ' ' : x.charAt(x.length() - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return TRAILING_STOPS.matcher(x).replaceAll("");   // "$" matches before a final line terminator too
        }
        int e = x.length();
        while (e > 0 && ".,;:".indexOf(x.charAt(e - 1)) >= 0) e--;
        return x.substring(0, e);
    }

    private static final java.util.regex.Pattern TRAILING_STOPS = java.util.regex.Pattern.compile("[.,;:]+$");

    private static boolean allDigits(String y) {
        for (int i = 0; i < y.length(); i++) if (!Character.isDigit(y.charAt(i))) return false;
        return true;
    }

    static String span(String text, List<Tok> t, int a, int b) {
        String s = text.substring(t.get(a).start(), t.get(b - 1).end()).strip();
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replaceAll("\\s+", " ");
    }
}
