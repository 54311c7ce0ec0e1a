package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a figure counts when a supply (power, water, a service) is cut from or brought back to it, when
 * it is left in a state, put under a declaration or made to act: "knocking out power to 2 million people"
 * counts people without power, "restored power to 1 million in the first two days" people with power
 * restored, "left 1.2 million residents in the state without power" residents without power, "a state of
 * emergency in 44 counties" counties under a state of emergency, "forced thousands to flee" people forced
 * to flee; the idioms of a state ("in the dark")
 * name the state they mean. Word lists: {@code lexicon/counted-supply-nouns.txt},
 * {@code counted-cut-verbs.txt}, {@code counted-restore-verbs.txt}, {@code counted-leave-verbs.txt},
 * {@code counted-state-idioms.txt}, {@code counted-declarations.txt}, {@code counted-declared-places.txt},
 * {@code counted-causing-verbs.txt}.
 */
final class CountedSupply {

    private final CountedWords w;
    private final NounPhrases nouns;
    private final Set<String> supplies = words("counted-supply-nouns.txt");
    private final Set<String> cutVerbs = words("counted-cut-verbs.txt");
    private final Set<String> restoreVerbs = words("counted-restore-verbs.txt");
    private final Set<String> leaveVerbs = words("counted-leave-verbs.txt");
    private final Map<String, String> idioms = pairs("counted-state-idioms.txt");
    /** The idioms in their order, each {" idiom ", idiom, state}: a phrase is searched for the spaced form. */
    private final List<String[]> spacedIdioms = idioms.entrySet().stream()
            .map(e -> new String[] {" " + e.getKey() + " ", e.getKey(), e.getValue()}).toList();
    private final List<String[]> declarations = Lexicon.lines("counted-declarations.txt").stream()
            .map(l -> l.toLowerCase(Locale.ROOT).split(" ")).toList();
    private final Set<String> declaredPlaces = words("counted-declared-places.txt");
    private final Map<String, String> causingVerbs = pairs("counted-causing-verbs.txt");
    /** "ordered troops into the refineries ... to forestall": a destination is the verb's complement, not "to" and a verb. */
    private static final Set<String> MOTION = words("counted-motion-prepositions.txt");

    CountedSupply(CountedWords words, NounPhrases nouns) {
        this.w = words;
        this.nouns = nouns;
    }

    private static Set<String> words(String name) {
        return Set.copyOf(Lexicon.lines(name).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    private static Map<String, String> pairs(String name) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String l : Lexicon.lines(name)) {
            String[] p = l.split("\\|");
            out.put(p[0].strip().toLowerCase(Locale.ROOT), p[1].strip());
        }
        return out;
    }

    /**
     * supply-cut / supply-restored: "VERB SUPPLY to FIGURE (NOUN)": the noun after the figure (or people,
     * for a bare figure) without the supply a cut verb took away ("knocking out power to more than 2
     * million people" -> "people without power", "halted water services to 400,000 households" ->
     * "households without water services"), or, bare, with the supply a restoring verb brought back and
     * when ("restored power to 1 million in the first 48 hours" -> "people with power restored in the
     * first 48 hours"). A noun after a restoring verb keeps the verb's reading ("customers restored").
     * Null when the figure is not the object of "to" after such a verb and supply.
     */
    CountedPhrase.Result supplied(CountedReading r) {
        List<Tok> t = r.t;
        int k = CountedWords.beforeHedge(t, r.m);
        if (r.bare()) {
            CountedPhrase.Result made = madeTo(r);
            if (made != null) return made;
        }
        if (k < 2 || !t.get(k).is("to")) return null;
        int s = k - 1;
        if (!t.get(s).isWord() || !supplies.contains(t.get(s).lower())) return null;
        if (s > 0 && t.get(s - 1).isWord() && supplies.contains(t.get(s - 1).lower())) s--;   // "water services"
        String supply = CountedWords.span(t, s, k).toLowerCase(Locale.ROOT);
        boolean cut = verbBefore(t, s, cutVerbs);
        boolean restore = !cut && verbBefore(t, s, restoreVerbs);
        if (!cut && !restore) return null;
        if (r.np()) {
            if (!cut) return null;
            return new CountedPhrase.Result(r.noun + " without " + supply, r.end, r.noun, CountedRule.SUPPLY_CUT.id);
        }
        // bare: nothing read yet and no noun after the figure ("to 1 million in the first 48 hours", "to 20,000 overnight")
        if (!r.bare() || r.j < t.size() && t.get(r.j).isWord() && w.nounish(t.get(r.j)) && !w.lx.timeAdverbs.contains(t.get(r.j).lower())) return null;
        if (cut) return new CountedPhrase.Result("people without " + supply, r.m.end, "people", CountedRule.SUPPLY_CUT.id);
        StringBuilder phrase = new StringBuilder("people with ").append(supply).append(" restored");
        int end = r.m.end;
        int x = r.j;
        // when: "in the first 48 hours", "within a day"
        if (x + 1 < t.size() && (t.get(x).is("in") || t.get(x).is("within") || t.get(x).is("over")) && !t.get(x + 1).capitalized()) {
            int y = x + 1;
            while (y < t.size() && y < x + 6 && (t.get(y).isWord() && !t.get(y).is("and") || t.get(y).isNum())) y++;
            if (y > x + 1 && (t.get(y - 1).isWord() && w.lx.timeUnits.contains(t.get(y - 1).lower()))) {
                phrase.append(' ').append(CountedWords.span(t, x, y));
                end = t.get(y - 1).end();
            }
        }
        return new CountedPhrase.Result(phrase.toString(), end, "people", CountedRule.SUPPLY_RESTORED.id);
    }

    /** The verb of one or two words ending right before the token at s is in the list. */
    private static boolean verbBefore(List<Tok> t, int s, Set<String> verbs) {
        if (s < 1 || !t.get(s - 1).isWord()) return false;
        if (verbs.contains(t.get(s - 1).lower())) return true;
        return s >= 2 && t.get(s - 2).isWord() && verbs.contains(t.get(s - 2).lower() + " " + t.get(s - 1).lower());
    }

    /**
     * left-in-state: "left more than 1.2 million residents in the state without power": a noun after a
     * leaving verb, with the state it was left in a few words on (past a place): "residents without
     * power". Null when no state follows within five words or a verb or clause comes first.
     */
    CountedPhrase.Result leftInState(CountedReading r) {
        List<Tok> t = r.t;
        if (!r.np()) return null;
        CountedPhrase.Result other = declared(r);
        if (other == null) other = madeTo(r);
        if (other != null) return other;
        int k = CountedWords.tokenBefore(t, r.m);
        if (k < 0 || !t.get(k).isWord() || !leaveVerbs.contains(t.get(k).lower())) return null;
        for (int y = r.j; y < t.size() && y < r.j + 6; y++) {
            Tok p = t.get(y);
            String[] idiom = idiomAt(t, y);
            if (idiom != null) {
                return new CountedPhrase.Result(r.noun + " " + idiom[0], t.get(Integer.parseInt(idiom[1])).end(), r.noun, CountedRule.LEFT_IN_STATE.id);
            }
            if (!p.isWord() || w.isVerbish(p) && !w.statePreps.contains(p.lower())) return null;
            if (!w.statePreps.contains(p.lower()) || p.is("under")) continue;
            List<String> pp = new ArrayList<>();
            int[] pos = {y + 1};
            int end = nouns.collect(t, pos, pp, r.end);
            if (pp.isEmpty() || w.lx.numberWords.containsKey(pp.get(0).toLowerCase(Locale.ROOT))) return null;
            String state = p.is("no") ? "without" : p.lower();
            return new CountedPhrase.Result(r.noun + " " + state + " " + String.join(" ", pp), end, r.noun, CountedRule.LEFT_IN_STATE.id);
        }
        return null;
    }

    /**
     * declared-over-places: a count of places after "in" or "for" that a declaration names ("declared a
     * state of emergency in 44 of 55 counties", "a major disaster declaration for three counties") counts
     * the places under it: "counties under a state of emergency". Null when no declaration ends right
     * before the preposition.
     */
    private CountedPhrase.Result declared(CountedReading r) {
        List<Tok> t = r.t;
        String[] noun = r.noun.toLowerCase(Locale.ROOT).split(" ");
        if (!declaredPlaces.contains(noun[noun.length - 1])) return null;
        int k = CountedWords.tokenBefore(t, r.m);
        if (k < 2 || !(t.get(k).is("in") || t.get(k).is("for"))) return null;
        for (String[] d : declarations) {
            int s = k - d.length;
            boolean match = s >= 0;
            for (int i = 0; match && i < d.length; i++) match = t.get(s + i).isWord() && t.get(s + i).lower().equals(d[i]);
            if (match) {
                String article = "aeiou".indexOf(d[0].charAt(0)) >= 0 ? " under an " : " under a ";
                return new CountedPhrase.Result(r.noun + article + String.join(" ", d), r.end, r.noun, CountedRule.DECLARED_OVER_PLACES.id);
            }
        }
        return null;
    }

    /**
     * made-to: the object of a verb that makes or tells people act, before "to" and a verb ("forced
     * thousands to flee", "warned the more than 3,000 residents of the town to be prepared to evacuate")
     * counts the noun (people, for a bare figure) with the verb's participle and what they are made to do:
     * "people forced to flee", "residents warned to be prepared to evacuate". Null when no "to" and verb
     * follow within 14 words of places and names (not past a destination: "ordered troops into the city to"), or the verb before the figure is not such a verb.
     */
    private CountedPhrase.Result madeTo(CountedReading r) {
        List<Tok> t = r.t;
        int k = CountedWords.tokenBefore(t, r.m);
        if (k >= 0 && t.get(k).is("the")) k--;
        String participle = k < 0 || !t.get(k).isWord() ? null : causingVerbs.get(t.get(k).lower());
        if (participle == null) return null;
        int x = r.j;
        while (x < t.size() && t.get(x).start() < r.end) x++;
        if (!r.np() && (x >= t.size() || !t.get(x).is("to"))) return null;   // bare: "forced thousands to flee"
        int stop = Math.min(t.size() - 1, x + 14);
        while (x < stop && t.get(x).isWord() && !t.get(x).is("to") && !w.isVerbish(t.get(x)) && !t.get(x).is("and")
                && !MOTION.contains(t.get(x).lower())) x++;
        if (x >= stop || !t.get(x).is("to") || !t.get(x + 1).isWord() || t.get(x + 1).capitalized()
                || w.lx.functionWords.contains(t.get(x + 1).lower()) && !t.get(x + 1).is("be")) return null;
        List<String> act = new ArrayList<>();
        int y = x + 1, end = t.get(y).end();
        // "to be prepared to evacuate": "be", a participle and its "to", then the verb
        while (y < t.size() && y < x + 6 && t.get(y).isWord() && (act.isEmpty() || t.get(y).is("to") || t.get(y - 1).is("to")
                || t.get(y - 1).is("be"))) {
            act.add(t.get(y).lower());
            end = t.get(y).end();
            y++;
        }
        String noun = r.np() ? r.noun : "people";
        return new CountedPhrase.Result(noun + " " + participle + " to " + String.join(" ", act), end, noun, CountedRule.MADE_TO.id);
    }

    /** The idiom of a state that starts at token y: the state it means and the index of its last token; or null. */
    private String[] idiomAt(List<Tok> t, int y) {
        StringBuilder sb = new StringBuilder();
        for (int x = y; x < t.size() && x < y + 4 && t.get(x).isWord(); x++) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.get(x).lower());
            String state = idioms.get(sb.toString());
            if (state != null && (x + 1 >= t.size() || !t.get(x + 1).isWord() || !idioms.containsKey(sb + " " + t.get(x + 1).lower()))) {
                return new String[] {state, String.valueOf(x)};
            }
        }
        return null;
    }

    /**
     * state-idiom: an idiom of a state in a phrase, as the state it means ("customers in the dark" ->
     * "customers without power"); the phrase as it is when it has none.
     */
    CountedPhrase.Result idiomsNamed(CountedPhrase.Result r) {
        String lower = " " + r.text().toLowerCase(Locale.ROOT) + " ";
        for (String[] e : spacedIdioms) {
            int i = lower.indexOf(e[0]);
            if (i < 0) continue;
            String text = r.text().substring(0, i) + " " + e[2] + r.text().substring(Math.min(r.text().length(), i + e[1].length()));
            return new CountedPhrase.Result(text.strip().replaceAll("\\s+", " "), r.end(), r.noun(), r.rule());
        }
        return r;
    }
}
