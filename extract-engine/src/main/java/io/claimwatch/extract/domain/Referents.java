package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.NameShapes.hasCapital;
import static io.claimwatch.extract.domain.ClauseMarks.isQuote;
import static io.claimwatch.extract.domain.ClaimantWords.span;

import java.util.List;

/**
 * What a subject refers to across the sentences of one article: the last claimant and the last that
 * is a person's name, so that "he said", "it added" resolve; "this brigade", "the ministry" resolve to
 * the last capitalised name ending in that noun. One instance per document.
 */
final class Referents {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private String last;
    private String lastPerson;
    private final List<String> claimants = new java.util.ArrayList<>();
    private final TextNames names;

    Referents(Lexicon lx, String text, List<Sentences.Sentence> sentences) {
        this.lx = lx;
        this.text = text;
        this.sentences = sentences;
        this.names = new TextNames(text, sentences);
    }

    /** The company the article is about (SubjectCompany), read once, or null. */
    private String company() {
        if (company == null) company = java.util.Optional.ofNullable(SubjectCompany.of(text));
        return company.orElse(null);
    }

    private java.util.Optional<String> company;

    /** The first letters of a name's capitalised words ("British Airways" gives "BA"). */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String x : WordSplits.WHITESPACE.split(name)) if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) out.append(x.charAt(0));
        return out.toString();
    }

    /** The last claimant, or null. */
    String last() {
        return last;
    }

    /** The last claimant or speaker that is a name, or null. */
    String lastPerson() {
        return lastPerson;
    }

    /** Records c as the last claimant (null changes nothing) and returns it. */
    String remember(String c) {
        if (c != null) {
            last = c;
            claimants.add(c);
            if (!c.equals(c.toLowerCase()) && !c.startsWith("the ") && !c.startsWith("The ")) lastPerson = c;
        }
        return c;
    }

    /** Records the speaker of a sentence, whom a later "he said" means, if it is a name. */
    void rememberSpeaker(String first) {
        if (first != null && !first.equals(first.toLowerCase())) lastPerson = first;
    }

    /** The claimant that the subject subj (tokens [a, b) of sentence idx) stands for. */
    String resolve(int idx, String subj, List<Tok> t, int a, int b) {
        // claimant.company-initials: "BA said" in an article about British Airways BAY.L: the company its initials stand for
        if (b - a == 1 && t.get(a).isWord() && WordSplits.capitals(t.get(a).text(), 2, 4) && company() != null
                && initials(company()).equals(t.get(a).text())) return company();
        String head = t.get(b - 1).lower();
        boolean heShe = b - a == 1 && (head.equals("he") || head.equals("she"));
        String own = heShe ? personOpening(t, a) : null;
        if (own != null) return own;
        // "Mayor Paolo Serra, 58, called for more staff. \"...,\" he told reporters": the person who led the sentence before
        if (heShe && idx > 0 && (last == null || !isPersonLike(last))) {
            String lead = leadName(idx - 1);
            if (lead != null) return lead;
        }
        // claimant.pronoun-not-a-document: "A Harbor poll found ... . Ruiz enters the race ... . He reported $8m": never the poll
        String surname = heShe && last != null && idx > 0 && w.nonPersons.contains(lastWord(last)) ? surnameLead(idx - 1) : null;
        if (surname != null) return surname;
        // "he said" after "... that authorities there had confirmed": a person, not the last common noun
        // (claimant.he-not-a-body: nor a body named with "the" and capitals, "Research by the Harbor Institute indicates ...")
        if (heShe && lastPerson != null && last != null && (last.equals(last.toLowerCase())
                || last.startsWith("the ") && last.length() > 4 && Character.isUpperCase(last.charAt(4)))) return lastPerson;
        // "Thursday's report was drawn up by two committees. It said ...": "it" is the report that opens the sentence before
        if (b - a == 1 && head.equals("it") && idx > 0) {
            String report = reportOpening(idx - 1);
            if (report == null) report = statementOpening(idx - 1);
            if (report != null) return report;
        }
        // claimant.it-not-a-person: "The fund raised its forecast, Okafor said. ... which it now expects": a body, never Okafor
        if (b - a == 1 && head.equals("it") && last != null && surnameOfName(last, sentences.get(idx).start())) {
            String body = lastBody(sentences.get(idx).start(), false);
            if (body != null) return body;
        }
        if (b - a == 1 && w.pronouns.contains(head)) return last;
        // "His office announced": the office of the person (or body, for "its") named before
        if (b - a == 2 && w.possessives.contains(t.get(a).lower()) && t.get(b - 1).isWord() && !t.get(b - 1).capitalized()) {
            String owner = t.get(a).is("his") || t.get(a).is("her") ? (lastPerson != null ? lastPerson : last) : last;
            String owned = owner + "'s " + t.get(b - 1).text();
            return owner == null ? subj : owner.endsWith(owned.substring(owner.length())) ? owner : owned;
        }
        // "Mr McConnell said", claimant.title-surname "President Lind said": the full name given earlier ("Jack McConnell")
        if (b - a >= 2 && b - a <= 3 && (w.courtesyTitles.contains(t.get(a).lower()) || PersonTitles.titleBeforeSurname(t.subList(a, b - 1))) && t.get(b - 1).capitalized()) {
            String full = names.fullName(sentences.get(idx).start(), t.get(b - 1).text());
            if (full != null) return full;
        }
        // "The country's biggest lender said" after "..., Alder Bank said": a description of rank names the body named before
        if (rankDescription(t, a, b)) {
            String named = lastNamed();
            if (named != null) return named;
        }
        // claimant.title-referent: "The chief said" after "Police Chief Ana Ruiz said": the person last named with the title
        String titled = t.get(a).is("the") && b - a <= 3 && !hasCapital(t, a + 1, b) ? PersonTitles.lastNamed(text, sentences.get(idx).start(), b - a == 3 ? t.get(a + 1).text() : null, t.get(b - 1).lower()) : null;
        if (titled != null) return titled;
        if (w.determiners.contains(t.get(a).lower()) && !hasCapital(t, a + 1, b) && b - a <= 3) {
            String named = names.namedEndingWith(idx, t.get(b - 1).lower());
            if (named == null && w.issuedNouns.contains(t.get(b - 1).lower())) named = names.issuer(sentences.get(idx).start(), t.get(b - 1).lower());
            if (named == null) named = namedAs(t.get(b - 1).lower());
            // claimant.company-referent: "the company said" in an article about Mattel Inc.: the company it is about
            if (named == null && t.get(a).is("the") && w.companyNouns.contains(t.get(b - 1).lower())) named = company();
            // claimant.body-referent: "The rights group alleged ..." after "Amnesty International said ...": the body named last
            if (named == null && t.get(a).is("the") && w.bodyNouns.contains(t.get(b - 1).lower())) named = lastBody(sentences.get(idx).start(), true);
            if (named != null) return named;
            if (t.get(a).is("this") || t.get(a).is("that")) return last != null ? last : subj;
        }
        return subj;
    }

    /**
     * "the newspaper" after "the official daily Sotsialisticheskaya Industriya said": the last claimant
     * that the noun names by another word (lexicon/claimant-referent-nouns.txt: a noun, then its other words), or null.
     */
    private String namedAs(String noun) {
        List<String> others = w.referentNouns.get(noun);
        if (others == null) return null;
        for (int i = claimants.size() - 1; i >= 0; i--) {
            String c = claimants.get(i);
            if (!hasCapitalLetter(c)) continue;
            for (String x : WordSplits.WHITESPACE.split(c.toLowerCase(java.util.Locale.ROOT))) if (others.contains(x)) return c;
        }
        return null;
    }

    /**
     * "The country's biggest mortgage lender", "the world's second-largest miner": "the", up to six words with a word of
     * rank (lexicon/claimant-rank-words.txt, alone or after a hyphen) and a lower-case head noun; such a description
     * of a known body, as the subject of a reporting verb, refers back to it rather than introducing a new source.
     */
    private boolean rankDescription(List<Tok> t, int a, int b) {
        if (b - a < 3 || b - a > 7 || !t.get(a).is("the") || !t.get(b - 1).isWord() || t.get(b - 1).capitalized()) return false;
        for (int i = a + 1; i < b - 1; i++) {
            if (!t.get(i).isWord()) return false;
            String x = t.get(i).lower();
            if (w.rankWords.contains(x.substring(x.lastIndexOf('-') + 1))) return true;
        }
        return false;
    }

    /** The last claimant that is a name (a capital letter after its article) and no description of rank, or null. */
    private String lastNamed() {
        for (int i = claimants.size() - 1; i >= 0; i--) {
            String c = claimants.get(i);
            String bare = c.startsWith("the ") || c.startsWith("The ") ? c.substring(4) : c;
            if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) || w.pronouns.contains(c.toLowerCase(java.util.Locale.ROOT))) continue;
            boolean rank = false;
            for (String x : WordSplits.WHITESPACE.split(bare.toLowerCase(java.util.Locale.ROOT))) rank |= w.rankWords.contains(x.substring(x.lastIndexOf('-') + 1));
            if (!rank) return c;
        }
        return null;
    }

    private static boolean hasCapitalLetter(String c) {
        for (int i = 0; i < c.length(); i++) if (Character.isUpperCase(c.charAt(i))) return true;
        return false;
    }

    /**
     * "Okafor", "chief economist Ada Okafor" (before the offset): a claimant whose last word is a surname, a capitalised
     * word (no acronym) that ends a name given earlier ("Ada Okafor") and stands alone elsewhere ("Okafor said"; not
     * "the Fund", which is a body's).
     */
    private boolean surnameOfName(String c, int before) {
        String s = c.substring(c.lastIndexOf(' ') + 1);
        // (not "a statement released Thursday" after "On Thursday, ...": a day or a month is no surname)
        String low = s.toLowerCase(java.util.Locale.ROOT);
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || s.equals(s.toUpperCase(java.util.Locale.ROOT))
                || lx.weekdays.containsKey(low) || lx.months.containsKey(low) || names.fullName(before, s) == null) return false;
        // where the article's index of words has the surname's letters (one with a letter right before it is no word)
        for (int at : NameIndex.of(text).written(text, s)) {
            if (at >= before) break;
            int end = at + s.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))) continue;
            int e = at;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e == 0 || !Character.isLetter(text.charAt(e - 1))) return true;
            int b = names.wordBefore(0, at);
            if (b < 0) continue;
            String prev = text.substring(b, e);
            if (Character.isLowerCase(prev.charAt(0)) && !w.determiners.contains(prev)) return true;
        }
        return false;
    }

    /** The last claimant (with a capital letter, when {@code named}) that is neither a pronoun nor a person's (before the offset), or null. */
    private String lastBody(int before, boolean named) {
        for (int i = claimants.size() - 1; i >= 0; i--) {
            String c = claimants.get(i);
            if (named && !hasCapitalLetter(c)) continue;
            if (!w.pronouns.contains(c.toLowerCase(java.util.Locale.ROOT)) && !surnameOfName(c, before)) return c;
        }
        return null;
    }

    /** "Sultan", "Ana Ruiz": capitalised words without an article, a plural or an acronym. */
    private static boolean isPersonLike(String c) {
        String[] ws = WordSplits.WHITESPACE.split(c);
        if (ws.length > 5) return false;
        for (String x : ws) {
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || x.length() > 1 && x.equals(x.toUpperCase())) return false;
        }
        return !ws[0].equals("The") && !c.endsWith("s");
    }

    /**
     * claimant.report-referent: "Thursday's report was drawn up by ...", "The survey of 2,000 adults was carried out
     * in May": a determiner or a possessive, then up to five words whose head is a singular evidential noun
     * (evidential-subjects.txt, not a noun of data), opening the sentence as its subject; its words, or null.
     */
    private String reportOpening(int idx) {
        Sentences.Sentence s = sentences.get(idx);
        List<Tok> t = Tok.of(text, s.start(), s.end());
        if (t.size() < 3 || !t.get(0).isWord() || !w.determiners.contains(t.get(0).lower()) && !NameShapes.possessive(t.get(0))) return null;
        for (int j = 1; j < t.size() - 1 && j <= 5 && t.get(j).isWord(); j++) {
            String x = t.get(j).lower();
            if (lx.evidentialSubjects.contains(x) && !lx.dataNouns.contains(x) && !x.endsWith("s")) {
                return t.get(j + 1).isWord() && !t.get(j + 1).capitalized() ? span(text, t, 0, j + 1) : null;
            }
        }
        return null;
    }

    /**
     * claimant.statement-opening: "In a statement after the vote, the Harbor Tenants Union urged ...": a sentence that opens
     * with "In", an article or a possessive and a noun of a medium (lexicon/claimant-medium-nouns.txt), then up to six
     * words and a comma, and whose subject is a name (capitalised words, with "of", "for", "and" inside, after "the"); its
     * words, which a later "it said" means, or null.
     */
    private String statementOpening(int idx) {
        Sentences.Sentence s = sentences.get(idx);
        List<Tok> t = Tok.of(text, s.start(), s.end());
        if (t.size() < 6 || !t.get(0).is("in") || !t.get(1).is("a") && !w.determiners.contains(t.get(1).lower())
                && !NameShapes.possessive(t.get(1)) || !w.mediumNouns.contains(t.get(2).lower())) return null;
        int c = 3;
        while (c < t.size() && c <= 9 && !t.get(c).is(",")) c++;
        if (c >= t.size() - 2 || !t.get(c).is(",")) return null;
        int a = c + 1, b = t.get(a).is("the") ? a + 1 : a;
        while (b < t.size() && (t.get(b).capitalized() || t.get(b).isWord() && w.nameJoiners.contains(t.get(b).lower()) && !t.get(b).is("the"))) b++;
        if (b - 1 <= a || !t.get(b - 1).capitalized() || b >= t.size() || !t.get(b).isWord() || t.get(b).capitalized()) return null;
        return span(text, t, a, b);
    }

    /** The name that opens a sentence ("Mayor Paolo Serra, 58, called ..."), or null. */
    /**
     * claimant.pronoun-own-subject: "Meanwhile, a farmer in flood-hit Hunan lost 800 pigs, he told state TV": the person
     * the pronoun's own sentence (tokens t, pronoun at p) brings in as its subject, "a", "an" or "one" (after one word and
     * a comma), up to three words and a noun of a person (lexicon/claimant-indefinites.txt, -person-nouns.txt), with a
     * place in capitals after "in", "at", "near" (lexicon/claimant-place-prepositions.txt); its words, or null.
     */
    private String personOpening(List<Tok> t, int p) {
        int a = t.size() > 2 && t.get(1).is(",") ? 2 : 0;
        if (a + 1 >= p || !t.get(a).isWord() || !w.indefinites.contains(t.get(a).lower())) return null;
        int n = a + 1;
        while (n < p && n - a <= 3 && t.get(n).isWord() && !t.get(n).capitalized() && !w.personNouns.contains(t.get(n).lower())) n++;
        if (n >= p || !t.get(n).isWord() || !w.personNouns.contains(t.get(n).lower())) return null;
        int b = n + 1;
        if (b + 1 < p && t.get(b).isWord() && w.placePrepositions.contains(t.get(b).lower())) {
            int e = b + 1;
            while (e < p && e - b <= 3 && (t.get(e).is("-") || t.get(e).isWord() && !t.get(e).capitalized())) e++;
            int c = e;
            while (c < p && t.get(c).isWord() && t.get(c).capitalized()) c++;
            if (c > e) b = c;
        }
        return span(text, t, a, b);
    }

    /** The lower-case last word of a claimant ("SAY24/YouGov poll" -> "poll"). */
    private static String lastWord(String c) {
        return c.substring(c.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "Ruiz enters the race with more cash": one capitalised word opening sentence idx before a lower-case word, a
     * surname whose full name the article gave earlier ("Ana Ruiz"); that full name, or null.
     */
    private String surnameLead(int idx) {
        Sentences.Sentence s = sentences.get(idx);
        List<Tok> t = Tok.of(text, s.start(), s.end());
        if (t.size() < 2 || !t.get(0).isWord() || !t.get(0).capitalized() || lx.functionWords.contains(t.get(0).lower())
                || !t.get(1).isWord() || t.get(1).capitalized()) return null;
        return names.fullName(s.start(), t.get(0).text());
    }

    /** The name of up to six capitalised words, a person's (not a body's: "Harbor Labor Party"), that opens sentence idx, or null. */
    String leadName(int idx) {
        Sentences.Sentence s = sentences.get(idx);
        List<Tok> t = Tok.of(text, s.start(), s.end());
        int a = 0;
        while (a < t.size() && isQuote(t.get(a))) a++;
        int b = a;
        // (the dot of a title goes on: "Dr. Manoj Narayanan, the superintendent, ...")
        while (b < t.size() && b - a < 6 && (t.get(b).capitalized()
                || t.get(b).is(".") && b > a && b + 1 < t.size() && t.get(b - 1).end() == t.get(b).start() && t.get(b + 1).capitalized())) b++;
        if (b - a < 2 || b >= t.size() || lx.functionWords.contains(t.get(a).lower()) || t.get(a).is("the")) return null;
        if (!t.get(b).is(",") && !(t.get(b).isWord() && !t.get(b).capitalized())) return null;
        String name = span(text, t, a, b);
        return isPersonLike(name) && !w.organisationHeads.contains(lastWord(name)) ? name : null;   // claimant.lead-name-a-person
    }
}
