package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Figures written in words: number words ("fifty", "nine hundred and nine", "a dozen", "half a
 * million") and vague quantifiers ("dozens", "tens of thousands", "in the hundreds"); ordinals,
 * fractions, durations, pronoun "one"s and numbers that refer back ("the two sides") are dropped.
 */
final class WrittenNumbers {

    private final Lexicon lx;
    private final NotFigures not;
    private final NumberRecognizer numbers;
    private final OneTolls oneTolls;

    WrittenNumbers(Lexicon lx, NotFigures not, NumberRecognizer numbers) {
        this.lx = lx;
        this.not = not;
        this.numbers = numbers;
        this.oneTolls = new OneTolls(lx, not);
    }

    /** A vague quantifier at token i: "dozens", "tens of thousands", "in the hundreds", "several people"; or null. */
    Mention vague(List<Tok> t, int i) {
        if (!lx.vagueFirstWords.contains(t.get(i).lower())) return null;
        if (vagueInAName(t, i)) return null;   // NumberRule.VAGUE_IN_A_NAME
        Lexicon.Phrase p = lx.vagueIndex.at(t, i);
        if (p == null) return null;
        int j = i + p.words().length;
        String head = p.words()[p.words().length - 1];
        Tok next = j < t.size() ? t.get(j) : null;
        if (head.equals("several") || head.equals("scores")) {
            if (head.equals("scores") && (next == null || !next.is("of"))) return null;
            if (head.equals("several") && !countedNounAhead(t, j)) return null;
        }
        if (i > 0 && (t.get(i - 1).isNum() || lx.numberWords.containsKey(t.get(i - 1).lower()))) return null;
        if (next != null && next.isWord() && lx.timeUnits.contains(next.lower())) return null;   // "several days"
        if (next != null && next.is("of") && j + 1 < t.size() && lx.timeUnits.contains(t.get(j + 1).lower())
                && !RepeatsInAPeriod.within(lx, t, j + 1)) return null;   // "dozens of times since May" counts (TIMES_IN_A_PERIOD)
        // "several hundred million pounds": a vague count of a scale word, itself before a greater one
        BigDecimal scale = BigDecimal.ONE;
        if (isScale(head) && next != null && isScale(next.lower()) && lx.numberWords.get(next.lower())[0] >= 1000) {
            scale = BigDecimal.valueOf(lx.numberWords.get(next.lower())[0]);
            j++;
        }
        Mention m = new Mention(t.get(i).start(), t.get(j - 1).end(), i, j,
                new BigDecimal(p.fields()[0]).multiply(scale));
        m.low = new BigDecimal(p.fields()[0]).multiply(scale);
        m.high = new BigDecimal(p.fields()[1]).multiply(scale);
        m.scale = scale;
        m.hedge = Hedge.VAGUE;
        m.vague = true;
        m.words = true;
        m.rule = NumberRule.VAGUE.id;
        // vague-of-unit: "thousands of barrels of heavy Canadian crude": a commodity's unit after "of"
        // (keys/commodity-units.txt) is the vague figure's, as "3,000 barrels" is; an extent ("tens of thousands of acres",
        // "hundreds of feet") and a sum ("millions of dollars") stay as they were read
        Lexicon.Phrase unit = j + 1 < t.size() && t.get(j).is("of") && COMMODITY_UNITS.contains(t.get(j + 1).lower())
                ? lx.unitIndex.at(t, j + 1) : null;
        if (unit != null) {
            m.unit = unit.fields()[0];
            m.rule = NumberRule.VAGUE_OF_UNIT.id;
        }
        return m;
    }

    /**
     * {@link NumberRule#VAGUE_IN_A_NAME}: "chartered by the firm Millions Shipping Ltd": a capitalised vague word after a
     * lower-case word (no function word: "as Thousands Flee" is a headline) and before another capitalised word is part of
     * a name, no figure.
     */
    private boolean vagueInAName(List<Tok> t, int i) {
        return t.get(i).capitalized() && i > 0 && t.get(i - 1).isWord() && !t.get(i - 1).capitalized()
                && !lx.functionWords.contains(t.get(i - 1).lower())     // a headline in title case: "Storms Hit as Thousands Flee"
                && i + 1 < t.size() && t.get(i + 1).capitalized();
    }

    private boolean countedNounAhead(List<Tok> t, int j) {
        for (int x = j; x < Math.min(t.size(), j + 3); x++) {
            Tok w = t.get(x);
            if (!w.isWord()) return false;
            if (lx.countedNouns.contains(w.lower())) return true;
            if (lx.functionWords.contains(w.lower())) return false;
        }
        return false;
    }

    /** The scale word of "half-a-million", "half-a-dozen", "half-million", or null. */
    private String hyphenatedHalf(String lower) {
        if (!lower.startsWith("half-")) return null;     // asked of every word: split only a word that may be one
        String[] p = lower.split("-");
        if (p.length == 2 && isScale(p[1])) return p[1];
        return p.length == 3 && p[0].equals("half") && (p[1].equals("a") || p[1].equals("an")) && isScale(p[2]) ? p[2] : null;
    }

    /** The whole number of "one-and-a-half", "two-and-a-half", or 0. */
    private long andAHalf(String lower) {
        if (!lower.endsWith("-and-a-half")) return 0;
        long[] nw = lx.numberWords.get(lower.substring(0, lower.length() - "-and-a-half".length()));
        return nw != null && nw[1] < 2 ? nw[0] : 0;
    }

    /**
     * {@link NumberRule#A_SINGLE}: "A single" opening its sentence before a noun ("A single bulldozer entered the site"): the
     * subject counted as one; not "a single" inside a clause ("in a single day", "from a single state"), which stresses
     * one rather than counting.
     */
    private boolean aSingle(List<Tok> t, int i) {
        if (!t.get(i).text().equals("A") || i + 2 >= t.size() || !t.get(i + 1).is("single")) return false;
        Tok noun = t.get(i + 2);
        return (i == 0 || !t.get(i - 1).isWord() && !t.get(i - 1).isNum()) && noun.isWord() && !noun.capitalized()
                && !lx.functionWords.contains(noun.lower());
    }

    /** A number in words at token i: "fifty", "nine hundred and nine", "a dozen", "half a million", "half of"; or null. */
    Mention words(String text, List<Tok> t, int i) {
        Tok first = t.get(i);
        String fl = first.lower();
        int dash = fl.indexOf('-');
        if (!lx.numberWords.containsKey(dash < 0 ? fl : fl.substring(0, dash))
                && !fl.equals("a") && !fl.equals("an") && !fl.equals("half") && hyphenatedHalf(fl) == null) return null;
        long total = 0, current = 0;
        boolean any = false, leadingA = false, half = false, quarter = false;
        int j = i;
        int lastNumTok = -1;
        String tail = null;   // non-number remainder of a hyphenated token: "five-member"
        if (aSingle(t, i)) {
            Mention m = new Mention(first.start(), t.get(i + 1).end(), i, i + 2, BigDecimal.ONE);
            m.words = true;
            m.rule = NumberRule.A_SINGLE.id;
            return numbers.finishUnits(text, t, m, "", false);
        }
        if ((first.is("a") || first.is("an")) && i + 1 < t.size() && isScale(t.get(i + 1).lower())) {
            leadingA = true;
            current = 1;
            j++;
        } else if (first.is("a") && i + 2 < t.size() && t.get(i + 1).is("half") && isScale(t.get(i + 2).lower())) {
            half = true;   // "a half million" (HALF_A_SCALE)
            current = 1;
            j += 2;
        } else if (first.is("a") && i + 1 < t.size() && hyphenatedHalf(t.get(i + 1).lower()) != null) {
            half = true;   // "a half-million": one token after the article
            total = lx.numberWords.get(hyphenatedHalf(t.get(i + 1).lower()))[0];
            any = true;
            lastNumTok = i + 1;
            j += 2;
        } else if (first.is("half") && i + 2 < t.size() && (t.get(i + 1).is("a") || t.get(i + 1).is("an"))
                && isScale(t.get(i + 2).lower())) {
            half = true;
            current = 1;
            j += 2;
        } else if (andAHalf(fl) > 0 && i + 1 < t.size() && isScale(t.get(i + 1).lower())
                && lx.numberWords.get(t.get(i + 1).lower())[0] >= 1000) {
            long scale = lx.numberWords.get(t.get(i + 1).lower())[0];   // "one-and-a-half million": 1,500,000
            Mention m = new Mention(first.start(), t.get(i + 1).end(), i, i + 2,
                    BigDecimal.valueOf(andAHalf(fl)).add(new BigDecimal("0.5")).multiply(BigDecimal.valueOf(scale)));
            m.words = true;
            m.scale = BigDecimal.valueOf(scale);
            m.rule = NumberRule.HALF_A_SCALE.id;
            return numbers.finishUnits(text, t, m, "", false);
        } else if (hyphenatedHalf(fl) != null) {
            half = true;   // "half-a-million": one token
            total = lx.numberWords.get(hyphenatedHalf(fl))[0];
            any = true;
            lastNumTok = i;
            j++;
        } else if (first.is("a") && i + 4 < t.size() && t.get(i + 1).is("quarter") && t.get(i + 2).is("of")
                && (t.get(i + 3).is("a") || t.get(i + 3).is("an")) && isScale(t.get(i + 4).lower())) {
            quarter = true;   // "a quarter of a million"
            current = 1;
            j += 4;
        }
        while (j < t.size()) {
            Tok w = t.get(j);
            if (!w.isWord()) break;
            if (w.is("and") && lastNumTok >= 0 && j + 1 < t.size()) {
                long[] prevNw = lx.numberWords.get(WordSplits.UP_TO_LAST_HYPHEN.matcher(t.get(lastNumTok).lower()).replaceAll(""));
                long[] nextNw = lx.numberWords.get(t.get(j + 1).lower().split("-")[0]);
                if (prevNw != null && prevNw[1] == 2 && nextNw != null && nextNw[1] < 2) { j++; continue; }
                break;
            }
            String[] parts = w.lower().split("-");
            int used = 0;
            boolean ok = true;
            long cur = current, tot = total;
            for (String part : parts) {
                long[] nw = lx.numberWords.get(part);
                if (nw == null) { ok = used > 0; break; }
                if (nw[1] < 2) {
                    cur += nw[0];
                } else if (nw[0] == 100 || nw[0] == 12) {
                    cur = Math.max(cur, 1) * nw[0];
                } else {
                    tot += Math.max(cur, 1) * nw[0];
                    cur = 0;
                }
                used++;
            }
            if (!ok || used == 0) break;
            if (used < parts.length) {
                // "twenty-first" is an ordinal; "five-member" keeps the number
                String rest = parts[used];
                if (isOrdinalWord(rest) || lx.fractions.contains(rest)) return null;   // "two-thirds"
                if (lx.timeUnits.contains(rest) || lx.timeUnits.contains(WordSplits.POSSESSIVE.matcher(rest).replaceAll(""))) return null;   // "in eight-year's time"
                tail = rest;
            }
            current = cur;
            total = tot;
            any = true;
            lastNumTok = j;
            j++;
            if (tail != null) break;
        }
        // "an hour and a half of it": the half of a mixed quantity, no share (number.half-of-a-mixed)
        boolean mixed = i >= 2 && (t.get(i - 1).is("a") || t.get(i - 1).is("one")) && t.get(i - 2).is("and");
        if (!any && !mixed && first.is("half") && i + 1 < t.size() && (t.get(i + 1).is("of") || t.get(i + 1).is("the"))
                && !(i > 0 && not.halfParts.contains(t.get(i - 1).lower()))      // "the second half of the year" (HALF_AS_PART)
                && !(i + 2 < t.size() && lx.timeUnits.contains(t.get(i + 2).lower()))
                && !shareOfFigure(t, i + 1) && !halfOfWhat(t, i + 1)) {
            Mention h = new Mention(first.start(), first.end(), i, i + 1, new BigDecimal("0.5"));   // "half of the services"
            h.words = true;
            h.rule = NumberRule.HALF_OF.id;
            return h;
        }
        if (!any) return null;
        // "two thirds of the seats": a spaced fraction
        if (tail == null && lastNumTok + 1 < t.size() && lx.fractions.contains(t.get(lastNumTok + 1).lower())
                && !t.get(lastNumTok + 1).is("half")) return null;
        long value = total + current;
        BigDecimal v = BigDecimal.valueOf(value);
        if (half) v = v.divide(BigDecimal.valueOf(2));
        if (quarter) v = v.divide(BigDecimal.valueOf(4));
        int endTok = lastNumTok + 1;
        Tok prev = i > 0 ? t.get(i - 1) : null;
        if (prev != null && prev.isWord() && lx.designators.contains(prev.lower())) return null;
        if (not.ages.ageOf(t, i) || not.ages.ageStated(t, i, endTok) || !half && !quarter && not.ages.ageOfPerson(t, i, endTok, value)) return null;
        boolean tollItem = false, tollObject = false, hedgedOne = false, tollSubject = false, tollElliptic = false;
        // a lone "one" is a pronoun or an article far more often than a figure
        if (endTok - i == 1 && !leadingA && (first.is("one") || first.lower().startsWith("one-"))) {
            // "six in Guerrero and one in Oaxaca": the last item of a list of figures by place
            boolean listItem = prev != null && (prev.is("and") || prev.is(",")) && endTok + 1 < t.size()
                    && t.get(endTok).is("in") && t.get(endTok + 1).capitalized() && figureBefore(t, i - 1);
            // "14 injured and one dead": the last term of a toll (NumberRule.ONE_IN_A_TOLL)
            tollItem = prev != null && (prev.is("and") || prev.is(",")) && lx.peopleVerbs.contains(nextWord(t, endTok))
                    && figureBefore(t, i - 1);
            listItem |= tollItem;
            // "killed one man", "killing at least one": the object of a toll's verb (NumberRule.ONE_TOLL_OBJECT)
            tollObject = !listItem && oneTolls.object(t, i) && !nextWord(t, endTok).equals("another");
            // "one guard was killed", "one remains critical" (ONE_TOLL_SUBJECT); "six were hurt, one seriously" (ONE_STATE_ELLIPTIC)
            tollSubject = !listItem && !tollObject && oneTolls.subject(t, i);
            tollElliptic = !listItem && !tollObject && !tollSubject && OneTolls.elliptic(t, i);
            listItem |= tollObject || tollSubject || tollElliptic;
            // "at least one suspect was held": the hedge makes "one" a count of the noun after it (NumberRule.ONE_HEDGED)
            hedgedOne = !listItem && atLeastOne(t, i, endTok);
            listItem |= hedgedOne;
            if (!listItem && !lx.countedNouns.contains(nextWord(t, endTok)) && !lx.countedNouns.contains(nextWord(t, endTok + 1))
                    && !rateFollows(t, endTok) && !OddsOfOutcome.opensOdds(t, i)) return null;   // "a one-in-four chance" (ODDS_OF_OUTCOME)
            if (!listItem && pairedWithAnother(t, endTok)) return null;   // NumberRule.ONE_AND_ANOTHER
        }
        if (endTok - i == 1 && (first.is("zero") || fl.startsWith("zero-"))) return null;   // "a zero-sum game"
        // "the two sides", "both three", "these three men": a small number after a definite
        // determiner refers back to things already counted
        if (!leadingA && value <= 10 && prev != null && not.anaphoric.contains(prev.lower()) && !placedHoldings(t, prev, endTok)
                && !kinOfTheir(t, prev, endTok)) return null;
        Mention m = new Mention(first.start(), t.get(endTok - 1).end(), i, endTok, v);
        m.words = true;
        m.rule = (leadingA ? NumberRule.A_SCALE : half || quarter ? NumberRule.HALF_A_SCALE
                : tollItem ? NumberRule.ONE_IN_A_TOLL : tollObject ? NumberRule.ONE_TOLL_OBJECT : hedgedOne ? NumberRule.ONE_HEDGED
                : tollSubject ? NumberRule.ONE_TOLL_SUBJECT : tollElliptic ? NumberRule.ONE_STATE_ELLIPTIC : NumberRule.NUMBER_WORDS).id;
        if (RepeatsInAPeriod.within(lx, t, endTok)) m.rule = NumberRule.TIMES_IN_A_PERIOD.id;   // "three times since May"
        else if (tail == null && !RepeatedEvents.passiveTimes(lx, t, i, endTok) && !HedgedMultipliers.at(t, i, endTok) && not.isTimeOrDuration(text, t, endTok, m.end)) return null;
        // "two and a half years"
        if (tail == null && endTok + 3 < t.size() && t.get(endTok).is("and") && (t.get(endTok + 1).is("a") || t.get(endTok + 1).is("an"))
                && (t.get(endTok + 2).is("half") || t.get(endTok + 2).is("quarter"))
                && lx.timeUnits.contains(t.get(endTok + 3).lower())) return null;
        if (tail == null && endTok < t.size() && t.get(endTok).is("-") && endTok + 1 < t.size()
                && lx.timeUnits.contains(t.get(endTok + 1).lower())) return null;
        return numbers.finishUnits(text, t, m, "", false);
    }

    /**
     * {@link NumberRule#ONE_AND_ANOTHER}: "one officer starts kicking him before another wrestles him", "one person had been
     * sponsoring others": "one" that the clause pairs with "another" or a bare "others" singles a member out, it counts
     * nothing; a figure before them keeps it a count ("killed one man and injured 10 others", "and several others").
     */
    private boolean pairedWithAnother(List<Tok> t, int j) {
        for (int x = j; x < Math.min(t.size(), j + 25); x++) {
            Tok w = t.get(x);
            if (w.is(".") || w.is(";") || isFigureWord(w)) return false;
            if (w.is("another")) return true;
            if (w.is("others")) return !isFigureWord(t.get(x - 1));
        }
        return false;
    }

    /** Digits, a number word or the first word of a vague quantifier ("several", "dozens"; not "a", "in"). */
    private boolean isFigureWord(Tok w) {
        return w.isNum() || w.isWord() && (lx.numberWords.containsKey(w.lower())
                || lx.vagueFirstWords.contains(w.lower()) && !lx.functionWords.contains(w.lower()));
    }

    /**
     * {@link NumberRule#HALF_OF_WHAT}: "a wage that is barely half of what workers need": half of a clause that "what" opens is
     * a comparison with an amount the sentence does not give, no share of anything counted.
     */
    private static boolean halfOfWhat(List<Tok> t, int j) {
        return j + 1 < t.size() && t.get(j).is("of") && (t.get(j + 1).is("what") || t.get(j + 1).is("whatever"));
    }

    /** "half of the 2.4 million people": a share of a figure stated with it. */
    private static boolean shareOfFigure(List<Tok> t, int j) {
        if (j < t.size() && t.get(j).is("of")) j++;
        if (j < t.size() && (t.get(j).is("the") || t.get(j).is("its") || t.get(j).is("their"))) j++;
        return j < t.size() && t.get(j).isNum();
    }

    /**
     * {@link NumberRule#ONE_HEDGED}: "at least one" before a noun of one word ("at least one suspect was held", "At least
     * one county has asked"): "at least" bounds a count, so the "one" after it is no pronoun nor article; "at least one of
     * them" (a member singled out) and durations ("at least one week") stay out.
     */
    private boolean atLeastOne(List<Tok> t, int i, int endTok) {
        if (i < 2 || !t.get(i - 1).is("least") || !t.get(i - 2).is("at") || endTok >= t.size()) return false;
        Tok w = t.get(endTok);
        if (!w.isWord() || lx.functionWords.contains(w.lower()) || w.is("of") || w.is("another")) return false;
        // the noun is that one word: punctuation, a function word or a participle follows it ("at least one car packed with
        // explosives"), not another word of its phrase ("at least one major player" names what it means after)
        if (endTok + 1 >= t.size()) return true;
        Tok after = t.get(endTok + 1);
        if (!after.isWord() || lx.functionWords.contains(after.lower()) || participle(after)) return true;
        // or a noun of two words before a participle: "at least one water rescue occurred"
        return endTok + 2 < t.size() && !after.capitalized() && participle(t.get(endTok + 2));
    }

    private static boolean participle(Tok w) {
        return w.isWord() && !w.capitalized() && w.lower().endsWith("ed");
    }

    /**
     * "its eight factories in Tainan", "its two Kumamoto plants": after "its" or "their", a noun phrase that names its place (a
     * capitalised word within its first four words, or "in" or "at" and one) lists what the owner holds there, no reference back.
     */
    /** vague-of-unit: the units a commodity is counted in. */
    private static final ConceptLexicon COMMODITY_UNITS = ConceptLexicon.load("/keys/commodity-units.txt");
    private static final java.util.Set<String> KIN_PLURALS = java.util.Set.copyOf(Lexicon.lines("numbers-kin-plurals.txt"));

    /** number.kin-of-their: "the couple and their two sons", "their three young children": a family's kin, counted here. */
    private static boolean kinOfTheir(List<Tok> t, Tok owner, int j) {
        if (!owner.is("their")) return false;
        for (int x = j; x < Math.min(t.size(), j + 2); x++) {
            if (!t.get(x).isWord()) return false;
            if (KIN_PLURALS.contains(t.get(x).lower())) return true;
        }
        return false;
    }

    private static boolean placedHoldings(List<Tok> t, Tok owner, int j) {
        if (!owner.is("its") && !owner.is("their")) return false;
        for (int x = j; x < Math.min(t.size(), j + 4); x++) {
            Tok w = t.get(x);
            if (!w.isWord()) return false;
            if (w.capitalized()) return true;
            if (w.is("in") || w.is("at")) return x + 1 < t.size() && t.get(x + 1).capitalized();
        }
        return false;
    }

    /** A figure among the four tokens before k ("six in Guerrero and"). */
    private boolean figureBefore(List<Tok> t, int k) {
        for (int x = k - 1; x >= Math.max(0, k - 4); x--) {
            if (t.get(x).isNum() || lx.numberWords.containsKey(t.get(x).lower())) return true;
        }
        return false;
    }

    /** "one homicide per 100,000 people": "per" and digits within three words after "one" make it the figure of a rate (NumberRule.RATE_BASE). */
    private static boolean rateFollows(List<Tok> t, int j) {
        for (int x = j; x < Math.min(t.size() - 1, j + 3); x++) {
            if (t.get(x).is("per") && t.get(x + 1).isNum()) return true;
            if (!t.get(x).isWord()) return false;
        }
        return false;
    }

    private static String nextWord(List<Tok> t, int j) {
        return j < t.size() ? t.get(j).lower() : "";
    }

    private boolean isScale(String lower) {
        long[] nw = lx.numberWords.get(lower);
        return nw != null && nw[1] == 2;
    }

    private static boolean isOrdinalWord(String w) {
        return w.endsWith("th") || w.equals("first") || w.equals("second") || w.equals("third");
    }
}
