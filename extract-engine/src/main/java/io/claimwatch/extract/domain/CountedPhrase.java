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
    public record Result(String text, int end, String noun) {
        public Result(String text, int end) {
            this(text, end, null);
        }
    }

    /** The figure before this one in the sentence: its counted phrase, its noun phrase (or null) and unit. */
    public record Prev(String counted, String noun, String unit) { }

    private static final Set<String> SKIP_AFTER = Set.of("were", "was", "have", "has", "had", "been", "being",
            "are", "is", "be", "reportedly", "also", "may", "might", "could", "would", "will", "already", "now",
            "all", "still", "allegedly");
    private static final Set<String> SKIP_BEFORE = Set.of("the", "of", "a", "an", "to", "have", "has", "had",
            "been", "be", "being", "were", "was", "is", "are", "also", "reportedly", "home", "up", "off", "out");
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "home", "away", "place", "part");
    private static final Set<String> COPULAS = Set.of("were", "was", "are", "is", "be", "been", "being");
    private static final Set<String> COMPLEMENT_PREPS = Set.of("under", "in", "on", "without", "inside", "outside", "at");
    private static final Set<String> LINK_PREPS = Set.of("to", "at", "by");
    private static final Set<String> MODALS = Set.of("could", "would", "will", "may", "might", "can", "should", "has",
            "have", "had", "also", "still", "already");
    private static final Set<String> NP_INNER = Set.of("of", "in", "the");
    private static final Set<String> AUX = Set.of("could", "would", "will", "was", "were", "is", "are", "has", "have",
            "had", "may", "might", "can", "stood", "stands", "reached", "reaches", "range", "ranges", "ranged");

    /** Verbs of spending time whose real predicate is the participle after them ("spent the night sleeping outdoors"). */
    private static final Set<String> SPAN_VERBS = Set.of("spent", "spend", "spends", "spending", "kept", "keep",
            "began", "begun", "started", "continued", "stopped");
    /** Words before a number that are not the verb taking it as object. */
    private static final Set<String> NOT_VERBS = Set.of("all", "another", "other", "some", "any", "every", "first",
            "last", "next", "top", "total", "record", "further", "extra", "additional", "worth", "almost", "just",
            "only", "least", "most", "more", "less", "fewer", "nearly", "half", "double", "triple", "once", "twice",
            "even", "ago", "plus", "minus", "times", "page", "route", "line", "gate", "level", "than", "and", "or",
            "but", "nor", "then", "aged", "age", "ages", "about", "estimated", "compared");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "your",
            "my", "this", "these", "those", "that", "each", "every");
    /** "... across five provinces": a count of places over which the figure before it is spread. */
    private static final Set<String> SPREAD_PREPS = Set.of("across", "throughout", "in");
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "higher", "lower", "above", "below");
    private static final Set<String> AUX_BEFORE_VERB = Set.of("had", "has", "have", "were", "was", "are", "is", "been",
            "being", "will", "would", "could", "may", "might", "already", "also", "reportedly", "now", "all");
    private static final Set<String> COMPLEMENT_START = Set.of("to", "for", "in", "on", "at", "across", "into", "from",
            "onto", "inside", "outside", "aboard");

    private final Lexicon lx;

    public CountedPhrase(Lexicon lx) {
        this.lx = lx;
    }

    public Result of(String text, List<Tok> t, Mention m) {
        return of(text, t, m, null);
    }

    /** As {@link #of(String, List, Mention)}, reading the figure before it in the sentence (or null) for ellipses. */
    public Result of(String text, List<Tok> t, Mention m, Prev prev) {
        int j = m.tokEnd;
        while (j < t.size() && t.get(j).start() < m.end) j++;
        Result scale = onScale(t, m, j);
        if (scale != null) return scale;
        List<String> words = new ArrayList<>();
        int end = m.end;
        boolean unitPhrase = !m.unitWords.isEmpty();
        if (unitPhrase) words.add(m.unitWords);
        int poss = possessiveOf(t, j);
        if (poss > 0) {
            j = poss;                                            // "14 of the airport's 52 gates"
        } else if ((unitPhrase || m.unit.equals("%")) && j + 1 < t.size() && t.get(j).is("of") && t.get(j + 1).is("them")
                && frontedPartitive(t, m, j + 2) != null) {
            // "Of the deaths reported this year, 72% of them have happened outdoors"
            Result front = frontedPartitive(t, m, j + 2);
            return new Result((unitPhrase ? m.unitWords + " of " : "") + front.text(), front.end(), front.noun());
        } else if (j < t.size() && t.get(j).is("of") && (m.vague || unitPhrase || m.words || m.unit.equals("%"))
                && !(j + 2 < t.size() && t.get(j + 1).is("the") && t.get(j + 2).isNum())) {
            if (unitPhrase) words.add("of");
            j++;
            if (j < t.size() && (t.get(j).is("the") || t.get(j).is("their") || t.get(j).is("its"))) j++;
        } else if (j + 1 < t.size() && t.get(j).is("of") && (t.get(j + 1).is("them") || t.get(j + 1).is("those"))) {
            j += 2;                                              // "100,000 of them children"
        } else if (j + 2 < t.size() && t.get(j).is("of") && OWNERS.contains(t.get(j + 1).lower()) && t.get(j + 2).isWord()) {
            j += 2;                                              // "63 of its troops"
        } else if (j + 2 < t.size() && t.get(j).is("of") && t.get(j + 1).is("the") && t.get(j + 2).isNum()) {
            j += 3;                                              // "79 of the 230 seats"
            if (j < t.size() && t.get(j).isWord() && isScaleWord(t.get(j).lower())) j++;   // "of the 52 million voters"
            if (j + 1 < t.size() && t.get(j).is("-") && t.get(j).start() == t.get(j - 1).end() && t.get(j + 1).isWord()
                    && t.get(j + 1).start() == t.get(j).end()) j++;   // "of the 4,000-member union"
        } else if (j + 1 < t.size() && lx.currencyCodes.contains(m.unit) && (t.get(j).is("in") || t.get(j).is("of"))
                && t.get(j + 1).isWord() && !lx.functionWords.contains(t.get(j + 1).lower())) {
            j++;                                                 // "$5 million in aid", "$3 billion of damage"
        }
        int npStart = words.size();
        Result cmp = comparative(t, m, j, prev);
        if (cmp != null) return cmp;
        if (words.isEmpty() && prev != null && prev.noun() != null && m.unit.isEmpty()) {
            Result ell = elliptical(t, j, prev.noun());
            if (ell != null) return ell;
        }
        // "the 577-seat National Assembly": the noun of a compound modifier, then what it modifies
        if (j + 1 < t.size() && t.get(j).is("-") && t.get(j).start() == m.end && t.get(j + 1).isWord()
                && t.get(j + 1).start() == t.get(j).end()) {
            words.add(t.get(j + 1).lower());
            end = t.get(j + 1).end();
            j += 2;
        }
        Result share = bracketedShare(t, m, j, prev);
        if (share != null) return share;
        if (words.isEmpty() && m.unit.isEmpty() && prev != null && prev.noun() != null && prev.unit().isEmpty() && j + 1 < t.size()
                && t.get(j).is("in") && t.get(j + 1).isNum() && t.get(j + 1).text().length() == 4 && clauseStart(t, m)) {
            return new Result(prev.noun(), m.end, prev.noun());   // "94,986 arrivals last year, and 230,230 in 2016"
        }
        if (words.isEmpty() && m.unit.isEmpty() && prev != null && !prev.counted().isEmpty() && j + 1 < t.size()
                && t.get(j).is("in") && t.get(j + 1).capitalized() && clauseStart(t, m)) {
            // "nine died in Sonora, four in Sinaloa": the same count in another place
            String base = prev.counted();
            int in = base.indexOf(" in ");
            if (in > 0) base = base.substring(0, in);
            StringBuilder sb = new StringBuilder(base).append(" in");
            int y = j + 1, e = m.end;
            while (y < t.size() && y < j + 4 && t.get(y).capitalized()) {
                sb.append(' ').append(t.get(y).text());
                e = t.get(y).end();
                y++;
            }
            return new Result(sb.toString(), e, prev.noun());
        }
        if (words.isEmpty() && m.unit.isEmpty()) {
            Result front = frontedPartitive(t, m, j);
            if (front != null) return front;
            // "1.5 million without power", "about 39,000 were without power": the state is what is counted
            int k = j;
            while (k < t.size() && k < j + 3 && t.get(k).isWord() && (AUX_BEFORE_VERB.contains(t.get(k).lower())
                    || lx.linkingVerbs.contains(t.get(k).lower()) && k + 1 < t.size() && STATE_PREPS.contains(t.get(k + 1).lower()))) k++;
            if (k < t.size() && STATE_PREPS.contains(t.get(k).lower()) && !t.get(k).is("no")) {
                List<String> pp = new ArrayList<>();
                int[] p2 = {k + 1};
                int e2 = nounPhrase(t, p2, pp, m.end);
                if (!pp.isEmpty() && !lx.numberWords.containsKey(pp.get(0).toLowerCase())) {
                    return new Result(t.get(k).lower() + " " + String.join(" ", pp), e2);
                }
            }
            Result people = peopleVerb(t, j);
            if (people != null) return people;
            // "Local officials said 920 were still being housed there": the participle says what
            if (j < t.size() && t.get(j).isWord() && AUX_BEFORE_VERB.contains(t.get(j).lower())) {
                Result bare = elliptical(t, j, "", false);
                if (bare != null) return bare;
            }
        }
        int[] pos = {j};
        end = nounPhrase(t, pos, words, end);
        j = pos[0];
        if (words.size() == npStart + 1 && j + 3 < t.size() && t.get(j).is(",")) {
            // "14,953 men, women and children": a list of single nouns is counted whole
            int y = j + 1;
            List<String> list = new ArrayList<>();
            while (y + 1 < t.size() && listNoun(t.get(y)) && t.get(y + 1).is(",") && list.size() < 4) {
                list.add(t.get(y).text() + ",");
                y += 2;
            }
            if (y + 1 < t.size() && (t.get(y).is("and") || t.get(y).is("or")) && listNoun(t.get(y + 1))
                    && (y + 2 >= t.size() || !t.get(y + 2).isWord() || lx.functionWords.contains(t.get(y + 2).lower()))
                    || y + 2 < t.size() && listNoun(t.get(y)) && (t.get(y + 1).is("and") || t.get(y + 1).is("or")) && listNoun(t.get(y + 2))
                    && (y + 3 >= t.size() || !t.get(y + 3).isWord() || lx.functionWords.contains(t.get(y + 3).lower()))) {
                if (!t.get(y).is("and") && !t.get(y).is("or")) list.add(t.get(y++).text());
                list.add(t.get(y).lower());
                list.add(t.get(y + 1).text());
                words.set(npStart, words.get(npStart) + ",");
                if (list.get(0).endsWith(",") || list.size() > 3) { /* a list of three or more */ }
                words.addAll(list);
                end = t.get(y + 1).end();
                j = y + 2;
            }
        }
        boolean np = words.size() > npStart;
        String noun = np ? String.join(" ", words.subList(npStart, words.size())) : null;
        if (np && j + 1 < t.size() && t.get(j).is("who") && pastVerb(t.get(j + 1))) {
            // "1,659 people who died or went missing", "the individuals who died were over 65"
            words.add("who");
            words.add(t.get(j + 1).lower());
            end = t.get(j + 1).end();
            j += 2;
            if (j + 1 < t.size() && (t.get(j).is("or") || t.get(j).is("and")) && pastVerb(t.get(j + 1))) {
                words.add(t.get(j).lower());
                words.add(t.get(j + 1).lower());
                end = t.get(j + 1).end();
                j += 2;
                if (j < t.size() && t.get(j).isWord() && lx.peopleVerbs.contains(t.get(j).lower())) {   // "went missing"
                    words.add(t.get(j).lower());
                    end = t.get(j).end();
                    j++;
                }
            }
        }
        int before = tokenBefore(t, m);
        String linkBefore = before >= 0 && t.get(before).isWord() ? t.get(before).lower() : "";
        if (!np && words.isEmpty() && m.unit.isEmpty() && prev != null && prev.noun() != null && prev.unit().isEmpty()
                && before >= 0 && pastVerb(t.get(before)) && !lx.linkingVerbs.contains(linkBefore)
                && !NOT_VERBS.contains(linkBefore)) {
            // "372 cases, the most since the CDC confirmed 667 in 2014": the object counts the noun before
            return new Result(prev.noun() + " " + linkBefore, m.end, prev.noun());
        }
        if (unitPhrase && !np && words.size() > 0 && words.get(words.size() - 1).equals("of")) words.remove(words.size() - 1);
        String verb = null, participle = null;
        int participleEnd = -1;
        if (np) {
            // trailing verb: "were captured", "have voluntarily surrendered", "lined up", "backing a cut"
            int k = j, skipped = 0;
            boolean copula = false;
            if (k < t.size() && PP_BEFORE_VERB.contains(t.get(k).lower())) {
                // "31% of flights across the country had departed late"
                int y = k + 1;
                // ("people across the Lower 48 were under heat alerts": a name may end in a number)
                while (y < t.size() && y < k + 5 && t.get(y).isWord() && !AUX_BEFORE_VERB.contains(t.get(y).lower())
                        && !lx.functionWords.contains(t.get(y).lower()) || y == k + 1 && y < t.size() && DETERMINERS.contains(t.get(y).lower())
                        || y < t.size() && y > k + 1 && t.get(y).isNum() && t.get(y - 1).capitalized()) y++;
                if (y < t.size() && y > k + 1 && AUX_BEFORE_VERB.contains(t.get(y).lower())) k = y;
            }
            while (k < t.size() && skipped < 4 && t.get(k).isWord()
                    && (SKIP_AFTER.contains(t.get(k).lower()) || t.get(k).lower().endsWith("ly")
                        // "customers remained without power": a linking verb before a state
                        || lx.linkingVerbs.contains(t.get(k).lower()) && k + 1 < t.size() && STATE_PREPS.contains(t.get(k + 1).lower()))) {
                copula |= COPULAS.contains(t.get(k).lower());
                k++;
                skipped++;
            }
            // "287 deaths under investigation", "1.1 million customers had no power": the state they are in
            if (k + 1 < t.size() && STATE_PREPS.contains(t.get(k).lower()) && (!t.get(k).is("no") || k > j)) {
                List<String> pp = new ArrayList<>();
                int[] p2 = {k + 1};
                int e2 = nounPhrase(t, p2, pp, end);
                if (!pp.isEmpty() && !lx.numberWords.containsKey(pp.get(0).toLowerCase())) {
                    words.add(t.get(k).is("no") ? "with no" : t.get(k).lower());
                    words.addAll(pp);
                    end = e2;
                    j = p2[0];
                    k = j;
                    copula = false;                              // its place is not another state
                }
            }
            if (k < t.size() && t.get(k).isWord() && !lx.functionWords.contains(t.get(k).lower())
                    && !t.get(k).capitalized()
                    && (lx.eventVerb(t.get(k).lower()) != null || t.get(k).lower().endsWith("ed")
                        || lx.irregularPast.contains(t.get(k).lower()))) {
                verb = t.get(k).lower();
                end = t.get(k).end();
                if (k + 1 < t.size() && PARTICLES.contains(t.get(k + 1).lower())) {
                    verb += " " + t.get(k + 1).lower();
                    end = t.get(k + 1).end();
                } else if (k + 2 < t.size() && OWNERS.contains(t.get(k + 1).lower()) && t.get(k + 2).isWord()
                        && !t.get(k + 2).capitalized() && nounish(t.get(k + 2)) && !isVerbish(t.get(k + 2))) {
                    // "972 people have lost their lives", "fled their homes": the object that is theirs
                    verb += " " + t.get(k + 1).lower() + " " + t.get(k + 2).lower();
                    end = t.get(k + 2).end();
                } else if (SPAN_VERBS.contains(verb)) {
                    // "people have spent the past five nights sleeping outdoors": the participle is the predicate
                    boolean ing = false;
                    for (int x = k + 1; x < t.size() && x <= k + 6 && t.get(x).isWord(); x++) {
                        String xl = t.get(x).lower();
                        if (lx.functionWords.contains(xl) && !DETERMINERS.contains(xl)) break;   // "the night at the border crossing"
                        if (xl.endsWith("ing") && xl.length() > 5 && !t.get(x).capitalized()
                                && !DETERMINERS.contains(t.get(x - 1).lower())) {   // not "the evening"
                            verb += " " + xl;
                            end = t.get(x).end();
                            if (x + 1 < t.size() && t.get(x + 1).isWord() && !lx.functionWords.contains(t.get(x + 1).lower())) {
                                verb += " " + t.get(x + 1).lower();
                                end = t.get(x + 1).end();
                            }
                            ing = true;
                            break;
                        }
                    }
                    if (!ing) {
                        // "passengers spent the night in the terminal"
                        for (int x = k + 1; x < t.size() && x <= k + 7 && t.get(x).isWord(); x++) {
                            String xl = t.get(x).lower();
                            if (lx.reportingVerbs.contains(xl) || lx.functionWords.contains(xl) && !DETERMINERS.contains(xl)
                                    && !COMPLEMENT_START.contains(xl)) break;
                            if (DETERMINERS.contains(xl)) continue;
                            verb += " " + xl;
                            end = t.get(x).end();
                        }
                    }
                }
            } else if (k < t.size() && t.get(k).isWord() && !t.get(k).capitalized() && !lx.functionWords.contains(t.get(k).lower())
                    && t.get(k).lower().endsWith("ing") && t.get(k).lower().length() > 5) {
                participle = t.get(k).lower();                   // "members backing a cut": used when no verb before
                participleEnd = t.get(k).end();
            } else if (copula && k + 1 < t.size() && t.get(k).isWord() && !t.get(k).capitalized()
                    && (t.get(k).lower().endsWith("able") || t.get(k).lower().endsWith("ible")) && t.get(k).lower().length() > 6) {
                verb = t.get(k).lower();                         // "deaths were attributable to the heat"
                end = t.get(k).end();
            } else if (copula && k + 1 < t.size() && COMPLEMENT_PREPS.contains(t.get(k).lower())) {
                // "people were under evacuation orders", "may still be in custody"
                List<String> pp = new ArrayList<>();
                int[] p2 = {k + 1};
                int e2 = nounPhrase(t, p2, pp, end);
                if (!pp.isEmpty()) {
                    words.add(t.get(k).lower());
                    words.addAll(pp);
                    end = e2;
                }
            }
        }
        if (np && verb == null && prev != null) {
            String inherited = null;
            if (linkBefore.equals("including") && prev.noun() != null && prev.counted().startsWith(prev.noun())
                    && prev.counted().length() > prev.noun().length()) {
                // "55 Armenians may be in custody, including six civilians" -> "civilians in custody"
                inherited = prev.counted().substring(prev.noun().length());
                // "10.8 million people were registered, including 1.5 million living abroad": the noun is elided
                if (words.get(npStart).toLowerCase().endsWith("ing")) {
                    words.add(npStart, prev.noun());
                    // and where: "including 40,000 living in camps"
                    if (j + 1 < t.size() && COMPLEMENT_START.contains(t.get(j).lower())) {
                        List<String> pp = new ArrayList<>();
                        int[] p2 = {j + 1};
                        int e2 = nounPhrase(t, p2, pp, end);
                        if (!pp.isEmpty()) {
                            words.add(t.get(j).lower());
                            words.addAll(pp);
                            end = e2;
                        }
                    }
                }
            } else if (SPREAD_PREPS.contains(linkBefore) && m.unit.isEmpty() && words.size() == npStart + 1) {
                // "50,000 homes had been damaged across five provinces" -> "provinces with homes damaged"
                inherited = " with " + prev.counted();
            }
            if (inherited != null) {
                words.add(inherited.strip());
                return new Result(String.join(" ", words).strip(), end, noun);
            }
        }
        if (np && verb == null && linkBefore.equals("by") && before > 0) {
            // "battling the flames, supported by 38 helicopters" -> "helicopters supporting firefighters"
            Tok pv = t.get(before - 1);
            String pl = pv.lower();
            if (pv.isWord() && !pv.capitalized() && pl.endsWith("ed") && pl.length() > 4 && !lx.functionWords.contains(pl)) {
                words.add(pl.substring(0, pl.length() - (pl.endsWith("ied") ? 3 : 2)) + (pl.endsWith("ied") ? "ying" : "ing"));
                if (prev != null && prev.noun() != null) words.add(prev.noun());
                return new Result(String.join(" ", words).strip(), end, noun);
            }
        }
        if (np && verb == null && linkBefore.endsWith("ing") && before > 0 && !t.get(before).capitalized()
                && !linkBefore.equals("including") && lx.eventVerb(linkBefore) == null && linkBefore.length() > 5) {
            // "a second exchange involving between 20 and 30 prisoners" -> "prisoners in second exchange"
            int a = backOverNoun(t, before - 1);
            if (a <= before - 1 && nounish(t.get(before - 1))) {
                words.add("in " + span(t, Math.max(a, before - 4), before));
                return new Result(String.join(" ", words).strip(), end, noun);
            }
        }
        if (verb == null) verb = verbBefore(text, t, m);
        if (verb == null && np && before >= 0) {
            // "Passengers made around 4.2 million journeys" -> "journeys made by Passengers"
            // ("voters will elect a total of 500 members": the verb is before "a total of")
            if (before >= 2 && t.get(before).is("of") && t.get(before - 1).is("total")) before -= t.get(before - 2).is("a") ? 3 : 2;
            String part = before >= 0 ? objectVerb(t, before) : null;
            if (part != null) {
                verb = part;
                int sj = before - 1;
                while (sj >= 0 && t.get(sj).isWord() && !t.get(sj).capitalized() && (t.get(sj).lower().endsWith("ly")
                        || MODALS.contains(t.get(sj).lower()) || AUX_BEFORE_VERB.contains(t.get(sj).lower()))) sj--;
                if (sj >= 0 && t.get(sj).isWord() && nounish(t.get(sj)) && !NOT_VERBS.contains(t.get(sj).lower())) {
                    int a = Math.max(backOverNoun(t, sj), sj - 2);
                    if (a <= sj) verb += " by " + span(t, a, sj + 1);
                }
            }
        }
        if (verb == null && participle != null) {
            verb = participle;
            end = participleEnd;
        }
        if (!np) {
            String measure = measureFallback(t, m);
            if (measure == null) measure = subject(t, m);
            if (measure != null) words.add(measure);
        } else {
            String tail = measureSubject(t, m);
            if (tail != null && verb == null) verb = tail;
            else if (tail != null) words.add(tail);
        }
        if (verb != null) words.add(verb);
        // where or to what: "died or gone missing on the central Mediterranean route", "640 patients for
        // heat-related illness", "40 kilometers (25 miles) south of the island"
        if (np || unitPhrase) {
            int x = j;
            while (x < t.size() && t.get(x).start() < end) x++;
            int[] e = {end};
            if (complement(t, x, words, e, np)) end = e[0];
        }
        // "the airport's 52 gates" -> "gates of the airport"
        if (np && before >= 0 && before == m.tokStart - 1 - countHedge(t, m) && owner(t.get(before)) != null) {
            words.add(npStart + (noun == null ? 0 : noun.split(" ").length), "of " + (before > 0 && t.get(before - 1).is("the") ? "the " : "") + owner(t.get(before)));
        }
        // "£25 million a day", "500 people per week"; not "down from 180 a week earlier"
        int r = j;
        while (r < t.size() && t.get(r).start() < end) r++;
        if (r + 1 < t.size() && (t.get(r).is("a") || t.get(r).is("per") || t.get(r).is("each") || t.get(r).is("an"))
                && lx.rateUnits.contains(t.get(r + 1).lower())
                && !(r + 2 < t.size() && RELATIVE_TIME.contains(t.get(r + 2).lower()))) {
            words.add(t.get(r).lower() + " " + t.get(r + 1).lower());
        }
        // "1,000-for-1,000 swap": the figure is per side
        if (text.substring(m.start, m.end).contains("-for-")) words.add("exchanged by each side");
        return new Result(String.join(" ", words).strip(), end, noun);
    }

    private static final Set<String> PP_AFTER = Set.of("for", "from", "to", "on", "in", "at", "into", "aboard", "across", "near");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "off");
    private static final Set<String> NOT_PLACES = Set.of("same", "last", "next", "this", "that", "first", "past", "coming",
            "time", "order", "response", "total", "addition", "all", "part", "turn", "line", "favour", "favor", "case");

    /**
     * Appends the prepositional phrase at x that says where or to what the figure applies, after a
     * coordinated participle ("died or gone missing"), a bracketed conversion or a direction ("south
     * of the island"); not a time ("on Monday", "in the same period", "since Saturday"). True if any.
     */
    private boolean complement(List<Tok> t, int x, List<String> words, int[] end, boolean np) {
        int size = words.size();
        if (np && x + 1 < t.size() && (t.get(x).is("or") || t.get(x).is("and")) && t.get(x + 1).isWord()
                && !t.get(x + 1).capitalized() && (t.get(x + 1).lower().endsWith("ed") || lx.irregularPast.contains(t.get(x + 1).lower()))
                && !words.isEmpty() && isVerbish(new Tok(0, 0, words.get(words.size() - 1), words.get(words.size() - 1).toLowerCase(), Tok.Kind.WORD))
                && endsItsClause(t, x + 2)) {
            words.add(t.get(x).lower());
            words.add(t.get(x + 1).lower());
            end[0] = t.get(x + 1).end();
            x += 2;
            if (x < t.size() && t.get(x).isWord() && lx.peopleVerbs.contains(t.get(x).lower())) {   // "gone missing"
                words.add(t.get(x).lower());
                end[0] = t.get(x).end();
                x++;
            }
        }
        if (!np && x < t.size() && t.get(x).is("(")) {           // "40 kilometers (25 miles)"
            int y = x + 1;
            while (y < t.size() && !t.get(y).is(")") && y < x + 6) y++;
            if (y < t.size() && t.get(y).is(")")) x = y + 1;
        }
        if (x + 1 >= t.size() || !t.get(x).isWord()) return words.size() > size;
        String prep = t.get(x).lower();
        int y = x + 1;
        List<String> pp = new ArrayList<>();
        if (DIRECTIONS.contains(prep) && !np) {
            if (!t.get(y).is("of")) return words.size() > size;
            pp.add(prep);
            pp.add("of");
            y++;
        } else if (PP_AFTER.contains(prep) && np) {
            pp.add(prep);
        } else {
            return words.size() > size;
        }
        int content = 0, ppEnd = -1;
        while (y < t.size() && content < 4) {
            Tok w = t.get(y);
            if (!w.isWord()) break;
            String l = w.lower();
            boolean inner = DETERMINERS.contains(l) || l.equals("of");
            if (inner) {
                if (l.equals("of") && content == 0) break;
                // "on the eastern route this year": a determiner after the place starts another phrase
                if (!l.equals("of") && content > 0 && !pp.get(pp.size() - 1).equals("of")) break;
                pp.add(l);
                y++;
                continue;
            }
            // "arriving in Italy and the remainder": "and" goes on only to another name
            if (l.equals("and") || l.equals("or")) {
                if (content == 0 || y + 1 >= t.size() || !properName(t.get(y + 1))) break;
                pp.add(l);
                y++;
                continue;
            }
            // "in recent days", "on Monday evening", "in early March": a time, not a place
            if (lx.months.containsKey(l) || lx.weekdays.containsKey(l) || lx.timeUnits.contains(l.replaceAll("s$", ""))
                    || lx.timeUnits.contains(l)) {
                if (content > 0) return words.size() > size;
                break;
            }
            if (lx.functionWords.contains(l) || lx.reportingVerbs.contains(l) || NOT_PLACES.contains(l)
                    || lx.numberWords.containsKey(l.split("-")[0]) || lx.vagueFirstWords.contains(l)
                    || l.endsWith("ing") && content > 0 || isVerbish(w) && content > 0) break;
            if (l.endsWith("'s") || l.endsWith("’s")) break;
            pp.add(w.text());
            ppEnd = w.end();
            content++;
            y++;
        }
        if (content == 0) return words.size() > size;
        while (DETERMINERS.contains(pp.get(pp.size() - 1).toLowerCase()) || pp.get(pp.size() - 1).equals("of")) pp.remove(pp.size() - 1);
        words.addAll(pp);
        end[0] = ppEnd;
        return true;
    }

    /**
     * Nothing at k makes the verb before it transitive: "died or went missing in the floods", not
     * "pardoned 78 inmates and shortened the sentences of 153 others" or "and estimated losses".
     */
    private boolean endsItsClause(List<Tok> t, int k) {
        if (k >= t.size() || !t.get(k).isWord()) return k >= t.size() || !t.get(k).isNum();
        String l = t.get(k).lower();
        return !DETERMINERS.contains(l) && (lx.functionWords.contains(l) || lx.peopleVerbs.contains(l));
    }

    private boolean isScaleWord(String l) {
        long[] nw = lx.numberWords.get(l);
        return nw != null && nw[1] == 2;
    }

    /**
     * "India reported 360 killed and 900 injured", "where 11,000 died", "12 still missing": a bare
     * figure before a participle that counts people, with the place after it ("73 killed in Morelos").
     */
    private Result peopleVerb(List<Tok> t, int j) {
        int k = j;
        while (k < t.size() && t.get(k).isWord() && AUX_BEFORE_VERB.contains(t.get(k).lower()) && k < j + 3) k++;
        if (k >= t.size() || !t.get(k).isWord() || !lx.peopleVerbs.contains(t.get(k).lower())) return null;
        // "360 killed" but not "5 injured workers": the participle ends the phrase
        if (k + 1 < t.size() && t.get(k + 1).isWord() && !lx.functionWords.contains(t.get(k + 1).lower())
                && !t.get(k + 1).is("and")) return null;
        List<String> words = new ArrayList<>();
        words.add("people");
        words.add(t.get(k).lower());
        int end = t.get(k).end();
        int x = k + 1;
        if (x + 1 < t.size() && t.get(x).is("in") && t.get(x + 1).capitalized() && !t.get(x + 1).text().endsWith("'s")
                && !t.get(x + 1).text().endsWith("’s") && !lx.weekdays.containsKey(t.get(x + 1).lower())
                && !lx.months.containsKey(t.get(x + 1).lower())) {
            words.add("in");
            int y = x + 1;
            while (y < t.size() && y < x + 4 && t.get(y).capitalized()) {
                words.add(t.get(y).text());
                end = t.get(y).end();
                y++;
            }
        }
        return new Result(String.join(" ", words), end, "people");
    }

    /** "Of the deaths, 17,388 were reported in Kashmir": the noun fronted with "of" before the figure. */
    private Result frontedPartitive(List<Tok> t, Mention m, int j) {
        int k = m.tokStart - 1;
        while (k >= 0 && t.get(k).end() > m.hedgeStart) k--;
        if (k < 2 || !t.get(k).is(",")) return null;
        int of = -1;
        for (int x = k - 1; x >= Math.max(0, k - 9); x--) {
            if (!t.get(x).isWord() && !t.get(x).isNum()) return null;
            if (t.get(x).is("of")) { of = x; break; }
        }
        if (of < 0 || of + 2 > k - 1 || of > 0 && !t.get(of - 1).is(",")) return null;
        int a = of + 1;
        if (DETERMINERS.contains(t.get(a).lower())) a++;
        while (a < k && t.get(a).isNum()) a++;                   // "Of the 22 economists polled, 14 ..."
        if (a >= k) return null;
        String noun = span(t, a, k).toLowerCase();
        Result ell = elliptical(t, j, noun, true);
        return ell != null ? ell : new Result(noun, m.end, noun);
    }

    private static final Set<String> OWNERS = Set.of("its", "their", "his", "her", "our");
    /** Prepositions of a state the counted are in ("under investigation", "without power", "had no power"). */
    private static final Set<String> STATE_PREPS = Set.of("under", "without", "no");

    /** The figure opens its clause: at the start, or after a comma, "and", "while" or a semicolon. */
    private static boolean clauseStart(List<Tok> t, Mention m) {
        int b = tokenBefore(t, m);
        return b < 0 || t.get(b).is(",") || t.get(b).is("and") || t.get(b).is("while") || t.get(b).is(";");
    }

    /**
     * "the remainder divided between Greece (29%) and Spain (33%)", after "38 percent arriving in Italy":
     * a share in brackets after a name is the share of the figure before it in that place.
     */
    private Result bracketedShare(List<Tok> t, Mention m, int j, Prev prev) {
        int b = m.tokStart - 1;
        if (prev == null || b < 1 || !t.get(b).is("(") || j >= t.size() || !t.get(j).is(")") || !properName(t.get(b - 1))) return null;
        if (!prev.unit().equals(m.unit)) return null;
        int in = prev.counted().indexOf(" in ");
        if (in <= 0) return null;
        int a = b - 1;
        while (a > 0 && properName(t.get(a - 1)) && b - a < 4) a--;
        return new Result(prev.counted().substring(0, in) + " in " + span(t, a, b), t.get(j).end(), prev.noun());
    }

    private static final Set<String> PP_BEFORE_VERB = Set.of("in", "across", "at", "on", "from", "near", "around", "throughout");
    private static final Set<String> RELATIVE_TIME = Set.of("earlier", "ago", "later", "before", "after", "previously");

    /** The tokens of the hedge before the figure. */
    private static int countHedge(List<Tok> t, Mention m) {
        int n = 0;
        for (int k = m.tokStart - 1; k >= 0 && t.get(k).end() > m.hedgeStart; k--) n++;
        return n;
    }

    /** "airport's" -> "airport" (with its article where the text has one); null if not a possessive. */
    /**
     * A figure on a named scale ("a magnitude 6.9 earthquake", "a magnitude-7.1 quake") measures the
     * thing after it on that scale: "earthquake magnitude".
     */
    private Result onScale(List<Tok> t, Mention m, int j) {
        int before = m.tokStart - 1;
        if (before >= 0 && t.get(before).is("-") && t.get(before).end() == m.start) before--;
        if (before < 0 || !t.get(before).isWord() || !lx.scaleNouns.contains(t.get(before).lower())) return null;
        if (j >= t.size() || !t.get(j).isWord() || lx.functionWords.contains(t.get(j).lower())) return null;
        return new Result(t.get(j).lower() + " " + t.get(before).lower(), t.get(j).end());
    }

    private static String owner(Tok w) {
        if (!w.isWord()) return null;
        String x = w.text();
        if (x.endsWith("'s") || x.endsWith("’s")) return x.substring(0, x.length() - 2);
        return null;
    }

    /** After "of": "the airport's 52" -> the index after the number; 0 if not that shape. */
    private static int possessiveOf(List<Tok> t, int j) {
        if (j >= t.size() || !t.get(j).is("of")) return 0;
        int x = j + 1;
        if (x < t.size() && (t.get(x).is("the") || t.get(x).is("its") || t.get(x).is("their"))) x++;
        if (x < t.size() && owner(t.get(x)) != null) x++;
        else return 0;
        return x < t.size() && t.get(x).isNum() ? x + 1 : 0;
    }

    /** The token before the figure and its hedge, skipping "only" and adverbs; -1 at the start. */
    private static int tokenBefore(List<Tok> t, Mention m) {
        int k = m.tokStart - 1;
        while (k >= 0 && t.get(k).end() > m.hedgeStart) k--;
        while (k >= 0 && t.get(k).isWord() && !t.get(k).capitalized()
                && (t.get(k).is("only") || t.get(k).is("just") || t.get(k).lower().endsWith("ly"))) k--;
        return k;
    }

    /**
     * The participle of the verb at k that takes the figure as its object ("made 4.2 million journeys",
     * "decide four more seats"), or null where the word is not plausibly a verb (a function word, a
     * designator, a noun after a determiner: "cost the industry £25 million").
     */
    private String objectVerb(List<Tok> t, int k) {
        Tok v = t.get(k);
        if (!v.isWord() || v.capitalized() || v.text().indexOf('\'') >= 0) return null;
        String l = v.lower();
        if (l.length() < 3 || lx.functionWords.contains(l) || lx.designators.contains(l) || lx.timeUnits.contains(l)
                || lx.months.containsKey(l) || lx.reportingVerbs.contains(l) || NOT_VERBS.contains(l)
                || lx.linkingVerbs.contains(l) || AUX.contains(l) || l.endsWith("ing")) return null;
        if (k > 0 && (DETERMINERS.contains(t.get(k - 1).lower()) || t.get(k - 1).text().endsWith("'s")
                || t.get(k - 1).text().equals("'s"))) return null;
        // "piled coal and debris nearly 5 feet high": no English verb ends in -is or -us (debris, crisis, census, virus)
        if (l.endsWith("is") || l.endsWith("us")) return null;
        return participle(l);
    }

    /** The past participle of a verb form: the irregular table, else the regular rule. */
    String participle(String l) {
        String irregular = lx.participles.get(l);
        if (irregular != null) return irregular;
        if (l.endsWith("ed")) return l;
        String b = l;
        if (b.endsWith("ies") && b.length() > 4) b = b.substring(0, b.length() - 3) + "y";
        else if (b.endsWith("s") && !b.endsWith("ss") && !b.endsWith("us")) b = b.substring(0, b.length() - 1);
        if (b.endsWith("e")) return b + "d";
        if (b.endsWith("y") && b.length() > 2 && "aeiou".indexOf(b.charAt(b.length() - 2)) < 0) {
            return b.substring(0, b.length() - 1) + "ied";
        }
        return b + "ed";
    }

    /**
     * A bare figure as the subject of a verb, counting the noun of the figure before it: "police counted
     * 80,000 protesters, while the union said 400,000 had taken to the streets" -> "protesters taken to
     * the streets", "79 of the 230 seats, short of the 116 needed for a majority" -> "seats needed for a majority".
     */
    private Result elliptical(List<Tok> t, int j, String noun) {
        return elliptical(t, j, noun, false);
    }

    private Result elliptical(List<Tok> t, int j, String noun, boolean reporting) {
        int k = j;
        while (k < t.size() && t.get(k).isWord() && (AUX_BEFORE_VERB.contains(t.get(k).lower()) || SKIP_AFTER.contains(t.get(k).lower())
                || t.get(k).lower().endsWith("ly") && !t.get(k).capitalized()) && k < j + 4) k++;
        if (k >= t.size() || !t.get(k).isWord() || t.get(k).capitalized()) return null;
        String l = t.get(k).lower();
        if (lx.functionWords.contains(l) || lx.reportingVerbs.contains(l) && !reporting) return null;
        String part;
        if (l.endsWith("ed") && l.length() > 4) part = l;
        else if (lx.participles.containsKey(l) && !lx.participles.get(l).equals("been")) part = lx.participles.get(l);
        else return null;
        List<String> words = new ArrayList<>();
        if (!noun.isEmpty()) words.add(noun);
        words.add(part);
        int end = t.get(k).end();
        int x = k + 1;
        if (x + 1 < t.size() && COMPLEMENT_START.contains(t.get(x).lower()) && t.get(x + 1).isWord()) {
            List<String> pp = new ArrayList<>();
            pp.add(t.get(x).lower());
            int y = x + 1, content = 0;
            while (y < t.size() && y < x + 8 && t.get(y).isWord()) {
                String yl = t.get(y).lower();
                boolean inner = DETERMINERS.contains(yl) || yl.equals("of");
                if (!inner && (lx.functionWords.contains(yl) || lx.reportingVerbs.contains(yl) || lx.months.containsKey(yl)
                        || lx.weekdays.containsKey(yl))) break;
                pp.add(t.get(y).text());
                if (!inner) {
                    content++;
                    end = t.get(y).end();
                }
                y++;
            }
            while (pp.size() > 1 && (DETERMINERS.contains(pp.get(pp.size() - 1).toLowerCase()) || pp.get(pp.size() - 1).equals("of"))) {
                pp.remove(pp.size() - 1);
            }
            if (content > 0) words.addAll(pp);
        }
        return new Result(String.join(" ", words), end, noun.isEmpty() ? null : noun);
    }

    /**
     * "£120.7bn ..., £6.6bn more than the OBR had forecast" -> "Government borrowing above forecast": a
     * difference from a forecast or an earlier level counts what the figure before it counts.
     */
    private Result comparative(List<Tok> t, Mention m, int j, Prev prev) {
        if (prev == null || !prev.unit().equals(m.unit) || prev.counted().isEmpty()) return null;
        if (j + 1 >= t.size() || !COMPARATIVES.contains(t.get(j).lower()) || !t.get(j + 1).is("than")) return null;
        String dir = t.get(j).is("more") || t.get(j).is("higher") || t.get(j).is("above") ? "above" : "below";
        int x = j + 2, last = -1;
        while (x < t.size() && x < j + 14 && t.get(x).isWord()) {
            last = x;
            x++;
        }
        String what = null;
        if (last > j + 2 && AUX_BEFORE_VERB.contains(t.get(last - 1).lower())) what = t.get(last).lower();   // "had forecast"
        else if (last >= j + 2) {
            int a = j + 2;
            while (a <= last && DETERMINERS.contains(t.get(a).lower())) a++;
            if (a <= last) what = span(t, a, Math.min(last + 1, a + 3));
        }
        if (what == null) return null;
        return new Result(prev.counted() + " " + dir + " " + what, t.get(Math.max(last, j + 1)).end(), null);
    }

    /**
     * What a figure with no noun after it measures, read before it: the subject of a linking verb
     * ("Consumer prices rose 3.2%", "the rate stands at 5.91%", "borrowing came in at £120.7bn",
     * "the fire could spread to 500,000 acres", "Los Angeles, which covers 300,000 acres"), the
     * object of "at"/"to" ("holds rates at 5.25%", "raise the retirement age to 64") or the noun
     * of an "of" ("a depth of 18 kilometers").
     */
    private String subject(List<Tok> t, Mention m) {
        int k = m.tokStart - 1;
        while (k >= 0 && t.get(k).end() > m.hedgeStart) k--;
        if (k < 0 || !t.get(k).isWord()) return null;
        if (t.get(k).is("of")) {
            int x = k - 1;
            if (x > 2 && t.get(x).is(")")) {                    // "a case fatality rate (CFR) of 18.7 per cent"
                while (x > 0 && !t.get(x).is("(") && k - x < 6) x--;
                x--;
                if (x >= 0 && nounish(t.get(x))) {
                    int a = backOverNoun(t, x);
                    if (a <= x) return span(t, Math.max(a, x - 3), x + 1);
                }
                return null;
            }
            if (k > 0 && nounish(t.get(k - 1))) return t.get(k - 1).lower();
            return null;
        }
        if (k >= 1 && t.get(k).is("record") && (t.get(k - 1).is("a") || t.get(k - 1).is("new"))) {
            k -= 2;                                              // "Power demand hit a record 41,300 megawatts"
            if (k >= 0 && t.get(k).is("a")) k--;
            if (k < 0 || !t.get(k).isWord()) return null;
        }
        String prep = null;
        if (LINK_PREPS.contains(t.get(k).lower())) {
            prep = t.get(k).lower();
            k--;
        }
        if (k < 0 || !t.get(k).isWord()) return null;
        if (prep != null && k > 0 && t.get(k).is("in") && lx.linkingVerbs.contains(t.get(k - 1).lower())) k--;   // "came in at"
        Tok v = t.get(k);
        String vl = v.lower();
        boolean modal = k > 0 && MODALS.contains(t.get(k - 1).lower()) && !lx.functionWords.contains(vl);
        boolean verb = lx.linkingVerbs.contains(vl) || modal
                // "Maximum sustained winds were recorded at 50 mph", "the damage was put at $2 billion"
                || prep != null && prep.equals("at") && k > 0 && COPULAS.contains(t.get(k - 1).lower()) && !v.capitalized()
                    && (vl.endsWith("ed") || lx.irregularPast.contains(vl))
                || v.capitalized() && lx.eventVerb(vl) != null && !lx.functionWords.contains(vl)
                || prep == null && !lx.functionWords.contains(vl) && !v.capitalized() && (vl.endsWith("s") || vl.endsWith("ed"));
        if (!verb) {
            if (prep == null || !nounish(v)) return null;
            int a = backOverNoun(t, k);
            // "bottomed out in April during the initial onset of the pandemic at 17,106": the noun before
            // "at" is a preposition's object; what is measured is the subject of the sentence
            int pa = a - 1;
            while (pa >= 0 && (t.get(pa).isWord() && (DETERMINERS.contains(t.get(pa).lower()) || t.get(pa).capitalized())
                    || t.get(pa).isNum() || t.get(pa).is("-"))) pa--;   // "of the COVID-19 pandemic"
            if (prep.equals("at") && pa >= 0 && t.get(pa).isWord() && (lx.functionWords.contains(t.get(pa).lower()) || t.get(pa).is("of"))
                    && !DETERMINERS.contains(t.get(pa).lower())) return sentenceSubject(t, pa);
            if (prep.equals("to")) {
                boolean change = false;
                for (int x = Math.max(0, a - 3); x < a; x++) change |= lx.changeVerbs.contains(t.get(x).lower());
                if (!change) return null;
            }
            return span(t, a, k + 1);
        }
        int x = k - 1;
        while (x >= 0 && t.get(x).isWord() && (MODALS.contains(t.get(x).lower()) || COPULAS.contains(t.get(x).lower())
                || t.get(x).lower().endsWith("ly") && !t.get(x).capitalized())) x--;
        if (x > 1 && t.get(x).is(")")) {                         // "the case fatality rate (CFR) stood at"
            int y = x - 1;
            while (y > 0 && !t.get(y).is("(") && x - y < 6) y--;
            if (t.get(y).is("(")) x = y - 1;
        }
        if (x < 0) return null;
        if ((t.get(x).is("which") || t.get(x).is("that") || t.get(x).is("who")) && x > 1 && t.get(x - 1).is(",")) x -= 2;
        if (!t.get(x).isWord() || lx.functionWords.contains(t.get(x).lower()) || lx.reportingVerbs.contains(t.get(x).lower())) return null;
        int a = backOverNoun(t, x);
        return a > x ? null : span(t, a, x + 1);
    }

    /** The noun phrase that opens the sentence before its verb ("Border encounters bottomed out ..."), or null. */
    private String sentenceSubject(List<Tok> t, int limit) {
        int a = 0;
        while (a < limit && t.get(a).isWord() && DETERMINERS.contains(t.get(a).lower())) a++;
        int x = a;
        while (x < limit && x < a + 4 && t.get(x).isWord() && nounish(t.get(x)) && !isVerbish(t.get(x))
                && !lx.linkingVerbs.contains(t.get(x).lower()) && !lx.hedgesBefore.containsKey(t.get(x).lower())
                && !lx.timeUnits.contains(t.get(x).lower()) && !lx.months.containsKey(t.get(x).lower())) x++;
        if (x == a || x >= limit) return null;
        Tok v = t.get(x);
        boolean verbNext = v.isWord() && (isVerbish(v) || lx.linkingVerbs.contains(v.lower()) || lx.hedgesBefore.containsKey(v.lower())
                || AUX_BEFORE_VERB.contains(v.lower()));
        return verbNext ? span(t, a, x) : null;
    }

    /** The start of the noun phrase ending at token k: words, with "of", "in", "the" inside it. */
    private int backOverNoun(List<Tok> t, int k) {
        int x = k;
        while (x >= 0 && k - x < 7) {
            Tok w = t.get(x);
            if (!w.isWord()) break;
            String l = w.lower();
            if (lx.functionWords.contains(l) && !NP_INNER.contains(l)) break;
            if (lx.reportingVerbs.contains(l) || lx.linkingVerbs.contains(l) && x < k) break;
            x--;
        }
        int a = x + 1;
        while (a <= k && (NP_INNER.contains(t.get(a).lower()) || lx.functionWords.contains(t.get(a).lower()))) a++;
        return a;
    }

    private boolean nounish(Tok w) {
        if (!w.isWord()) return false;
        String l = w.lower();
        return !lx.functionWords.contains(l) && !lx.linkingVerbs.contains(l) && !lx.reportingVerbs.contains(l)
                && !(l.endsWith("ed") && !w.capitalized());
    }

    private static String span(List<Tok> t, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.get(i).text());
        }
        return sb.toString();
    }

    /** Collects the noun phrase from pos; returns the end offset. */
    private int nounPhrase(List<Tok> t, int[] pos, List<String> words, int end) {
        int j = pos[0];
        int n = 0, ofs = 0, ands = 0;
        while (j < t.size() && n < 8) {
            Tok w = t.get(j);
            if (!w.isWord()) break;
            String l = w.lower();
            if (l.equals("of") && n > 0 && j + 1 < t.size() && t.get(j + 1).isWord() && !t.get(j + 1).capitalized()
                    && t.get(j + 1).lower().endsWith("ing") && t.get(j + 1).lower().length() > 5) {
                words.add("of");                                 // "a 40% chance of lasting"
                words.add(t.get(j + 1).lower());
                end = t.get(j + 1).end();
                j += 2;
                // and its object: "a 40% chance of lasting its full four-year term"
                List<String> obj = new ArrayList<>();
                int o = j, content = 0, objEnd = end;
                if (o < t.size() && DETERMINERS.contains(t.get(o).lower())) obj.add(t.get(o++).lower());
                while (o < t.size() && content < 4) {
                    Tok w2 = t.get(o);
                    if (w2.is("-") && content > 0 && o + 1 < t.size() && t.get(o + 1).isWord()
                            && w2.start() == t.get(o - 1).end() && t.get(o + 1).start() == w2.end()) {
                        obj.set(obj.size() - 1, obj.get(obj.size() - 1) + "-" + t.get(o + 1).text());
                        objEnd = t.get(o + 1).end();
                        o += 2;
                        continue;
                    }
                    if (!w2.isWord() || lx.functionWords.contains(w2.lower()) || isVerbish(w2) || lx.reportingVerbs.contains(w2.lower())) break;
                    obj.add(w2.text());
                    objEnd = w2.end();
                    content++;
                    o++;
                }
                if (content > 0) {
                    words.addAll(obj);
                    end = objEnd;
                    j = o;
                    break;
                }
                n++;
                continue;
            }
            if (l.equals("of") && n > 0 && j + 2 < t.size() && t.get(j + 1).is("the") && ofs < 2 && properName(t.get(j + 2))) {
                words.add("of");                                 // "49,000 members of the United Auto Workers"
                words.add("the");
                ofs++;
                j += 2;
                while (j < t.size() && n < 8 && properName(t.get(j))) {
                    words.add(t.get(j).text());
                    end = t.get(j).end();
                    n++;
                    j++;
                }
                continue;
            }
            if (l.equals("of") || l.equals("and")) {
                if (n == 0 || j + 1 >= t.size() || !t.get(j + 1).isWord() || lx.functionWords.contains(t.get(j + 1).lower())
                        || isVerbish(t.get(j + 1)) || lx.months.containsKey(t.get(j + 1).lower())) break;
                if (l.equals("of") && ++ofs > 2) break;
                if (l.equals("and") && ++ands > 1) break;
                words.add(l);
                j++;
                continue;
            }
            // "60% of confirmed cases": a participle before a noun is an adjective, even a reporting one
            // ("two unarmed African American men": before a name too, not before a day or a month)
            boolean adjective = n == 0 && l.endsWith("ed") && j + 1 < t.size() && t.get(j + 1).isWord()
                    && (!t.get(j + 1).capitalized() || properName(t.get(j + 1))) && !lx.functionWords.contains(t.get(j + 1).lower())
                    && !isVerbish(t.get(j + 1));
            // "in three states", "21 states and", "11 other states on the list" (a verb only before its complement)
            boolean nounVerb = lx.nounVerbs.contains(l) && (n == 0 || j + 1 >= t.size() || !(t.get(j + 1).isNum()
                    || t.get(j + 1).isWord() && (t.get(j + 1).is("that") || DETERMINERS.contains(t.get(j + 1).lower()))));
            // "112 seats out of the 400": a partitive, not a noun
            if (l.equals("out") && n > 0 && j + 1 < t.size() && t.get(j + 1).is("of")) break;
            // "the toll was at 82 early on Friday", "345 deaths now under investigation": a time, not a noun
            if (lx.timeAdverbs.contains(l) && (j + 1 >= t.size() || !t.get(j + 1).isWord()
                    || lx.functionWords.contains(t.get(j + 1).lower()) || lx.weekdays.containsKey(t.get(j + 1).lower())
                    || lx.months.containsKey(t.get(j + 1).lower()))) break;
            if (lx.functionWords.contains(l) || lx.reportingVerbs.contains(l) && !adjective && !nounVerb || lx.weekdays.containsKey(l)) break;
            if (isVerbish(w) && n > 0 && !nounVerb) break;
            // "360 killed and 900 injured", "18.7 per cent compared to": a participle with no noun after it
            if (n == 0 && !adjective && !w.capitalized() && l.endsWith("ed") && l.length() > 4) break;
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

    /** A verb in the past: "died", "went", "fled". */
    private boolean pastVerb(Tok w) {
        if (!w.isWord() || w.capitalized() || lx.functionWords.contains(w.lower())) return false;
        String l = w.lower();
        return l.endsWith("ed") && l.length() > 4 || lx.irregularPast.contains(l) || lx.peopleVerbs.contains(l) && l.endsWith("ed");
    }

    /** A noun of a list ("men, women and children"): a lower-case word that is not a function word or a verb. */
    private boolean listNoun(Tok w) {
        return w.isWord() && !w.capitalized() && !lx.functionWords.contains(w.lower()) && !isVerbish(w)
                && !w.lower().endsWith("ly") && !COMPARATIVES.contains(w.lower()) && !w.is("than")
                && !lx.linkingVerbs.contains(w.lower()) && !lx.timeUnits.contains(w.lower());
    }

    /** A capitalised word that names something: not a weekday or a month. */
    private boolean properName(Tok w) {
        return w.capitalized() && !lx.weekdays.containsKey(w.lower()) && !lx.months.containsKey(w.lower())
                && !lx.functionWords.contains(w.lower());
    }

    private boolean isVerbish(Tok w) {
        if (w.capitalized()) return false;
        String l = w.lower();
        return l.endsWith("ed") || l.endsWith("ing") && l.length() > 5 || lx.reportingVerbs.contains(l)
                || lx.irregularPast.contains(l);
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
            if (lx.linkingVerbs.contains(l) && lx.eventVerb(l) == null) return null;   // "fire grows to 350,000"
            // "the capture of 102" names the event; "the sentences of 153 others", "losses of $165,419" do not
            if (l.endsWith("s") && k + 1 < t.size() && t.get(k + 1).is("of")) return null;
            String ev = lx.eventVerb(l);
            if (ev != null) return ev;
            if (l.endsWith("ed") && !w.capitalized() && l.length() > 4 && !NOT_VERBS.contains(l)) return l;
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
            // "Total border crossings this fiscal year have hit 1,119,204": the measure opens a noun phrase of plurals
            if (k + 1 < m.tokStart && (k == 0 || DETERMINERS.contains(t.get(k - 1).lower())) && !t.get(k + 1).is("of")) {
                int x = k + 1;
                boolean plural = false;
                while (x < m.tokStart && x < k + 4 && t.get(x).isWord() && !t.get(x).capitalized() && nounish(t.get(x))
                        && !t.get(x).is("of") && !isVerbish(t.get(x)) && !lx.linkingVerbs.contains(t.get(x).lower())
                        && !lx.peopleVerbs.contains(t.get(x).lower()) && !lx.timeUnits.contains(t.get(x).lower())) {
                    plural = t.get(x).lower().endsWith("s");
                    x++;
                }
                if (x > k + 1 && plural && x < t.size() && !lx.reportingVerbs.contains(t.get(x).lower())) {
                    return w.lower() + " " + span(t, k + 1, x);
                }
            }
            // "a death toll of more than 25,000": the measure itself
            if (k + 2 < t.size() && t.get(k + 1).is("of") && t.get(k + 2).start() >= m.hedgeStart) {
                if (k > 0 && t.get(k - 1).isWord() && !lx.functionWords.contains(t.get(k - 1).lower())) return t.get(k - 1).lower() + " " + w.lower();
                return w.lower();
            }
            // "the number killed in Mexico City ... rose from 148 to 154"
            if (k + 1 < t.size() && t.get(k + 1).isWord() && lx.peopleVerbs.contains(t.get(k + 1).lower())) {
                StringBuilder sb = new StringBuilder(w.lower()).append(' ').append(t.get(k + 1).lower());
                if (k + 3 < t.size() && t.get(k + 2).is("in") && t.get(k + 3).capitalized()) {
                    sb.append(" in");
                    for (int y = k + 3; y < t.size() && y < k + 6 && t.get(y).capitalized(); y++) sb.append(' ').append(t.get(y).text());
                }
                return sb.toString();
            }
            if (k + 1 < t.size() && t.get(k + 1).is("of")) {
                List<String> words = new ArrayList<>();
                int[] pos = {k + 2};
                nounPhrase(t, pos, words, 0);
                if (words.isEmpty()) return w.lower();            // "a turnout of 71 percent"
                int p = pos[0];
                // "the number of people under observation had risen to 216"
                if (p + 1 < t.size() && STATE_PREPS.contains(t.get(p).lower()) && !t.get(p).is("no")) {
                    List<String> pp = new ArrayList<>();
                    int[] p2 = {p + 1};
                    nounPhrase(t, p2, pp, 0);
                    if (!pp.isEmpty() && !lx.numberWords.containsKey(pp.get(0).toLowerCase())) {
                        words.add(t.get(p).lower());
                        words.addAll(pp);
                        p = p2[0];
                    }
                }
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
