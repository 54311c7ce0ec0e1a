package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.NameShapes.abbreviationDot;
import static io.claimwatch.extract.domain.ClauseMarks.isClauseBreak;
import static io.claimwatch.extract.domain.NameShapes.isName;

import java.util.List;

/**
 * The sources a sentence names without a reporting verb of theirs: "according to X" (its appositive "according to
 * the role, Name,", its possessive or medium that is the sentence's own speaker's) and "by some estimates" after a
 * figure. Split from {@link Attribution}, which asks it first.
 */
final class AccordingTo {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final String text;
    private final Referents refs;
    private final ReportingVerbs verbs;
    private final SpeakerPhrase speaker;
    private ClaimantRule decided;

    AccordingTo(String text, Referents refs, ReportingVerbs verbs, SpeakerPhrase speaker) {
        this.text = text;
        this.refs = refs;
        this.verbs = verbs;
        this.speaker = speaker;
    }

    /** The rule that read the last {@link #source} found. */
    ClaimantRule rule() {
        return decided;
    }

    /** "... roughly 25 percent of output by some estimates": "by" and a reckoning after the figure, ending its clause. */
    String byEstimate(List<Tok> t, Mention m) {
        for (int k = m.tokEnd; k + 1 < t.size(); k++) {
            if (isClauseBreak(t.get(k)) && !t.get(k).is(",")) return null;
            if (!t.get(k).is("by")) continue;
            int e = k + 1;
            while (e < t.size() && e - k <= 3 && t.get(e).isWord() && !w.estimateNouns.contains(t.get(e).lower())) e++;
            if (e < t.size() && t.get(e).isWord() && w.estimateNouns.contains(t.get(e).lower()) && !t.get(e).capitalized()
                    && (e + 1 >= t.size() || isClauseBreak(t.get(e + 1)))) return span(t, k + 1, e + 1);
        }
        return null;
    }

    /** The claimant of "according to X" in the sentence (of the figure m, when not null), or null; {@link #rule()} says which rule read it. */
    String source(int idx, List<Tok> t, Mention m) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!t.get(k).is("according") || !t.get(k + 1).is("to")) continue;
            int a = k + 2, b = a;
            while (b < t.size() && (!isClauseBreak(t.get(b)) || abbreviationDot(t, b))) b++;
            if (b == a) return null;
            if (w.normNouns.contains(t.get(b - 1).lower())) continue;   // claimant.norm-not-a-source: "according to the law"
            // claimant.plan-terms: "According to the proposals, a nurse would earn $4,000": a plan's figures are its terms
            if (w.planNouns.contains(t.get(b - 1).lower()) && b - a <= 3 && !possessiveWord(t.get(b - 2))) continue;
            // "X, according to A, while B put it at Y": a contrasting clause has its own source
            // ("N1 were cancelled, while N2 were delayed, according to X": a source at the end covers both)
            if (m != null && m.tokStart > k && (w.contrastBetween(t, Math.min(b, m.tokStart), Math.max(k, m.tokStart)) || verbs.reportsBetween(t, b, m.tokStart))) return null;
            String x = span(t, a, b);
            // appositive: "the army's commander-in-chief, Oleksandr Syrsky, ..."
            if (b < t.size() && t.get(b).is(",")) {
                int c = b + 1, d = c;
                while (d < t.size() && !isClauseBreak(t.get(d))) d++;
                if (d < t.size() && t.get(d).is(",") && isName(t, c, d) && !isName(t, a, b)) {
                    decided = ClaimantRule.ACCORDING_TO_APPOSITIVE;
                    return span(t, c, d);
                }
            }
            // "CenterPoint said it had restored power to 2.1 million customers, according to its website": "its" is the
            // sentence's own speaker's, named before, not the last claimant's
            // ("..., according to a statement posted to X": a medium's words are its speaker's, claimant.statement-medium)
            String own = b - a >= 2 && (w.possessives.contains(t.get(a).lower()) || medium(t, a, b)) ? speakerBefore(idx, t, k) : null;
            if (own != null) {
                decided = ClaimantRule.ACCORDING_TO_OWN_SPEAKER;
                return own;
            }
            decided = ClaimantRule.ACCORDING_TO;
            return refs.resolve(idx, x, t, a, b);
        }
        return null;
    }

    /**
     * claimant.under-plan: "Under the mayor's plan, fares rise to $3", "In contrast, under Ruiz's announcement, a clerk will
     * start at $900": "under" opening the sentence or after a comma, an owner in the possessive and a noun of
     * lexicon/claimant-plan-nouns.txt or claimant-owned-terms.txt that a comma closes, before the figure m, in a sentence
     * with no reporting verb: the figures are the owner's terms, the owner the claimant ("the" before a name dropped).
     */
    String underPlan(List<Tok> t, Mention m) {
        // (not the level before the plan: "a clerk will start at $900, up from $700")
        if (m == null || !verbs.find(t).isEmpty() || m.tokStart > 0 && t.get(m.tokStart - 1).is("from")) return null;
        for (int k = 0; k + 3 < m.tokStart; k++) {
            if (!t.get(k).is("under") || k > 0 && !t.get(k - 1).is(",")) continue;
            int a = k + 1, p = a;
            while (p < m.tokStart && p - a < 5 && t.get(p).isWord() && !possessiveWord(t.get(p))) p++;
            if (p + 2 >= m.tokStart || !possessiveWord(t.get(p)) || !t.get(p + 2).is(",")) return null;
            String noun = t.get(p + 1).lower();
            if (!w.planNouns.contains(noun) && !w.ownedTerms.contains(noun)) return null;
            if (t.get(a).is("the") && a < p && t.get(a + 1).capitalized()) a++;
            String owner = text.substring(t.get(a).start(), t.get(p).end() - 2).strip();
            return owner.isEmpty() ? null : owner;
        }
        return null;
    }

    /** "mayor's", "Ruiz’s": a word in the possessive. */
    private static boolean possessiveWord(Tok y) {
        return y.isWord() && y.text().length() > 2 && (y.text().endsWith("'s") || y.text().endsWith("’s"));
    }

    /** "a statement posted to X", "the news release": an article and, within its next two words, a noun of a medium in lower case. */
    private boolean medium(List<Tok> t, int a, int b) {
        if (!t.get(a).is("a") && !t.get(a).is("an") && !t.get(a).is("the")) return false;
        for (int i = a + 1; i < b && i <= a + 2; i++) {
            if (!t.get(i).isWord() || t.get(i).capitalized()) return false;
            if (w.mediumNouns.contains(t.get(i).lower())) return true;
        }
        return false;
    }

    /** The named subject of the first reporting verb before token k of the sentence, or null. */
    private String speakerBefore(int idx, List<Tok> t, int k) {
        for (int v : verbs.find(t)) {
            if (v >= k) break;
            String s = speaker.before(idx, t, v);
            if (s != null && Character.isUpperCase(s.charAt(0)) && !w.pronouns.contains(s.toLowerCase(java.util.Locale.ROOT))) return s;
        }
        return null;
    }

    private String span(List<Tok> t, int a, int b) {
        return ClaimantWords.span(text, t, a, b);
    }
}
