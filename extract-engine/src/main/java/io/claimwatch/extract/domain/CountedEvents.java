package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * verb-event: the event or agent of the verb before a figure, which the verb's own clause names
 * before it. The subject of the verb or the head of its relative clause, when it names an event
 * ({@code counted-event-nouns.txt}), puts the counted in it ("Israeli attacks killed 19 Palestinians" ->
 * "Palestinians killed in Israeli attacks", "a rocket attack on a field that killed 12 children" ->
 * "children killed in a rocket attack on a field"); the head of a relative clause that names a thing
 * is the verb's agent ("a drone that fired three missiles" -> "missiles fired by a drone"). An event
 * verb after a comma in "-ing" ("..., killing four people") takes the first event the sentence names
 * before it ("Hurricane Beryl ... , killing nine" -> "people killed in Hurricane Beryl"). The phrase
 * added is at most {@value #MAX_WORDS} words after its preposition, from the sentence's own words.
 */
final class CountedEvents {

    /** The most words of the event phrase after "in"/"by". */
    static final int MAX_WORDS = 6;

    private final CountedWords w;
    private final Lexicon lx;
    private final NounPhrases nouns;
    private final Set<String> events;
    /** Words inside a subject read back from its verb: "attacks on a field", "strikes in Gaza". */
    private final Set<String> inner;
    /** "since": between a subject and its verb. */
    private final Set<String> skip;
    /** "during", "amid": before the event a verb happened in. */
    private final Set<String> preps;

    CountedEvents(CountedWords words, NounPhrases nouns) {
        this.w = words;
        this.lx = words.lx;
        this.nouns = nouns;
        this.events = Set.copyOf(Lexicon.lines("counted-event-nouns.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        this.inner = Set.copyOf(Lexicon.lines("counted-event-inner.txt"));
        this.skip = Set.copyOf(Lexicon.lines("counted-event-skip.txt"));
        this.preps = Set.copyOf(Lexicon.lines("counted-event-preps.txt"));
    }

    /** The phrase "in EVENT" or "by AGENT" for the verb at v (the verb read before the figure), or null. */
    String of(List<Tok> t, int v) {
        if (v < 1 || !t.get(v).isWord() || t.get(v).capitalized() || w.determiners.contains(t.get(v - 1).lower()) && !t.get(v - 1).is("that")) return null;
        String vl = t.get(v).lower();
        if (vl.endsWith("ing")) {
            return t.get(v - 1).is(",") && lx.eventVerb(vl) != null ? firstEvent(t, v - 1) : null;
        }
        boolean eventVerb = lx.eventVerb(vl) != null;
        int x = v - 1;
        while (x >= 0 && t.get(x).isWord() && !t.get(x).capitalized() && v - x < 4
                && (w.auxBeforeVerb.contains(t.get(x).lower()) || w.modals.contains(t.get(x).lower()) || skip.contains(t.get(x).lower())
                    || t.get(x).lower().endsWith("ly") && t.get(x).lower().length() > 4)) x--;
        boolean relative = x >= 1 && (t.get(x).is("that") || t.get(x).is("which"));
        if (relative) x--;
        if (x >= 0 && t.get(x).is(",") && relative) x--;
        x = pastTime(t, x);
        // (not a verb coordinated after another's object: "opened an inquiry into the attack and detailed four charges")
        if (x < 0 || !t.get(x).isWord() || lx.functionWords.contains(t.get(x).lower()) || inner.contains(t.get(x).lower())
                || w.isVerbish(t.get(x))) return null;
        int a = x;                                               // the subject with its complement: "Israeli strikes in Gaza"
        while (a > 0 && x - a < 8 && (t.get(a - 1).isNum() || t.get(a - 1).isWord() && !w.isVerbish(t.get(a - 1))
                && !lx.reportingVerbs.contains(t.get(a - 1).lower()) && !w.relativeOpeners.contains(t.get(a - 1).lower())
                && (!lx.functionWords.contains(t.get(a - 1).lower()) || inner.contains(t.get(a - 1).lower())))) a--;
        int e = eventIn(t, a, x + 1);
        // (past the head of a relative clause, or after "which", only for a verb of an event: not "a fire at a plant that
        // employed 300", "the latest tremor, which followed hundreds of aftershocks")
        if (e >= 0 && (!relative || eventVerb || e == x && t.get(x + 1).is("that"))) return phrase("in", t, modifiers(t, e), x + 1, e);
        if (e >= 0) return null;
        // the agent of a relative clause of an event verb: a thing in lower case, not a person's pronoun
        int b = nouns.backOver(t, x);
        if (!relative || !eventVerb || t.get(x).capitalized() || b > x || x - b > 2) return null;
        return phrase("by", t, b, x + 1, x);
    }

    /**
     * event-during: "during the clashes" at x, a preposition of {@code counted-event-preps.txt} and a
     * noun phrase of at most four words whose head names an event ("during the protests", "amid heavy
     * fighting"; not "during the night"); the phrase, or null.
     */
    String during(List<Tok> t, int x) {
        if (x + 1 >= t.size() || !t.get(x).isWord() || !preps.contains(t.get(x).lower())) return null;
        int k = x + 1;
        while (k < t.size() && k - x <= 4 && t.get(k).isWord() && !event(t.get(k))
                && (w.determiners.contains(t.get(k).lower()) || !lx.functionWords.contains(t.get(k).lower()) && !w.isVerbish(t.get(k)))) k++;
        if (k >= t.size() || k - x > 4 || !event(t.get(k)) || !head(t, k, t.size())) return null;
        return phrase(t.get(x).lower(), t, x + 1, k + 1, k);
    }

    /**
     * event-in-which: "the March 3 bombings, in which 85 people were killed": the antecedent of "in which"
     * (or "during which") right before the figure, when it names an event, is where the noun's verb
     * happened; "in EVENT" with its modifiers, or null.
     */
    String inWhich(List<Tok> t, Mention m) {
        int k = CountedWords.beforeHedge(t, m);
        if (k < 3 || !t.get(k).is("which") || !(t.get(k - 1).is("in") || t.get(k - 1).is("during"))) return null;
        int x = t.get(k - 2).is(",") ? k - 3 : k - 2;
        return event(t.get(x)) ? phrase("in", t, modifiers(t, x), x + 1, x) : null;
    }

    /**
     * relative-object: the figure is the object of a verb that opens a relative clause ("a rocket attack
     * on a market that killed 14 shoppers drew condemnation"): the verb after its noun is the head's.
     */
    boolean objectOfRelative(List<Tok> t, Mention m) {
        int k = CountedWords.beforeHedge(t, m);
        if (k < 1 || !t.get(k).isWord() || t.get(k).capitalized()) return false;
        String l = t.get(k).lower();
        return (lx.eventVerb(l) != null || l.endsWith("ed") && l.length() > 4)
                && (t.get(k - 1).is("that") || t.get(k - 1).is("which") || t.get(k - 1).is("who"));
    }

    /**
     * verb-event past a time after the subject: "an airstrike on Friday killed", "the bombings in April 2013
     * killed", "the floods in 2019 destroyed": the token before the time's preposition; x itself where no
     * time of a weekday, a month, a year or a month and a year after a preposition ends at x.
     */
    private int pastTime(List<Tok> t, int x) {
        if (x < 2) return x;
        int k = x;
        if (year(t.get(k)) && t.get(k - 1).isWord() && lx.months.containsKey(t.get(k - 1).lower())) k--;   // "April 2013"
        Tok at = t.get(k);
        boolean time = year(at) || at.isWord() && (lx.weekdays.containsKey(at.lower()) || lx.months.containsKey(at.lower()));
        return time && k > 1 && inner.contains(t.get(k - 1).lower()) ? k - 2 : x;
    }

    private static boolean year(Tok k) {
        return k.isNum() && k.text().matches("(19|20)\\d\\d");
    }

    /** The start of the modifiers before the noun at k ("aerial attacks", "2021 floods"): at most two words or numbers. */
    private int modifiers(List<Tok> t, int k) {
        int a = k;
        while (a > 0 && k - a < 2 && (t.get(a - 1).isNum() || t.get(a - 1).isWord() && !lx.functionWords.contains(t.get(a - 1).lower())
                && !inner.contains(t.get(a - 1).lower()) && !w.relativeOpeners.contains(t.get(a - 1).lower())
                && !w.isVerbish(t.get(a - 1)) && !w.determiners.contains(t.get(a - 1).lower())
                && !(a > 1 && lx.hedgesBefore.containsKey(t.get(a - 2).lower() + " " + t.get(a - 1).lower())))) a--;
        return a;
    }

    /** "in"/"by" and the words a..b, with the determiner before a; cut after the head at h past the bound. */
    private String phrase(String prep, List<Tok> t, int a, int b, int h) {
        if (a > 0 && t.get(a - 1).isWord() && w.determiners.contains(t.get(a - 1).lower()) && !t.get(a - 1).is("that")) a--;
        while (a < h && inner.contains(t.get(a).lower()) && !w.determiners.contains(t.get(a).lower())) a++;   // not "in and landslides"
        while (b > h + 1 && inner.contains(t.get(b - 1).lower())) b--;
        if (b - a > MAX_WORDS) b = h + 1;                       // "separate attacks on eastern and southern Ukraine" -> "separate attacks"
        if (b - a > MAX_WORDS || b <= a) return null;
        String words = span(t, a, b);
        // the sentence's capital on a determiner or an event noun opening it ("The blaze destroyed ...")
        if (a == 0 && (w.determiners.contains(t.get(0).lower()) || event(t.get(0)) && (b == 1 || !t.get(1).capitalized()))) words = t.get(0).lower() + words.substring(t.get(0).text().length());
        return prep + " " + words;
    }

    /** The first token in a..b whose word names an event as the head of its noun phrase (not "fire departments"), or -1. */
    private int eventIn(List<Tok> t, int a, int b) {
        for (int k = a; k < b; k++) {
            if (event(t.get(k)) && head(t, k, b)) return k;
        }
        return -1;
    }

    /** Nothing at k + 1 (before b) goes on with the noun at k: no lower-case word but a function word or a verb. */
    private boolean head(List<Tok> t, int k, int b) {
        if (k + 1 >= b || k + 1 >= t.size()) return true;
        Tok n = t.get(k + 1);
        return !n.isWord() || n.capitalized() || lx.functionWords.contains(n.lower()) || inner.contains(n.lower()) || w.isVerbish(n);
    }

    private boolean event(Tok k) {
        if (!k.isWord()) return false;
        String l = k.lower();
        return events.contains(l) || l.endsWith("s") && events.contains(l.substring(0, l.length() - 1))
                || l.endsWith("es") && events.contains(l.substring(0, l.length() - 2));   // "clashes", "crashes"
    }

    /** The first event the sentence names before token c, with its modifiers and the name after it ("Hurricane Beryl"). */
    private String firstEvent(List<Tok> t, int c) {
        for (int k = 0; k < c; k++) {
            if (!event(t.get(k))) continue;
            int a = modifiers(t, k);
            int b = k + 1;
            while (b < c && b - k < 3 && t.get(k).capitalized() && t.get(b).isWord() && t.get(b).capitalized()) b++;
            return phrase("in", t, a, b, k);
        }
        return null;
    }
}
