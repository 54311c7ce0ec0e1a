package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The event a count of a fate is of, in its counted phrase, read over the whole article after the
 * claims are keyed (so the key is not changed by it):
 * <ul>
 * <li>{@code counted.event-antecedent}: a phrase that names its event by reference ("people killed in
 * those blasts", "in the clashes") takes the event's last earlier mention of the same family of causes
 * that says more of it ("bombings at two mosques in Sanaa");
 * <li>{@code counted.article-event}: a count of a fate of {@code counted-fate-events.txt} (killed,
 * injured, missing, displaced, on board ...) of the article's event whose phrase names no event takes
 * the mention of that event in the headline and lead ("people killed in the suicide bombings in
 * Maiduguri"), unless its sentence gives it a scope of its own since a month or a year ("since April 2014").
 * </ul>
 * A mention is an event noun of {@code keys/causes.txt} after a determiner, a figure or one or two
 * modifiers, or before a preposition of {@code counted-event-links.txt}, with at most
 * {@value #MODIFIERS} modifiers and {@value #COMPLEMENT} words after that preposition, ending before a time
 * ("in recent weeks"): no mention ends in, or is, a time phrase.
 */
final class ArticleEvents {

    static final int MODIFIERS = 2;
    static final int COMPLEMENT = 5;
    /** The headline and lead: the sentences an article names its event in. */
    static final int LEAD = 3;

    private static final ConceptLexicon FAMILIES = ConceptLexicon.load("/keys/cause-families.txt");
    private static final ConceptLexicon FATE_WORDS = ConceptLexicon.load("/keys/events.txt");
    private static final Set<String> FATES = Set.copyOf(Lexicon.lines("counted-fate-events.txt"));
    private static final Set<String> REFERENCES = Set.copyOf(Lexicon.lines("event-references.txt").stream().map(l -> l.substring(0, l.indexOf('|'))).toList());
    private static final Set<String> LINKS = Set.copyOf(Lexicon.lines("counted-event-links.txt"));
    private static final Set<String> DETERMINERS = Set.copyOf(Lexicon.lines("counted-event-determiners.txt"));
    private static final Set<String> EVENT_NOUNS = Set.copyOf(Lexicon.lines("counted-event-nouns.txt"));
    private static final Set<String> TIMES = Set.copyOf(Lexicon.lines("counted-event-times.txt"));
    private static final Set<String> STOPS = Set.copyOf(Lexicon.lines("counted-event-stops.txt"));
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** An event's mention: its sentence, its span, its cause, its words and whether it says more than its noun. */
    record Mention(int sentence, int start, int end, String cause, String words, boolean complement, boolean plural, boolean recalled) { }

    private ArticleEvents() { }

    /** The claims, each count of a fate given the event it is of where its phrase names none or names it by reference. */
    static List<ExtractedClaim> named(String text, SentenceTokens ss, List<ExtractedClaim> claims, EventFrame frame, Lexicon lx) {
        if (claims.stream().noneMatch(ArticleEvents::ofFate)) return claims;   // no count of a fate: the mentions are not read
        List<Mention> mentions = mentions(text, ss, lx);
        if (mentions.isEmpty()) return claims;
        Mention lead = lead(mentions, frame.cause());
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        for (ExtractedClaim c : claims) {
            if (!ofFate(c)) {
                out.add(c);
                continue;
            }
            // frame.recalled-event: a toll told in what the sentence brings in as the reason for the article's event ("in
            // retaliation for raids last week that killed nine fighters") is of that earlier event: it takes its mention there
            int at = c.figureIn(text) >= 0 ? c.figureIn(text) : c.start();
            Mention recalled = recalledAt(text, ss, mentions, at);
            out.add(named(text, c, mentions, recalled != null ? recalled : ownScope(ss, c, lx) || inRecalled(text, ss, at) ? null : lead,
                    frame.cause()));
        }
        return out;
    }

    /** A count with no unit whose key's event is a fate of {@code counted-fate-events.txt}: the claims {@link #named} may name. */
    private static boolean ofFate(ExtractedClaim c) {
        String counted = c.counted();
        return counted != null && !counted.isEmpty() && c.key() != null && FATES.contains(c.key().event()) && c.unit().isEmpty();
    }

    private static ExtractedClaim named(String text, ExtractedClaim c, List<Mention> mentions, Mention lead, String frameCause) {
        String counted = c.counted();
        List<String> words = List.of(counted.toLowerCase(Locale.ROOT).split(" "));
        if (words.stream().noneMatch(x -> WordForms.first(FATE_WORDS, List.of(x)) != null)) return c;   // the phrase names the fate: not "population"
        int ref = reference(words);
        if (ref >= 0) {
            String cause = WordForms.first(EventKinds.CAUSES, words.subList(ref + 1, ref + 2));
            Mention m = antecedent(mentions, c.start(), family(cause != null ? cause : frameCause), plural(words.get(ref + 1)));
            if (m == null) return c;
            String[] raw = counted.split(" ");
            String phrase = String.join(" ", List.of(raw).subList(0, ref)) + " " + m.words() + tail(raw, ref + 2);
            return c.withCounted(phrase, CountedRule.EVENT_ANTECEDENT.id, text, m.start(), m.end());
        }
        if (lead == null || c.background() && !lead.recalled() || words.stream().anyMatch(ArticleEvents::eventNoun) || WordForms.first(EventKinds.CAUSES, words) != null
                || namedByReference(words)
                || lead.start() >= c.start() && lead.end() <= c.end() && !lead.recalled()) return c;
        return c.withCounted(counted + " in " + lead.words(), CountedRule.ARTICLE_EVENT.id, text, lead.start(), lead.end());
    }

    /** The index of a reference ("those") before an event noun at the phrase's end or before its preposition ("in those blasts"); -1 if none. */
    private static int reference(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!REFERENCES.contains(words.get(i)) || !(words.get(i - 1).equals("in") || words.get(i - 1).equals("during") || words.get(i - 1).equals("by"))) continue;
            if (i + 2 < words.size() && !LINKS.contains(words.get(i + 2))) continue;
            if (i + 2 < words.size()) return -1;   // "in the attack on the museum": named already
            if (eventNoun(words.get(i + 1))) return i;
        }
        return -1;
    }

    /** "militants killed in the operation": a phrase that ends in "in/during" a reference and one noun names its event already. */
    private static boolean namedByReference(List<String> words) {
        int n = words.size();
        return n >= 3 && (words.get(n - 3).equals("in") || words.get(n - 3).equals("during")) && REFERENCES.contains(words.get(n - 2))
                && !words.get(n - 1).isEmpty() && Character.isLowerCase(words.get(n - 1).charAt(0));
    }

    private static String tail(String[] raw, int from) {
        return from >= raw.length ? "" : " " + String.join(" ", List.of(raw).subList(from, raw.length));
    }

    private static String family(String cause) {
        if (cause == null) return null;
        String f = WordForms.first(FAMILIES, List.of(cause));
        return f == null ? cause : f;
    }

    /**
     * The last mention before offset at of the family that says more than its noun and agrees in number with the
     * reference ("those blasts": "bombings at two mosques", not "the first attack in the country"); null if none.
     */
    private static Mention antecedent(List<Mention> mentions, int at, String family, boolean plural) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.start() >= at) break;
            if (m.complement() && m.plural() == plural && family != null && family.equals(family(m.cause()))) found = m;
        }
        return found;
    }

    /** An event noun in the plural: "blasts", "clashes" (not "fighting"). */
    private static boolean plural(String l) {
        return l.endsWith("s") && !EVENT_NOUNS.contains(l);
    }

    /** The article's event in its headline and lead: the first mention of its cause there that says more than its noun, else the first. */
    private static Mention lead(List<Mention> mentions, String cause) {
        if (cause == null || cause.isEmpty()) return null;
        Mention first = null;
        for (Mention m : mentions) {
            if (m.sentence() >= LEAD) break;
            if (!cause.equals(m.cause()) || m.recalled()) continue;   // frame.recalled-event: "in retaliation for raids near the border"
            if (m.complement()) return m;
            if (first == null) first = m;
        }
        return first;
    }

    /** The sentence's recalled span holding offset {@code at} ({@link RecalledEvents}); null when none does. */
    private static int[] recalledSpan(String text, SentenceTokens ss, int at) {
        for (Sentences.Sentence s : ss.sentences()) {
            if (at < s.start() || at >= s.end()) continue;
            for (int[] r : RecalledEvents.spans(text, s.start(), s.end())) if (at >= r[0] && at < r[1]) return r;
            return null;
        }
        return null;
    }

    private static boolean inRecalled(String text, SentenceTokens ss, int at) {
        return recalledSpan(text, ss, at) != null;
    }

    /** The first mention of an event in the recalled span that holds offset {@code at}, before it; null if none. */
    private static Mention recalledAt(String text, SentenceTokens ss, List<Mention> mentions, int at) {
        int[] r = recalledSpan(text, ss, at);
        if (r == null) return null;
        for (Mention m : mentions) if (m.start() >= r[0] && m.end() <= at) return m;
        return null;
    }

    /** Every mention of an event in the article, in order. */
    static List<Mention> mentions(String text, SentenceTokens ss, Lexicon lx) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < ss.sentences().size(); i++) {
            List<Tok> t = ss.of(i);
            Sentences.Sentence s = ss.sentences().get(i);
            List<int[]> recalled = RecalledEvents.spans(text, s.start(), s.end());
            for (int k = 0; k < t.size(); k++) {
                Mention m = mention(text, t, k, i, lx);
                if (m != null && RecalledEvents.within(recalled, m.start())) m = new Mention(m.sentence(), m.start(), m.end(), m.cause(), m.words(),
                        m.complement(), m.plural(), true);
                if (m != null) out.add(m);
            }
        }
        return out;
    }

    private static Mention mention(String text, List<Tok> t, int k, int sentence, Lexicon lx) {
        Tok head = t.get(k);
        if (!head.isWord() || head.capitalized() || lx.functionWords.contains(head.lower())) return null;
        if (!eventNoun(head.lower())) return null;
        String cause = WordForms.first(EventKinds.CAUSES, List.of(head.lower()));
        int a = k;
        while (a > 0 && k - a < MODIFIERS && modifier(t.get(a - 1), lx)) a--;
        boolean determined = a > 0 && (DETERMINERS.contains(t.get(a - 1).lower()) || REFERENCES.contains(t.get(a - 1).lower()) || t.get(a - 1).isNum());
        int b = k + 1;
        boolean complement = false;
        if (b + 1 < t.size() && LINKS.contains(t.get(b).lower()) && (t.get(b + 1).isWord() || t.get(b + 1).isNum())) {
            int e = b + 1;
            while (e < t.size() && (e - b <= COMPLEMENT || e - b <= COMPLEMENT + 2 && t.get(e).capitalized() && t.get(e - 1).capitalized())
                    && !time(t, e, lx) && !fate(t.get(e)) && !STOPS.contains(t.get(e).lower()) && (t.get(e).isNum() || t.get(e).isWord() && !verbish(t.get(e))
                    && (!lx.functionWords.contains(t.get(e).lower()) || DETERMINERS.contains(t.get(e).lower()) || LINKS.contains(t.get(e).lower())))) e++;
            while (e > b + 1 && (lx.functionWords.contains(t.get(e - 1).lower()) || LINKS.contains(t.get(e - 1).lower()))) e--;
            if (e > b + 1 && (t.get(e - 1).isWord() || t.get(e - 1).isNum())) {
                b = e;
                complement = true;
            }
        }
        if (!determined && !complement && a == k) return null;
        int from = a > 0 && DETERMINERS.contains(t.get(a - 1).lower()) ? a - 1 : a;
        String words = WHITESPACE.matcher(text.substring(t.get(from).start(), t.get(b - 1).end())).replaceAll(" ");
        if (from == 0 && t.get(0).capitalized() && DETERMINERS.contains(t.get(0).lower())) words = t.get(0).lower() + words.substring(t.get(0).text().length());
        return new Mention(sentence, t.get(from).start(), t.get(b - 1).end(), cause, words, complement, plural(head.lower()), false);
    }

    /** An event noun of {@code counted-event-nouns.txt}, in the singular or the plural ("clashes"). */
    private static boolean eventNoun(String l) {
        return EVENT_NOUNS.contains(l) || l.endsWith("s") && EVENT_NOUNS.contains(l.substring(0, l.length() - 1))
                || l.endsWith("es") && EVENT_NOUNS.contains(l.substring(0, l.length() - 2));
    }

    /**
     * A time at e, after a preposition, a determiner and one modifier: "on Saturday", "at the weekend", "in
     * recent weeks", "in 2014" end the mention, so that no mention ends in, or is, a time phrase.
     */
    private static boolean time(List<Tok> t, int e, Lexicon lx) {
        int k = e;
        if (k + 1 < t.size() && LINKS.contains(t.get(k).lower())) k++;
        if (k + 1 < t.size() && DETERMINERS.contains(t.get(k).lower())) k++;
        if (k + 1 < t.size() && t.get(k).isWord() && !t.get(k).capitalized() && !lx.functionWords.contains(t.get(k).lower())
                && timeWord(t.get(k + 1), lx)) k++;   // "recent weeks", "past year"
        return timeWord(t.get(k), lx);
    }

    /** A word of time of {@code counted-event-times.txt} (or its plural), a weekday, a month or a year. */
    private static boolean timeWord(Tok k, Lexicon lx) {
        String l = k.lower();
        if (k.isNum()) return l.matches("(19|20)\\d\\d");
        return k.isWord() && (TIMES.contains(l) || l.endsWith("s") && TIMES.contains(l.substring(0, l.length() - 1))
                || lx.weekdays.containsKey(l) || lx.months.containsKey(l));
    }

    /**
     * A count whose sentence gives it a scope of its own since a month or a year ("killed since April 2014"):
     * a toll of the whole conflict, not of the event the lead names; a weekday ("since Saturday") is the event's.
     */
    private static boolean ownScope(SentenceTokens ss, ExtractedClaim c, Lexicon lx) {
        for (int i = 0; i < ss.sentences().size(); i++) {
            Sentences.Sentence s = ss.sentences().get(i);
            if (c.start() < s.start() || c.start() >= s.end()) continue;
            List<Tok> t = ss.of(i);
            for (int k = 0; k + 1 < t.size(); k++) {
                if (!t.get(k).is("since") && !t.get(k).is("Since")) continue;
                Tok n = t.get(k + 1);
                if (n.isNum() && n.lower().matches("(19|20)\\d\\d") || n.isWord() && lx.months.containsKey(n.lower())) return true;
            }
            return false;
        }
        return false;
    }

    /** A word before an event noun that says of which event: "suicide", "Saudi", "deadly"; not a function word, a preposition nor a verb. */
    private static boolean modifier(Tok k, Lexicon lx) {
        return k.isWord() && !lx.functionWords.contains(k.lower()) && !LINKS.contains(k.lower()) && !REFERENCES.contains(k.lower())
                && !DETERMINERS.contains(k.lower()) && !verbish(k) && !fate(k);
    }

    /** A word of a fate ("kills", "dead"): the mention ends before it ("Virginia's worst flooding in a century kills 24"). */
    private static boolean fate(Tok k) {
        return k.isWord() && !k.capitalized() && WordForms.first(FATE_WORDS, List.of(k.lower())) != null;
    }

    /** A lower-case word in "-ed" or "-ing" other than a noun of an event: a verb, not part of the phrase. */
    private static boolean verbish(Tok k) {
        String l = k.lower();
        return !k.capitalized() && (l.endsWith("ed") || l.endsWith("ing") && WordForms.first(EventKinds.CAUSES, List.of(l)) == null);
    }
}
