package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the verb after a counted noun takes, added to the verb: the bare object of an active verb in the past
 * (verb-object: "two children suffered stab wounds"), one that opens with an article (counted.verb-article-object:
 * "40 delegates ratified the charter"), and the -ing form after "be" with its object (noun-verb-after, progressive:
 * "300 homes are not receiving voting packs"). The objects' noun phrases are read by {@link NounPhrases}.
 */
final class VerbObjects {

    private final CountedWords w;
    private final Lexicon lx;
    private final NounPhrases nouns;

    VerbObjects(CountedWords words, NounPhrases nouns) {
        this.w = words;
        this.lx = words.lx;
        this.nouns = nouns;
    }

    /**
     * verb-object: the bare object of an active verb in the past after the noun ("two children suffered stab
     * wounds", "15,000 people sought shelter in relief camps"), added to the verb; not a determiner, a
     * number, a time or an adverb ("died Saturday", "returned home", "wounded dozens more"), nor a noun
     * phrase of more than three words; only after a noun in the plural ("1,300 state employed miners": no
     * subject and verb) and not after a reporting verb, whose object is what was reported ("customers
     * reported outages"). An object that opens with an article is read by {@link #articleObject}.
     */
    void objectAfter(CountedReading r, int k) {
        List<Tok> t = r.t;
        if (k + 1 >= t.size() || !w.pastVerb(t.get(k)) || lx.reportingVerbs.contains(t.get(k).lower()) || r.noun == null) return;
        String head = r.noun.substring(r.noun.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (!head.endsWith("s") && !w.irregularPlurals.contains(head)) return;
        Tok o = t.get(k + 1);
        String l = o.lower();
        if (o.is("the") || o.is("a") || o.is("an")) {
            if (!r.m.unit.equals("%")) articleObject(r, k);     // a share's predicate is share-of-whole's
            return;
        }
        if (!o.isWord() || o.capitalized() || !w.nounish(o) || w.isVerbish(o) || l.endsWith("ly") || w.determiners.contains(l)
                || w.notObjects.contains(l) || w.adverbs.contains(l) || lx.timeAdverbs.contains(l) || w.timeOpeners.contains(l)
                || lx.timeUnits.contains(l) || lx.timeUnits.contains(WordSplits.FINAL_S.matcher(l).replaceAll(""))
                || lx.months.containsKey(l) || lx.weekdays.containsKey(l) || lx.numberWords.containsKey(l.split("-")[0])
                || lx.vagueFirstWords.contains(l) || w.particles.contains(l)) return;
        List<String> object = new ArrayList<>();
        int[] pos = {k + 1};
        int end = nouns.collect(t, pos, object, r.end);
        if (object.isEmpty() || object.size() > 3) return;
        r.verb += " " + String.join(" ", object);
        r.end = end;
    }

    /**
     * counted.verb-article-object: the object of the same active verb in the past that opens with an article, at most
     * three words after it that end its noun phrase, and none a time ("40 delegates ratified the charter" -> "delegates ratified the charter",
     * "200 residents attended a hearing"; not "died the next day", "left the same week").
     */
    private void articleObject(CountedReading r, int k) {
        List<Tok> t = r.t;
        List<String> object = new ArrayList<>();
        int[] pos = {k + 1};
        int end = nouns.collectAfterArticle(t, pos, object, r.end);
        if (object.size() < 2 || object.size() > 4) return;
        if (pos[0] < t.size() && t.get(pos[0]).isWord()) {      // the object ends where its clause goes on, not inside a longer one
            String next = t.get(pos[0]).lower();
            if (!lx.functionWords.contains(next) && !next.endsWith("ly") && !lx.timeAdverbs.contains(next) && !w.timeOpeners.contains(next)
                    && !lx.weekdays.containsKey(next) && !lx.months.containsKey(next)) return;
        }
        for (String x : object.subList(1, object.size())) {
            String l = x.toLowerCase(Locale.ROOT);
            if (lx.timeUnits.contains(l) || lx.timeUnits.contains(WordSplits.FINAL_S.matcher(l).replaceAll("")) || lx.months.containsKey(l)
                    || lx.weekdays.containsKey(l) || lx.timeAdverbs.contains(l) || w.timeOpeners.contains(l) || lx.numberWords.containsKey(l)) return;
        }
        r.verb += " " + String.join(" ", object);
        r.end = end;
    }

    /** The -ing form at k, or after "not" at k, that "be" before it makes the noun's own verb; 0 if none. */
    int progressive(List<Tok> t, int k) {
        int g = k < t.size() && t.get(k).is("not") ? k + 1 : k;
        if (g >= t.size()) return 0;
        Tok v = t.get(g);
        String l = v.lower();
        return v.isWord() && !v.capitalized() && !lx.functionWords.contains(l) && l.endsWith("ing") && l.length() > 5 ? g : 0;
    }

    /**
     * noun-verb-after, progressive: "300 homes in the county are not receiving voting packs" counts the homes not
     * receiving voting packs: the -ing form after "be" (with "not"), and its object of up to four words.
     */
    void progressiveAt(CountedReading r, int k) {
        List<Tok> t = r.t;
        int g = progressive(t, k);
        r.verb = (g > k ? "not " : "") + t.get(g).lower();
        r.verbRule = CountedRule.NOUN_VERB_AFTER;
        r.end = t.get(g).end();
        if (g + 1 >= t.size() || !t.get(g + 1).isWord() || t.get(g + 1).capitalized()) return;
        List<String> object = new ArrayList<>();
        int[] pos = {g + 1};
        int e = nouns.collectAfterArticle(t, pos, object, r.end);
        if (object.isEmpty() || object.size() > 4) return;
        r.verb += " " + String.join(" ", object);
        r.end = e;
    }
}
