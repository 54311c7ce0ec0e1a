package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code counted.rate-capacity}: a rate written before a noun as its modifier names what that thing can carry or make, its
 * capacity, not the noun itself: "the 450,000 bpd line 3" -> "line 3 capacity (bpd)", "the 1.5 million-barrel-per-day (bpd)
 * system" -> "system capacity (barrel per day)", "a 181,900 bpd unit at Ingolstadt" -> "unit capacity at Ingolstadt (bpd)".
 * The rate's words are in {@code counted-capacity-rates.txt}: a unit that is a rate alone ("bpd"), or a unit with "per" or
 * "a" and a time ("barrel-per-day", "tonnes a year"). A rate before "of" or a function word ("50,000 bpd of crude", "bpd
 * above its quota") is read by the other rules. Read after them.
 */
final class CountedCapacity {

    /** Hyphens a word opens with: "-tonne-a-year". */
    private static final java.util.regex.Pattern LEAD_HYPHENS = java.util.regex.Pattern.compile("^-+");

    private final CountedWords w;
    /** Units of a capacity and rates written alone ("bpd"), lower case. */
    private final Set<String> units;
    /** Rates written alone ("bpd", "b/d"). */
    private final Set<String> rates;
    /** Times after "per" or "a" ("day", "year"). */
    private final Set<String> times;
    /** Nouns of what has a capacity ("line", "refinery", "plant"). */
    private final Set<String> heads;

    CountedCapacity(CountedWords w) {
        this.w = w;
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : Lexicon.lines("counted-capacity-rates.txt")) {
            String[] kv = line.split(":", 2);
            lists.computeIfAbsent(kv[0].strip(), k -> new HashSet<>()).addAll(List.of(kv[1].strip().split("\\s+")));
        }
        this.units = Set.copyOf(lists.getOrDefault("unit", Set.of()));
        this.rates = Set.copyOf(lists.getOrDefault("rate", Set.of()));
        this.times = Set.copyOf(lists.getOrDefault("time", Set.of()));
        this.heads = Set.copyOf(lists.getOrDefault("head", Set.of()));
    }

    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (m.unit.equals("%") || w.lx.currencyCodes.contains(m.unit)) return r;
        CountedPhrase.Result of = capacityOf(t, m, r);
        if (of != null) return of;
        int j = CountedWords.afterFigure(t, m);
        List<String> unit = new ArrayList<>();
        String abbreviated = null;
        for (String u : m.unitWords.isEmpty() ? new String[0] : m.unitWords.toLowerCase(Locale.ROOT).split("\\s+")) unit.add(u);
        if (!unit.isEmpty() && !units.contains(unit.get(unit.size() - 1))) return r;
        // "1.5 million-barrel-per-day": the figure's last word carries the rate
        List<String> carried = unit.isEmpty() && j > 0 && t.get(j - 1).end() > m.end ? hyphenedRate(t.get(j - 1).lower()) : null;
        boolean rate = carried != null, inBrackets = false;
        if (carried != null) unit.addAll(carried);
        for (; j < t.size(); j++) {
            Tok y = t.get(j);
            if (y.is("-")) continue;
            if (y.is("(")) { inBrackets = true; continue; }
            if (y.is(")")) { inBrackets = false; continue; }
            if (!y.isWord() || y.capitalized()) break;
            String l = y.lower();
            List<String> hyphened = unit.isEmpty() && !inBrackets ? hyphenedRate(l) : null;
            if (hyphened != null) {
                unit.addAll(hyphened);                           // "300,000-tonne-a-year"
                rate = true;
            } else if (rates.contains(l)) {
                rate = true;
                if (inBrackets) abbreviated = abbreviated == null ? l : abbreviated;
                else unit.add(l);
            } else if (units.contains(l) && !inBrackets && !rate) {
                unit.add(l);
            } else if ((l.equals("per") || l.equals("a")) && !unit.isEmpty() && !inBrackets && timeAfter(t, j + 1) > 0) {
                unit.add(l);
                j = timeAfter(t, j + 1);
                unit.add(t.get(j).lower());
                rate = true;
            } else {
                break;
            }
        }
        if (!rate || inBrackets || j >= t.size() || unit.isEmpty() && abbreviated == null) return r;
        int h = j;                                           // the noun of what has the capacity, past its modifiers ("joint venture plant")
        // counted.named-capacity: past its name and place too ("the 160,000 bpd North Line pipeline", "349,000 bpd Beaumont, Texas, refinery")
        while (h < t.size() && h - j < 6 && !(heads.contains(t.get(h).lower()) && (!t.get(h).capitalized() || designator(t, h + 1)))
                && (w.listNoun(t.get(h)) && h - j < 3 || w.properName(t.get(h)) || t.get(h).is(",") && h > j && w.properName(t.get(h - 1)))) h++;
        if (h >= t.size() || !t.get(h).isWord() || !heads.contains(t.get(h).lower())) return r;
        // counted.numbered-capacity: a facility named by its noun and a number ("the 670,000 bpd Line 6A", "Line 14/64")
        boolean numbered = t.get(h).capitalized() && designator(t, h + 1);
        if (t.get(h).capitalized() && !numbered) return r;
        Tok head = t.get(h);
        String name = CountedWords.span(t, j, h + 1).replace(" ,", ",").replace(", " + head.text(), " " + head.text());
        int after = h + 1;
        if (numbered) {
            name += " " + t.get(after++).text();
            // "6A": a capital glued to the number
            if (after < t.size() && t.get(after).start() == t.get(after - 1).end() && t.get(after).text().length() == 1 && t.get(after).text().charAt(0) >= 'A' && t.get(after).text().charAt(0) <= 'Z') name += t.get(after++).text();
            // "Line 14/64": the second number after a slash, glued to the first
            if (after + 1 < t.size() && t.get(after).is("/") && designator(t, after + 1) && t.get(after).start() == t.get(after - 1).end()) {
                name += "/" + t.get(after + 1).text();
                after += 2;
            }
        } else if (after < t.size() && t.get(after).isNum() && t.get(after).text().length() <= 2) name += " " + t.get(after++).text();   // "line 3"
        String rest = "";
        if (r != null) {
            int at = (" " + r.text() + " ").indexOf(" " + head.text() + " ");
            if (at >= 0) {
                String tail = r.text().substring(Math.min(r.text().length(), at + head.text().length())).strip();
                String designator = name.substring(name.lastIndexOf(head.text()) + head.text().length()).strip();
                if (!designator.isEmpty() && tail.startsWith(designator)) tail = tail.substring(designator.length()).strip();
                if (!tail.isEmpty()) rest = " " + tail;           // where it is, what happened to it ("damaged in the explosion")
            }
        }
        String written = unit.isEmpty() ? abbreviated : String.join(" ", unit);
        int end = Math.max(r == null ? 0 : r.end(), t.get(after - 1).end());
        return new CountedPhrase.Result(name + " capacity" + rest + " (" + written + ")", end, name,
                (numbered ? CountedRule.NUMBERED_CAPACITY : CountedRule.RATE_CAPACITY).id);
    }

    /** At i a facility's number: up to four characters that open with a digit ("3", "61", "6A"). */
    private static boolean designator(List<Tok> t, int i) {
        if (i >= t.size()) return false;
        String s = t.get(i).text();
        return !s.isEmpty() && s.length() <= 4 && Character.isDigit(s.charAt(0)) && s.chars().allMatch(Character::isLetterOrDigit);
    }

    /** The index of a time word at i, past hyphens ("per-day"), or -1. */
    private int timeAfter(List<Tok> t, int i) {
        while (i < t.size() && t.get(i).is("-")) i++;
        return i < t.size() && t.get(i).isWord() && times.contains(t.get(i).lower()) ? i : -1;
    }

    /** The words of a rate hyphened into one word ("barrel-per-day", "million-tonne-a-year" less its scale word), or null. */
    private List<String> hyphenedRate(String word) {
        List<String> parts = new ArrayList<>(List.of(LEAD_HYPHENS.matcher(word).replaceFirst("").split("-")));
        if (parts.size() == 4 && w.isScaleWord(parts.get(0))) parts.remove(0);
        return parts.size() == 3 && units.contains(parts.get(0)) && (parts.get(1).equals("per") || parts.get(1).equals("a"))
                && times.contains(parts.get(2)) ? parts : null;
    }

    /**
     * counted.capacity-of: "a capacity of 550,000 vehicles a year", "a combined refining capacity of 2.7 million barrels of oil
     * per day": the figure after "capacity of" is that capacity, its unit and rate as written in brackets; null if not so.
     */
    private CountedPhrase.Result capacityOf(List<Tok> t, Mention m, CountedPhrase.Result r) {
        int k = CountedWords.beforeHedge(t, m);
        if (k < 1 || !t.get(k).is("of") || !t.get(k - 1).is("capacity")) return null;
        int a = k - 1;
        while (a > 0 && k - 1 - a < 2 && t.get(a - 1).isWord() && !t.get(a - 1).capitalized() && w.listNoun(t.get(a - 1))
                && !w.determiners.contains(t.get(a - 1).lower())) a--;   // "combined refining capacity"
        List<String> unit = new ArrayList<>();
        if (!m.unitWords.isEmpty()) unit.addAll(List.of(m.unitWords.toLowerCase(Locale.ROOT).split("\\s+")));
        int j = CountedWords.afterFigure(t, m), end = j > 0 ? t.get(j - 1).end() : m.end;
        boolean afterOf = false;
        for (; j < t.size() && t.get(j).isWord() && !t.get(j).capitalized(); j++) {
            String l = t.get(j).lower();
            boolean ok = units.contains(l) || rates.contains(l) || times.contains(l) || glue(l) || afterOf && w.listNoun(t.get(j));
            if (!ok) break;
            afterOf = l.equals("of");
            unit.add(l);
            end = t.get(j).end();
        }
        while (!unit.isEmpty() && glue(unit.get(unit.size() - 1))) unit.remove(unit.size() - 1);   // not "vehicles a"
        if (unit.isEmpty() || !units.contains(unit.get(0)) && !rates.contains(unit.get(0))) return null;
        return new CountedPhrase.Result(CountedWords.span(t, a, k) + " (" + String.join(" ", unit) + ")", Math.max(end, r == null ? 0 : r.end()),
                null, CountedRule.CAPACITY_OF.id);
    }

    /** "of", "per", "a": the words that join a unit to what it is of or to its time. */
    private static boolean glue(String l) {
        return l.equals("of") || l.equals("per") || l.equals("a");
    }
}
