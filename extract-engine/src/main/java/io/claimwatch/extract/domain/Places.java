package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Places named: ISO country codes, first-level divisions ("US.TX"), and unresolved names as lower-case words. */
record Places(Set<String> countries, Set<String> divisions, Set<String> names, Set<String> scope) {

    static final Places NONE = new Places(Set.of(), Set.of(), Set.of(), Set.of());

    Places(Set<String> countries, Set<String> divisions, Set<String> names) {
        this(countries, divisions, names, Set.of());
    }

    /**
     * These (an article's) places, scoped to what a sentence names beyond them: the divisions these
     * do not hold, and the named parts of a region ("Kanawha County"), each a "#" word of the key.
     * Empty scope: the whole event. (Found places carry their named parts as their scope.)
     */
    Places withScope(Places sentence) {
        Set<String> sc = new TreeSet<>();
        if (!divisions.isEmpty() || !countries.isEmpty()) {
            for (String d : sentence.divisions) if (!divisions.contains(d)) sc.add(d.toLowerCase(Locale.ROOT));
        }
        for (String n : sentence.scope) if (!names.containsAll(List.of(n.split("-")))) sc.add(n);
        Set<String> c = new TreeSet<>(countries);
        Set<String> d = divisions;
        if (c.isEmpty()) {
            c.addAll(sentence.countries);
            // rule "region-part": where the article places its event in a region of several countries (frame.dateline-region),
            // a country a sentence names is a part of it ("$3.85 billion in Germany" of the floods in central Europe)
            if (DatelinePlaces.region(this)) for (String k : sentence.countries) sc.add(k.toLowerCase(Locale.ROOT));
            // rule "unplaced-frame-division": where the article places its event nowhere, a sentence's division is its
            // figure's place, not only its country ("In Wales the average was 56,000" beside "in Scotland, 69,000")
            if (d.isEmpty()) d = sentence.divisions;
        }
        return new Places(c, d, names, sc);
    }

    boolean isEmpty() {
        return countries.isEmpty() && divisions.isEmpty() && names.isEmpty();
    }

    /** These places with one more scope word ("part", "houston"). */
    Places withScopeWord(String word) {
        Set<String> sc = new TreeSet<>(scope);
        sc.add(word);
        return new Places(countries, divisions, names, sc);
    }

    Places withoutScope() {
        return new Places(countries, divisions, names, Set.of());
    }

    /**
     * Whether these and the other places are of two different events: both name countries and share
     * none, or every country they share has divisions named on both sides, none of them shared
     * (flooding in Texas, in a report of West Virginia's floods).
     */
    boolean apartFrom(Places o) {
        if (countries.isEmpty() || o.countries.isEmpty()) return false;
        for (String c : countries) {
            if (!o.countries.contains(c)) continue;
            Set<String> mine = divisionsOf(c), theirs = o.divisionsOf(c);
            if (mine.isEmpty() || theirs.isEmpty()) return false;
            for (String d : mine) if (theirs.contains(d)) return false;
        }
        return true;
    }

    private Set<String> divisionsOf(String country) {
        Set<String> out = new TreeSet<>();
        for (String d : divisions) if (d.startsWith(country + ".")) out.add(d);
        return out;
    }

    /** The countries these name that the other does not, with their divisions; NONE if there are none. */
    Places beyond(Places other) {
        Set<String> c = new TreeSet<>(countries);
        c.removeAll(other.countries);
        if (c.isEmpty()) return NONE;
        Set<String> d = new TreeSet<>();
        for (String country : c) d.addAll(divisionsOf(country));
        return new Places(c, d, Set.of());
    }

    /**
     * These (an article's) places narrowed to the countries and divisions a sentence names, where the
     * article names several and the sentence only some of them ("has scorched 270,000 acres in eastern
     * Oregon" in a report of fires in California and Oregon); else these places unchanged.
     */
    Places narrowedTo(Places sentence) {
        if (!sentence.countries.isEmpty() && countries.containsAll(sentence.countries) && countries.size() > sentence.countries.size()) {
            // "The drone attack in Tel Aviv" in a report of strikes on Yemen after it: Israel's alone
            Set<String> d = new TreeSet<>();
            for (String c : sentence.countries) d.addAll(divisionsOf(c));
            d.addAll(sentence.divisions);
            return new Places(new TreeSet<>(sentence.countries), d, names, scope).narrowedTo(sentence);
        }
        if (sentence.divisions.isEmpty() || !divisions.containsAll(sentence.divisions)
                || divisions.size() == sentence.divisions.size()) return this;
        return new Places(countries, new TreeSet<>(sentence.divisions), names, scope);
    }

    /** These places with the other's countries where these name none (a town's country from the article). */
    Places withCountriesOf(Places other) {
        if (!countries.isEmpty() || other.countries.isEmpty()) return this;
        return new Places(other.countries, divisions, names, scope);
    }

    Places union(Places o) {
        Set<String> c = new TreeSet<>(countries);
        c.addAll(o.countries);
        Set<String> d = new TreeSet<>(divisions);
        d.addAll(o.divisions);
        Set<String> n = new TreeSet<>(names);
        n.addAll(o.names);
        Set<String> sc = new TreeSet<>(scope);
        sc.addAll(o.scope);
        return new Places(c, d, n, sc);
    }

    /** "@EC @US @US.TX derna #kanawha": the form of a key's place ("#": the part of the event counted). */
    String key() {
        List<String> parts = new ArrayList<>();
        countries.forEach(c -> parts.add("@" + c));
        divisions.forEach(d -> parts.add("@" + d));
        parts.addAll(names);
        scope.forEach(w -> parts.add("#" + w));
        return String.join(" ", parts);
    }
}
