package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * claimant.survey-agent: the body that ran a survey, named as the agent of its respondents ("Roughly 64% of the 210 farmers
 * surveyed by the Valley Bank in May said costs were the main worry"): the figures that count those asked, and the number
 * asked, are the body's findings, not the outlet's or the respondents' own; its next sentences' shares of the same survey
 * ("Roughly 21% said the weather was") go on with it ({@link CarriedReport#pollGoesOn}).
 */
final class SurveyAgents {

    private static final Set<String> PARTICIPLES = Set.copyOf(Lexicon.lines("claimant-survey-participles.txt").stream()
            .map(l -> l.toLowerCase(Locale.ROOT)).toList());
    /** Words of an agent at most. */
    private static final int MAX_AGENT = 8;

    private SurveyAgents() {
    }

    /**
     * The agent named by a participle of lexicon/claimant-survey-participles.txt and "by" in [from, to) of tokens t: a name
     * of capitalised words (with its "the" and the lower-case joiners of a long name, lexicon/claimant-name-joiners.txt),
     * or null ("voters polled by phone": no name).
     */
    static String agent(String text, List<Tok> t, int from, int to) {
        ClaimantWords w = ClaimantWords.WORDS;
        for (int k = Math.max(0, from); k + 2 < to; k++) {
            if (!t.get(k).isWord() || !PARTICIPLES.contains(t.get(k).lower()) || !t.get(k + 1).is("by")) continue;
            int a = k + 2, n = t.get(a).is("the") ? a + 1 : a, b = n;
            while (b < to && b - a < MAX_AGENT && t.get(b).isWord() && (t.get(b).capitalized()
                    || w.nameJoiners.contains(t.get(b).lower()) && b + 1 < to && t.get(b + 1).capitalized())) b++;
            return b > n ? ClaimantWords.span(text, t, a, b) : null;
        }
        return null;
    }

    /**
     * The agent of the survey that asked those a figure at m counts, in the figure's own words: from m up to the first of the
     * reporting verbs after it, the verb its respondents are the subject of, with no comma between ("64% of the 210 farmers surveyed by the Valley Bank in May said").
     */
    static String ofRespondents(String text, List<Tok> t, Mention m, List<Integer> verbs) {
        int v = -1;
        for (int x : verbs) if (x >= m.tokEnd) { v = x; break; }
        if (v < 0) return null;
        for (int k = m.tokEnd; k < v; k++) if (!t.get(k).isWord() && !t.get(k).isNum()) return null;   // (its own words: no comma)
        return agent(text, t, m.tokEnd, v);
    }

    /**
     * "of the 210 farmers surveyed by the Valley Bank": a figure (a whole, read as background) whose noun is the participle's
     * object, the participle within three words after it, before any comma.
     */
    static String ofWhole(String text, List<Tok> t, Mention m) {
        int to = m.tokEnd;
        while (to < t.size() && to < m.tokEnd + 3 && t.get(to).isWord() && !PARTICIPLES.contains(t.get(to).lower())) to++;
        return to < t.size() && t.get(to).isWord() && PARTICIPLES.contains(t.get(to).lower()) ? agent(text, t, to, Math.min(t.size(), to + 2 + MAX_AGENT)) : null;
    }
}
