package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who asserts a figure: "according to X", "X said/stated/estimates ... N", "\"... N ...,\" X said",
 * "X Says ..." in a headline, "Reports indicate"/"sources suggest", an embedded post signed
 * "— Name (@handle) date". Appositives resolve to the name ("the army's commander-in-chief,
 * Oleksandr Syrsky," -> "Oleksandr Syrsky"); pronouns ("it added", "he said") to the last claimant;
 * "this brigade"/"the ministry" to the last capitalised name ending in that noun. Null when the
 * outlet speaks in its own voice. One instance per document (it keeps the last claimant).
 */
public final class Attribution {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    private static final Set<String> AUX = Set.of("have", "has", "had", "will", "would", "also", "previously",
            "reportedly", "later", "earlier", "did", "does", "do", "further", "then", "recently", "officially",
            "publicly", "initially", "first", "separately");
    private static final Set<String> PREPS = Set.of("from", "of", "at", "with", "in", "who", "which", "on", "for", "by");
    private static final Set<String> NOUN_MARKERS = Set.of("the", "these", "those", "such", "its", "their", "his", "her",
            "of", "with", "despite", "amid", "conflicting", "unverified", "a", "an", "new", "similar", "other", "russian",
            "ukrainian", "official", "earlier", "recent", "our", "and", "denied", "rejected");
    private static final Set<String> DEMONSTRATIVES = Set.of("the", "this", "that");
    private static final Pattern SIGNATURE = Pattern.compile(
            "[—–]\\s*(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})[^(\\n]{0,40}\\(@\\w+\\)");

    private final Lexicon lx;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final List<int[]> signed = new ArrayList<>();     // [from, to) ranges of embedded posts
    private final List<String> signers = new ArrayList<>();
    private String last;

    public Attribution(Lexicon lx, String text, List<Sentences.Sentence> sentences) {
        this.lx = lx;
        this.text = text;
        this.sentences = sentences;
        findSignedPosts();
    }

    /**
     * The claimant of the figure m of sentence idx (tokens t), or null. Call for the sentences in
     * order; {@link #observe} the sentences without figures so pronouns resolve.
     */
    public String claimant(int idx, List<Tok> t, Mention m) {
        Sentences.Sentence s = sentences.get(idx);
        for (int i = 0; i < signed.size(); i++) {
            if (s.start() >= signed.get(i)[0] && s.start() < signed.get(i)[1]) return remember(signers.get(i));
        }
        String acc = accordingTo(idx, t, m);
        if (acc != null) return remember(acc);
        String r = reported(idx, t, m);
        if (r == null && continuesQuote(idx)) return last;
        return remember(r);
    }

    /**
     * A sentence that opens with a quotation mark right after another sentence of the same
     * paragraph continues the quotation of that paragraph: "\"We lost 11 ...,\" said X. \"There
     * were 80 houses here.\"" The speaker is the last claimant.
     */
    private boolean continuesQuote(int idx) {
        if (idx == 0) return false;
        Sentences.Sentence s = sentences.get(idx);
        char c = text.charAt(s.start());
        if (c != '"' && c != '“') return false;
        int prevEnd = sentences.get(idx - 1).end();
        return text.indexOf('\n', prevEnd) < 0 || text.indexOf('\n', prevEnd) >= s.start();
    }

    /** Updates the last claimant from a sentence without figures. */
    public void observe(int idx, List<Tok> t) {
        String r = reported(idx, t, null);
        if (r == null) r = accordingTo(idx, t, null);
        remember(r);
    }

    private String remember(String c) {
        if (c != null) last = c;
        return c;
    }

    // ------------------------------------------------------------------ embedded posts

    private void findSignedPosts() {
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence s = sentences.get(i);
            String st = text.substring(s.start(), s.end());
            if (!st.contains("(@")) continue;
            Matcher mm = SIGNATURE.matcher(st);
            if (!mm.find()) continue;
            String name = mm.group(1).strip();
            // the post: this sentence and the short lines just before it (up to 4), back to a long paragraph
            int from = s.start();
            int lineStart = text.lastIndexOf('\n', s.start()) + 1;
            from = Math.min(from, lineStart);
            for (int back = 1; back <= 6 && i - back >= 0; back++) {
                Sentences.Sentence p = sentences.get(i - back);
                int pl = text.lastIndexOf('\n', p.start()) + 1;
                int ple = text.indexOf('\n', p.end());
                int lineLen = (ple < 0 ? text.length() : ple) - pl;
                if (lineLen > 200) break;
                from = Math.min(from, p.start());
            }
            signed.add(new int[] {from, s.end()});
            signers.add(name);
        }
    }

    // ------------------------------------------------------------------ according to

    private String accordingTo(int idx, List<Tok> t, Mention m) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!t.get(k).is("according") || !t.get(k + 1).is("to")) continue;
            int a = k + 2, b = a;
            while (b < t.size() && !isClauseBreak(t.get(b))) b++;
            if (b == a) return null;
            // "X, according to A, while B put it at Y": a contrasting clause has its own source
            if (m != null && contrastBetween(t, Math.min(b, m.tokStart), Math.max(k, m.tokStart))) return null;
            String x = span(t, a, b);
            // appositive: "the army's commander-in-chief, Oleksandr Syrsky, ..."
            if (b < t.size() && t.get(b).is(",")) {
                int c = b + 1, d = c;
                while (d < t.size() && !isClauseBreak(t.get(d))) d++;
                if (d < t.size() && t.get(d).is(",") && isName(t, c, d) && !isName(t, a, b)) return span(t, c, d);
            }
            return resolve(idx, x, t, a, b);
        }
        return null;
    }

    // ------------------------------------------------------------------ reporting verbs

    private String reported(int idx, List<Tok> t, Mention m) {
        List<Integer> verbs = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Tok w = t.get(k);
            if (!w.isWord()) continue;
            if (k > 0 && NOUN_CONTEXT.contains(t.get(k - 1).lower())) continue;
            if (k > 0 && PASSIVE.contains(t.get(k - 1).lower())) continue;      // "ballots will be counted"
            if (lx.reportingVerbs.contains(w.lower()) || lx.evidentialVerbs.contains(w.lower())) verbs.add(k);
            else if (w.is("expected") && k > 0 && (t.get(k - 1).is("had") || t.get(k - 1).is("have") || t.get(k - 1).is("has"))) {
                verbs.add(k);                                   // "economists had expected" (not "is expected to")
            }
        }
        if (verbs.isEmpty()) return null;
        int mTok = m == null ? t.size() : m.tokStart;
        boolean inQuote = m != null && insideQuote(t, m.tokStart);
        String before = null, after = null;
        for (int v : verbs) {
            if (v < mTok && !inQuote) {
                String s = subjectBefore(idx, t, v);
                if (s != null) before = s;                   // nearest before wins
            } else if (v >= mTok && after == null) {
                after = subjectAfterQuote(idx, t, v, mTok);
            }
        }
        if (inQuote) return after != null ? after : before;
        return before != null ? before : after;
    }

    /** The subject of the reporting verb at v, reading backwards over its clause. */
    private String subjectBefore(int idx, List<Tok> t, int v) {
        String verb = t.get(v).lower();
        int k = v - 1;
        while (k >= 0 && t.get(k).isWord() && AUX.contains(t.get(k).lower())) k--;
        if (k >= 0 && t.get(k).isWord() && NOUN_MARKERS.contains(t.get(k).lower())) return null;   // "Russian claims"
        // segments split by commas, back to the clause start
        List<int[]> segs = new ArrayList<>();
        int segEnd = k + 1;
        int x = k;
        int guard = 0;
        while (x >= 0 && guard++ < 40) {
            Tok w = t.get(x);
            if (w.is(",")) {
                segs.add(new int[] {x + 1, segEnd});
                segEnd = x;
            } else if (isHardBreak(w) || w.is("that") || w.is("and") && segs.isEmpty() && x < k - 1 || w.is("but")
                    || w.is("while") || w.is("as") || w.is("because") || w.is("if")) {
                break;
            }
            x--;
        }
        segs.add(new int[] {x + 1, segEnd});
        int[] chosen = null;
        for (int si = 0; si < segs.size(); si++) {
            int[] sg = segs.get(si);
            // "Skyline Airways, the hub's largest carrier, said": a definite appositive after a name describes it
            if (si + 1 < segs.size() && sg[1] > sg[0] && sg[1] < t.size() && t.get(sg[1]).is(",") && t.get(sg[0]).is("the")
                    && segs.get(si + 1)[1] > segs.get(si + 1)[0] && isName(t, segs.get(si + 1)[0], segs.get(si + 1)[1])) continue;
            if (sg[1] <= sg[0]) continue;
            if (t.get(sg[0]).isWord() && PREPS.contains(t.get(sg[0]).lower())) continue;
            // "Name, a lawyer who represents families, estimates": the indefinite appositive describes the name
            if (sg != segs.get(segs.size() - 1) && t.get(sg[1]).is(",") && (t.get(sg[0]).is("a") || t.get(sg[0]).is("an") || contains(t, sg, "who"))) continue;
            chosen = sg;
            break;
        }
        if (chosen == null) return null;
        int a = chosen[0], b = chosen[1];
        if (b - a > 8) a = b - 6;
        // drop leading adverbials and trailing auxiliaries
        while (b > a && t.get(b - 1).isWord() && AUX.contains(t.get(b - 1).lower())) b--;
        if (b <= a) return null;
        String subj = span(t, a, b);
        String head = t.get(b - 1).lower();
        // "indicate", "suggest", "show" attribute only with an evidential subject ("Reports indicate")
        if (!lx.reportingVerbs.contains(verb) && !verb.equals("expected") && !lx.evidentialSubjects.contains(head)) return null;
        if (!hasCapital(t, a, b) && !lx.evidentialSubjects.contains(head) && !PRONOUNS.contains(head)
                && !DEMONSTRATIVES.contains(t.get(a).lower()) && b - a > 3) return null;
        return resolve(idx, subj, t, a, b);
    }

    /** "\"... 909 ...,\" the Ukrainian military said" / ", police said" / ", said John Smith". */
    private String subjectAfterQuote(int idx, List<Tok> t, int v, int mTok) {
        int k = v - 1;
        while (k > mTok && t.get(k).isWord() && AUX.contains(t.get(k).lower())) k--;
        int b = k + 1;
        int a = b;
        while (a - 1 > mTok && t.get(a - 1).isWord() || a - 1 > mTok && isNamePunct(t.get(a - 1))) a--;
        boolean afterBreak = a - 1 >= mTok && (t.get(a - 1).is(",") || isQuote(t.get(a - 1)));
        if (b > a && CONTRASTS.contains(t.get(a).lower()) || b > a && t.get(a).is("and")) return null;
        if (b > a && afterBreak && b - a <= 8) return resolve(idx, span(t, a, b), t, a, b);
        if (b == a && afterBreak) {
            // ", said John Smith"
            int c = v + 1, d = c;
            while (d < t.size() && t.get(d).capitalized()) d++;
            if (d > c) return span(t, c, d);
        }
        return null;
    }

    private String resolve(int idx, String subj, List<Tok> t, int a, int b) {
        String head = t.get(b - 1).lower();
        if (b - a == 1 && PRONOUNS.contains(head)) return last;
        if (DEMONSTRATIVES.contains(t.get(a).lower()) && !hasCapital(t, a + 1, b) && b - a <= 3) {
            String named = namedEndingWith(idx, t.get(b - 1).lower());
            if (named != null) return named;
            if (t.get(a).is("this") || t.get(a).is("that")) return last != null ? last : subj;
        }
        return subj;
    }

    /** The last capitalised name ending in the noun, in this or the previous five sentences. */
    private String namedEndingWith(int idx, String noun) {
        String cap = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        Pattern p = NAMED.computeIfAbsent(cap, k -> Pattern.compile(
                "((?:\\d+(?:st|nd|rd|th)\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,5})\\b(" + Pattern.quote(k) + ")\\b"));
        for (int i = idx; i >= Math.max(0, idx - 5); i--) {
            Sentences.Sentence s = sentences.get(i);
            String st = text.substring(s.start(), s.end());
            if (!st.contains(cap)) continue;
            Matcher mm = p.matcher(st);
            String found = null;
            while (mm.find()) {
                String name = mm.group(0).strip();
                if (name.startsWith("The ")) name = name.substring(4);
                if (name.contains(" ")) found = name;
            }
            if (found != null) return found;
        }
        return null;
    }

    // ------------------------------------------------------------------ helpers

    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but", "although", "though");
    /** Words before which a reporting verb is a noun: "in state history", "the report", "a claim". */
    private static final Set<String> NOUN_CONTEXT = Set.of("the", "a", "an", "in", "of", "for", "on", "at", "this",
            "its", "their", "his", "her", "our", "by", "with", "from", "into");

    private static final java.util.Map<String, Pattern> NAMED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<String> PASSIVE = Set.of("be", "been", "being", "is", "are", "was", "were");

    private static boolean contrastBetween(List<Tok> t, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, t.size()); i++) if (CONTRASTS.contains(t.get(i).lower())) return true;
        return false;
    }

    private boolean insideQuote(List<Tok> t, int k) {
        int open = 0;
        for (int i = 0; i < k; i++) {
            String s = t.get(i).text();
            if (s.equals("“")) open = 1;
            else if (s.equals("”")) open = 0;
            else if (s.equals("\"")) open ^= 1;
        }
        return open == 1;
    }

    private static boolean isQuote(Tok w) {
        return w.text().equals("\"") || w.text().equals("”") || w.text().equals("“") || w.text().equals("'");
    }

    private static boolean isNamePunct(Tok w) {
        return w.is("(") || w.is(")") || w.is("’") || w.is("-") || w.is(".");
    }

    private static boolean isHardBreak(Tok w) {
        if (w.isWord() || w.isNum()) return false;
        return ";:.!?\"“”()—–".contains(w.text()) && !w.is("(") && !w.is(")") && !w.is(".");
    }

    private static boolean isClauseBreak(Tok w) {
        return !w.isWord() && !w.isNum() && ",;:.!?\"“”—–".contains(w.text());
    }

    private static boolean contains(List<Tok> t, int[] sg, String lower) {
        for (int i = sg[0]; i < sg[1]; i++) if (t.get(i).is(lower)) return true;
        return false;
    }

    private static boolean isName(List<Tok> t, int a, int b) {
        if (b - a < 2 || b - a > 5) return false;
        for (int i = a; i < b; i++) if (!t.get(i).capitalized()) return false;
        return true;
    }

    private static boolean hasCapital(List<Tok> t, int a, int b) {
        for (int i = a; i < b; i++) if (t.get(i).capitalized() || t.get(i).isNum()) return true;
        return false;
    }

    private String span(List<Tok> t, int a, int b) {
        return text.substring(t.get(a).start(), t.get(b - 1).end()).strip();
    }
}
