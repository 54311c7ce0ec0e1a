package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * {@link ClaimantRule#ACTOR_TERMS}: "Bernie Sanders proposed a 54.2 percent rate for income above $10 million", "Senator Ana
 * Ruiz demanded the company invest $1 billion", "Allianz has penciled in claims of 500 million euros": the subject of a verb
 * by which it sets out its own terms, demands or reckonings (lexicon/claimant-terms-verbs.txt) owns the figures of the verb's
 * own clause ("is demanding" after a form of "be"), when it is a sum, a rate or a measure (it has a unit). The verb stands before the figure with no comma, subordinator or relative pronoun between them; it is no
 * adjective or noun ("the proposed 5% tax", "the union's demands") nor a passive ("a plan proposed by the mayor"); the
 * subject names someone (a capital past its determiner, or a pronoun resolved to a name), and does not deny the verb ("did
 * not propose", lexicon/claimant-negations.txt). The terms are the subject's own: no later sentence goes on with them.
 */
final class ActorTerms {

    private static final Set<String> VERBS = Set.copyOf(Lexicon.lines("claimant-terms-verbs.txt"));
    private static final Set<String> NEGATIONS = Set.copyOf(Lexicon.lines("claimant-negations.txt"));
    /** The verb stands at most this many words before the figure. */
    private static final int WITHIN = 12;

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;
    private final SpeakerPhrase speaker;

    ActorTerms(Lexicon lx, SpeakerPhrase speaker) {
        this.lx = lx;
        this.speaker = speaker;
    }

    /** The subject whose terms the figure m of sentence idx (tokens t) is, or null. */
    String owner(int idx, List<Tok> t, Mention m) {
        if (m.unit.isEmpty()) return null;      // (a count is no term: "proposed a slate of 11 board members")
        for (int v = m.tokStart - 1; v >= Math.max(1, m.tokStart - WITHIN); v--) {
            Tok x = t.get(v);
            if (x.is(",") || x.is(";") || x.is(":") || ClauseMarks.isHardBreak(x) || ClauseMarks.isQuote(x)) return null;
            if (!x.isWord()) continue;
            String l = x.lower();
            if (lx.subordinators.contains(l) || w.relativePronouns.contains(l) || x.is("that") || x.is("and") || x.is("but")) return null;
            if (!(VERBS.contains(l) || v + 1 < t.size() && VERBS.contains(l + " " + t.get(v + 1).lower())) || x.capitalized()) continue;
            Tok p = t.get(v - 1);
            boolean ing = l.endsWith("ing");
            // (not "the proposed 5% tax", "to propose", "a plan proposed by"; "is demanding", not ", demanding": a participle's clause)
            if (p.is("to") || p.is("a") || p.is("an") || w.determiners.contains(p.lower()) || w.possessives.contains(p.lower())
                    || NameShapes.possessive(p) || !ing && w.passive.contains(p.lower()) || ing && !w.passive.contains(p.lower())
                    || v + 1 < t.size() && t.get(v + 1).is("by")) return null;
            // (not "did not propose", nor "keeps it pegged at": a pronoun after a verb is its object)
            for (int n = v - 1; n >= Math.max(0, v - 3); n--) if (t.get(n).isWord() && NEGATIONS.contains(t.get(n).lower())) return null;
            if (w.pronouns.contains(p.lower()) && v >= 2 && t.get(v - 2).isWord() && !t.get(v - 2).capitalized()) return null;
            String s = speaker.subjectOf(idx, t, v);
            return named(s) ? s : null;
        }
        return null;
    }

    /** Whether the words name someone: a capital on a word that is no determiner ("Allianz", "The White House", not "The union"). */
    private boolean named(String s) {
        if (s == null) return false;
        for (String word : WordSplits.WHITESPACE.split(s.strip())) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !w.determiners.contains(word.toLowerCase(java.util.Locale.ROOT))
                    && !word.equalsIgnoreCase("a") && !word.equalsIgnoreCase("an")) return true;
        }
        return false;
    }
}
