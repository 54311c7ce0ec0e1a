package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a figure counts: the noun phrase after the number (with its adjectives, "of" complements and
 * one "and"), its unit words ("square kilometers of territory"), and the event verb nearby, after
 * ("soldiers were captured") or before ("captured 909 servicemen", "the capture of 102 soldiers").
 * Without a noun phrase it falls back on a measure noun of the sentence ("the number of X ... could
 * be in the hundreds" -> X, "the death toll rose to 45" -> "death toll").
 */
public final class CountedPhrase {

    /** The phrase and the end offset of what it covers after the number (for quotes). */
    public record Result(String text, int end) { }

    private static final Set<String> SKIP_AFTER = Set.of("were", "was", "have", "has", "had", "been", "being",
            "are", "is", "be", "reportedly", "also", "may", "might", "could", "would", "will", "already", "now",
            "all", "still", "allegedly");
    private static final Set<String> SKIP_BEFORE = Set.of("the", "of", "a", "an", "to", "have", "has", "had",
            "been", "be", "being", "were", "was", "is", "are", "also", "reportedly", "home", "up", "off", "out");
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "home", "away");
    private static final Set<String> AUX = Set.of("could", "would", "will", "was", "were", "is", "are", "has", "have",
            "had", "may", "might", "can", "stood", "stands", "reached", "reaches", "range", "ranges", "ranged");

    private final Lexicon lx;

    public CountedPhrase(Lexicon lx) {
        this.lx = lx;
    }

    public Result of(String text, List<Tok> t, Mention m) {
        int j = m.tokEnd;
        while (j < t.size() && t.get(j).start() < m.end) j++;
        List<String> words = new ArrayList<>();
        int end = m.end;
        boolean unitPhrase = !m.unitWords.isEmpty();
        if (unitPhrase) words.add(m.unitWords);
        if (j < t.size() && t.get(j).is("of") && (m.vague || unitPhrase || m.words || m.scale.signum() > 0 && m.unit.equals("%"))) {
            if (unitPhrase) words.add("of");
            j++;
            if (j < t.size() && (t.get(j).is("the") || t.get(j).is("their") || t.get(j).is("its"))) j++;
        }
        int npStart = words.size();
        int[] pos = {j};
        end = nounPhrase(t, pos, words, end);
        j = pos[0];
        boolean np = words.size() > npStart;
        if (unitPhrase && !np && words.size() > 0 && words.get(words.size() - 1).equals("of")) words.remove(words.size() - 1);
        String verb = null;
        if (np) {
            // trailing verb: "were captured", "have voluntarily surrendered", "lined up"
            int k = j, skipped = 0;
            while (k < t.size() && skipped < 4 && t.get(k).isWord()
                    && (SKIP_AFTER.contains(t.get(k).lower()) || t.get(k).lower().endsWith("ly"))) { k++; skipped++; }
            if (k < t.size() && t.get(k).isWord() && !lx.functionWords.contains(t.get(k).lower())
                    && !t.get(k).capitalized()
                    && (lx.eventVerb(t.get(k).lower()) != null || t.get(k).lower().endsWith("ed"))) {
                verb = t.get(k).lower();
                end = t.get(k).end();
                if (k + 1 < t.size() && PARTICLES.contains(t.get(k + 1).lower())) {
                    verb += " " + t.get(k + 1).lower();
                    end = t.get(k + 1).end();
                }
            }
        }
        if (verb == null) verb = verbBefore(text, t, m);
        if (!np) {
            String measure = measureFallback(t, m);
            if (measure != null) words.add(measure);
        } else {
            String tail = measureSubject(t, m);
            if (tail != null && verb == null) verb = tail;
            else if (tail != null) words.add(tail);
        }
        if (verb != null) words.add(verb);
        // "1,000-for-1,000 swap": the figure is per side
        if (text.substring(m.start, m.end).contains("-for-")) words.add("exchanged by each side");
        return new Result(String.join(" ", words).strip(), end);
    }

    /** Collects the noun phrase from pos; returns the end offset. */
    private int nounPhrase(List<Tok> t, int[] pos, List<String> words, int end) {
        int j = pos[0];
        int n = 0, ofs = 0, ands = 0;
        while (j < t.size() && n < 8) {
            Tok w = t.get(j);
            if (!w.isWord()) break;
            String l = w.lower();
            if (l.equals("of") || l.equals("and")) {
                if (n == 0 || j + 1 >= t.size() || !t.get(j + 1).isWord() || lx.functionWords.contains(t.get(j + 1).lower())
                        || isVerbish(t.get(j + 1)) || lx.months.containsKey(t.get(j + 1).lower())) break;
                if (l.equals("of") && ++ofs > 2) break;
                if (l.equals("and") && ++ands > 1) break;
                words.add(l);
                j++;
                continue;
            }
            if (lx.functionWords.contains(l) || lx.reportingVerbs.contains(l) || lx.weekdays.containsKey(l)) break;
            if (isVerbish(w) && n > 0) break;
            if (lx.timeUnits.contains(l) && n == 0) break;       // "12 strike days" keeps "days"
            words.add(w.text());
            end = w.end();
            n++;
            j++;
        }
        // never end on a connective
        while (!words.isEmpty() && (words.get(words.size() - 1).equals("of") || words.get(words.size() - 1).equals("and"))) {
            words.remove(words.size() - 1);
        }
        pos[0] = j;
        return end;
    }

    private boolean isVerbish(Tok w) {
        if (w.capitalized()) return false;
        String l = w.lower();
        return l.endsWith("ed") || l.endsWith("ing") && l.length() > 5 || lx.reportingVerbs.contains(l);
    }

    /** "captured 909 ...", "the capture of 102 ...", "claim to control 1,150 ..." */
    private String verbBefore(String text, List<Tok> t, Mention m) {
        int k = m.tokStart - 1;
        while (k >= 0 && t.get(k).end() > m.hedgeStart) k--;
        int looked = 0;
        while (k >= 0 && looked < 3) {
            Tok w = t.get(k);
            if (!w.isWord()) return null;
            String l = w.lower();
            if (SKIP_BEFORE.contains(l)) { k--; continue; }
            if (l.equals("and") || l.equals("or") || l.equals("but")) return null;
            if (lx.functionWords.contains(l)) return null;
            String ev = lx.eventVerb(l);
            if (ev != null) return ev;
            if (l.endsWith("ed") && !w.capitalized() && l.length() > 4) return l;
            looked++;
            k--;
        }
        return null;
    }

    /** "the exact number of Russian soldiers captured ... it could be in the hundreds" -> that phrase. */
    private String measureFallback(List<Tok> t, Mention m) {
        for (int k = m.tokStart - 1; k >= 0; k--) {
            Tok w = t.get(k);
            if (!lx.measureNouns.contains(w.lower())) continue;
            if (k + 1 < t.size() && t.get(k + 1).is("of")) {
                List<String> words = new ArrayList<>();
                int[] pos = {k + 2};
                nounPhrase(t, pos, words, 0);
                if (words.isEmpty()) return w.lower();            // "a turnout of 71 percent"
                int p = pos[0];
                if (p < t.size() && t.get(p).isWord() && isVerbish(t.get(p)) && !lx.reportingVerbs.contains(t.get(p).lower())) {
                    words.add(t.get(p).lower());
                }
                return String.join(" ", words);
            }
            if (k > 0 && t.get(k - 1).isWord() && !lx.functionWords.contains(t.get(k - 1).lower())) {
                return t.get(k - 1).lower() + " " + w.lower();          // "death toll"
            }
            return w.lower();
        }
        return null;
    }

    /** "The numbers exchanged in these swaps could range from 50 to 95 soldiers" -> "exchanged in these swaps". */
    private String measureSubject(List<Tok> t, Mention m) {
        for (int k = 0; k < Math.min(m.tokStart, 4); k++) {
            Tok w = t.get(k);
            if (!lx.measureNouns.contains(w.lower())) continue;
            if (k + 1 < t.size() && t.get(k + 1).is("of")) return null;
            List<String> words = new ArrayList<>();
            for (int x = k + 1; x < m.tokStart && x < k + 8; x++) {
                Tok y = t.get(x);
                if (!y.isWord() || AUX.contains(y.lower()) || lx.changeVerbs.contains(y.lower())) break;
                words.add(y.lower());
            }
            return words.isEmpty() ? null : String.join(" ", words);
        }
        return null;
    }
}
