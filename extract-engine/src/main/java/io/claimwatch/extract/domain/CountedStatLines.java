package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * {@code counted.stat-line-player}: a game's statistics said of a player are the player's, not the unit's alone. A
 * figure whose noun is a statistic ({@code counted-stat-nouns.txt}: yards, carries, receptions, points) in a clause
 * whose verb ({@code counted-stat-verbs.txt}: had, finished with, was, rushed) has a name for subject counts that
 * name's statistic: "Okafor finished with 19 carries for 88 yards" -> "Okafor carries", "Okafor yards", "Ruiz was 14
 * of 22 for 190 yards" -> "Ruiz yards". Read over the phrase the other rules give; a clause with no such subject (a
 * relative clause, a team's "the Lions") keeps that phrase. Not a passer's "N of M" (his completions and attempts):
 * the keys do not tell one player's from another's, and would group two players' lines as one quantity.
 */
final class CountedStatLines {

    /** How far back from the figure the clause's verb may stand: past the line's earlier figures and their nouns. */
    private static final int REACH = 14;

    private final CountedWords w;
    private final Set<String> statNouns = Set.copyOf(Lexicon.lines("counted-stat-nouns.txt"));
    private final Set<String> statVerbs = Set.copyOf(Lexicon.lines("counted-stat-verbs.txt"));

    CountedStatLines(CountedWords w) {
        this.w = w;
    }

    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (!m.unit.isEmpty() || m.vague) return r;
        int j = CountedWords.afterFigure(t, m);
        if (j >= t.size() || !t.get(j).isWord() || !statNouns.contains(t.get(j).lower())) return r;
        String stat = t.get(j).lower();                          // "19 carries"
        String name = player(t, CountedWords.beforeHedge(t, m));
        if (name == null) return r;
        return new CountedPhrase.Result(name + " " + stat, Math.max(r.end(), t.get(Math.min(j, t.size() - 1)).end()), stat,
                CountedRule.STAT_LINE_PLAYER.id);
    }

    /**
     * The name that is the subject of the clause's verb of a statistic, read back from k within the clause (not past a
     * comma, a dash or a relative pronoun); null if none.
     */
    private String player(List<Tok> t, int k) {
        for (int v = k; v >= 0 && k - v < REACH; v--) {
            Tok tok = t.get(v);
            if (!tok.isWord() && !tok.isNum()) {
                if (tok.is("-") && v > 0 && tok.start() == t.get(v - 1).end()) continue;   // "five-yard"
                return null;
            }
            String l = tok.lower();
            if (l.equals("who") || l.equals("which") || l.equals("that")) return null;
            if (!statVerbs.contains(l) || tok.capitalized()) continue;
            return nameBefore(t, v - 1);
        }
        return null;
    }

    /** The run of capitalized words ending at k, hyphened parts joined ("Smith-Schuster"); null if none or a function word. */
    private String nameBefore(List<Tok> t, int k) {
        int a = k;
        while (a >= 0) {
            Tok tok = t.get(a);
            boolean glued = a > 0 && tok.is("-") && tok.start() == t.get(a - 1).end() && a + 1 <= k && t.get(a + 1).start() == tok.end();
            if (!glued && !(tok.isWord() && tok.capitalized() && !w.lx.functionWords.contains(tok.lower()))) break;
            a--;
        }
        if (a == k) return null;
        Tok first = t.get(a + 1);
        if (first.is("-")) return null;
        StringBuilder sb = new StringBuilder();
        for (int i = a + 1; i <= k; i++) {
            if (i > a + 1 && t.get(i).start() > t.get(i - 1).end()) sb.append(' ');
            sb.append(t.get(i).text());
        }
        return sb.toString();
    }
}
