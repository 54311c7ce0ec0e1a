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
            "publicly", "initially", "first", "separately", "are", "is", "were", "was");
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
    private String lastPerson;                                    // the last claimant that is a person's name

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
        if (background(t, m)) return null;
        String acc = accordingTo(idx, t, m);
        if (acc != null) return remember(acc);
        String r = reported(idx, t, m);
        if (r == null && s.kind() == Sentences.Kind.HEADLINE) r = headlineSource(s);
        if (r == null && (continuesQuote(idx) || quotedParagraph(idx))) return last;
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

    /**
     * A paragraph that is all quotation, with no speaker of its own, right after a paragraph whose
     * figures or statements were attributed: the same speaker goes on ("\"Ten teams have been deployed.\"").
     */
    private boolean quotedParagraph(int idx) {
        if (idx == 0 || last == null) return false;
        Sentences.Sentence s = sentences.get(idx);
        char c = text.charAt(s.start());
        char e = text.charAt(s.end() - 1);
        if (c != '"' && c != '“' || e != '"' && e != '”') return false;
        int lineStart = text.lastIndexOf('\n', s.start()) + 1;
        int lineEnd = text.indexOf('\n', s.end());
        if (!text.substring(lineStart, s.start()).isBlank() || !text.substring(s.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank()) return false;
        String inner = text.substring(s.start() + 1, s.end() - 1);
        return inner.indexOf('"') < 0 && inner.indexOf('“') < 0 && inner.indexOf('”') < 0;
    }

    private static final Pattern HEADLINE_SOURCE = Pattern.compile(
            "\\s[–—-]\\s+(\\p{Lu}[\\p{L}.&’'-]*(?:\\s+\\p{Lu}[\\p{L}.&’'-]*){0,3})\\s*$");

    /**
     * "Lassa fever kills 152 in Nigeria – NCDC": a headline that names its source after a dash. A page
     * title ends the same way with the outlet's name ("- BBC News"), which speaks in its own voice: the
     * source must come back in the body of the article, and not as a "News" masthead.
     */
    private String headlineSource(Sentences.Sentence s) {
        Matcher mm = HEADLINE_SOURCE.matcher(text.substring(s.start(), s.end()));
        if (!mm.find()) return null;
        String name = mm.group(1);
        if (name.endsWith(" News") || name.equals("News")) return null;
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).region(s.end(), text.length()).find() ? name : null;
    }

    /**
     * "won 79 of the 230 seats", "short of the 116 needed for a majority": the whole that a figure is
     * a part of, and the threshold it is measured against, are known facts that no source asserts.
     */
    private static boolean background(List<Tok> t, Mention m) {
        int k = m.tokStart - 1;
        if (k >= 1 && t.get(k).is("the") && t.get(k - 1).is("of")) {
            for (int x = k - 2; x >= Math.max(0, k - 4); x--) if (t.get(x).isNum()) return true;
        }
        if (k >= 0 && t.get(k).is("the") && m.tokEnd < t.size()
                && (t.get(m.tokEnd).is("needed") || t.get(m.tokEnd).is("required"))) return true;
        return false;
    }

    /** Updates the last claimant from a sentence without figures. */
    public void observe(int idx, List<Tok> t) {
        // "Sultan said the toll would rise, and that authorities there had confirmed it": the speaker
        // of the sentence is the subject of its first reporting verb, whom a later "he said" means
        String first = firstSpeaker(idx, t);
        if (first != null && !first.equals(first.toLowerCase())) lastPerson = first;
        String r = reported(idx, t, null);
        if (r == null) r = accordingTo(idx, t, null);
        remember(r);
    }

    private String remember(String c) {
        if (c != null) {
            last = c;
            if (!c.equals(c.toLowerCase()) && !c.startsWith("the ") && !c.startsWith("The ")) lastPerson = c;
        }
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
            while (b < t.size() && (!isClauseBreak(t.get(b)) || abbreviationDot(t, b))) b++;
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
            if (k > 0 && PASSIVE.contains(t.get(k - 1).lower()) && !w.lower().endsWith("ing")) continue;      // "ballots will be counted"
            if (noReportingVerb(t, k)) continue;
            if (lx.reportingVerbs.contains(w.lower()) || lx.evidentialVerbs.contains(w.lower())) verbs.add(k);
            else if (lx.withReporting.contains(w.lower()) && withSubject(t, k) >= 0) verbs.add(k);
            else if (w.is("expected") && k > 0 && (t.get(k - 1).is("had") || t.get(k - 1).is("have") || t.get(k - 1).is("has")
                    || k + 1 < t.size() && t.get(k + 1).is("that") && !PASSIVE.contains(t.get(k - 1).lower()))) {
                verbs.add(k);                                   // "economists had expected", "The government expected that" (not "is expected to")
            }
        }
        if (verbs.isEmpty()) return null;
        int mTok = m == null ? t.size() : m.tokStart;
        // "14 had predicted ...", "while eight said ...": the figure counts the speakers themselves
        if (m != null) {
            int y = m.tokEnd;
            while (y < t.size() && t.get(y).isWord() && AUX.contains(t.get(y).lower())) y++;
            if (y < t.size() && verbs.contains(y) && y > m.tokStart) return null;
        }
        boolean inQuote = m != null && insideQuote(t, m.tokStart);
        String before = null, after = null;
        int beforeAt = -1;
        for (int v : verbs) {
            if (v < mTok && !inQuote) {
                if (outletClauseBetween(t, v, mTok)) continue;
                int w = lx.withReporting.contains(t.get(v).lower()) ? withSubject(t, v) : -1;
                String s = w >= 0 ? resolve(idx, span(t, w, v), t, w, v) : subjectBefore(idx, t, v);
                if (s != null) {
                    before = s;                                  // nearest before wins
                    beforeAt = v;
                }
            } else if (v >= mTok && after == null && !lx.withReporting.contains(t.get(v).lower())) {
                after = subjectAfterQuote(idx, t, v, mTok);
            }
        }
        if (inQuote) return after != null ? after : before;
        // "he had no information about the reports that a total of seven bodies had been recovered"
        if (m != null) {
            for (int k = mTok - 3; k > beforeAt && k >= 0; k--) {
                if (!contentClause(t, k)) continue;
                int a = k;
                if (a > 0 && t.get(a - 1).isWord() && !lx.functionWords.contains(t.get(a - 1).lower()) && !t.get(a - 1).capitalized()) a--;
                if (a > 0 && DEMONSTRATIVES.contains(t.get(a - 1).lower())) a--;
                return span(t, a, k + 1);
            }
        }
        return before != null ? before : after;
    }

    /** "reports that a total of ...", "sources that 40 ...": an evidential noun before a clause with its own subject. */
    private boolean contentClause(List<Tok> t, int k) {
        Tok w = t.get(k);
        if (!w.isWord() || !lx.evidentialSubjects.contains(w.lower()) || lx.dataNouns.contains(w.lower())) return false;
        if (k + 2 >= t.size() || !t.get(k + 1).is("that")) return false;
        Tok n = t.get(k + 2);
        return n.isNum() || n.isWord() && (VERB_COMPLEMENTS.contains(n.lower()) && !PRONOUNS.contains(n.lower()) || n.capitalized());
    }

    /**
     * The word at k, whatever its spelling, is no reporting verb here: a noun after a determiner or
     * preposition, a noun/verb homograph read as a noun ("in nearby states, with"), an adjective
     * between a figure and its noun ("44 confirmed heat deaths"), or "claimed three lives".
     */
    private boolean noReportingVerb(List<Tok> t, int k) {
        String l = t.get(k).lower();
        return k > 0 && NOUN_CONTEXT.contains(t.get(k - 1).lower()) || lx.nounVerbs.contains(l) && !verbReading(t, k)
                || adjectival(t, k) || takesLives(t, k);
    }

    /** "claimed at least three lives", "claimed the lives of 12 people": the verb kills, it does not report. */
    private static boolean takesLives(List<Tok> t, int k) {
        for (int x = k + 1; x < t.size() && x <= k + 5; x++) {
            Tok w = t.get(x);
            if (w.is("lives") || w.is("life")) return true;
            if (!w.isNum() && !w.isWord() || w.is("that")) return false;
        }
        return false;
    }

    private String firstSpeaker(int idx, List<Tok> t) {
        for (int k = 1; k < t.size(); k++) {
            Tok w = t.get(k);
            if (!w.isWord() || !lx.reportingVerbs.contains(w.lower()) || PASSIVE.contains(t.get(k - 1).lower())
                    || noReportingVerb(t, k)) continue;
            return subjectBefore(idx, t, k);
        }
        return null;
    }

    /** ", the coast guard said, as a search continued for some dozen people": the outlet narrates again. */
    private static boolean outletClauseBetween(List<Tok> t, int v, int mTok) {
        for (int x = v + 1; x + 1 < mTok; x++) {
            // "... had been returned - meaning 179 prisoners freed in total": the outlet's own sum after a dash
            if ((t.get(x).is("-") || t.get(x).is("–") || t.get(x).is("—")) && t.get(x - 1).end() < t.get(x).start()
                    && t.get(x + 1).isWord() && !t.get(x + 1).capitalized() && t.get(x + 1).lower().endsWith("ing")
                    && t.get(x + 1).lower().length() > 5) return true;
            if (!t.get(x).is(",")) continue;
            Tok n = t.get(x + 1);
            // (", as well as 32 probable" coordinates, it does not narrate)
            if (n.is("while") || n.is("as") && !(x + 2 < t.size() && (t.get(x + 2).is("of") || t.get(x + 2).is("many")
                    || t.get(x + 2).is("much") || t.get(x + 2).is("few") || t.get(x + 2).is("well")))) return true;
        }
        return false;
    }

    /**
     * "44 confirmed heat deaths had been reported": a participle between a figure and a noun is an
     * adjective of what the figure counts, not a verb whose subject is the figure.
     */
    private boolean adjectival(List<Tok> t, int k) {
        if (k == 0 || !t.get(k - 1).isNum() || !t.get(k).lower().endsWith("ed") || k + 1 >= t.size()) return false;
        Tok n = t.get(k + 1);
        return n.isWord() && !n.capitalized() && !lx.functionWords.contains(n.lower()) && !VERB_COMPLEMENTS.contains(n.lower());
    }

    /**
     * ", with the Ukrainian presidency's office saying 116 were freed": the start of the noun phrase
     * between "with" and the participle at k, or -1 if the participle does not follow "with" and a noun.
     */
    private static int withSubject(List<Tok> t, int k) {
        for (int x = k - 1; x >= Math.max(0, k - 8); x--) {
            Tok w = t.get(x);
            if (w.is("with")) return x + 1 < k && x + 1 < k - 0 && hasNoun(t, x + 1, k) ? x + 1 : -1;
            if (!w.isWord() && !w.is("’") && !w.is("'") && !w.is(".")) return -1;
        }
        return -1;
    }

    private static boolean hasNoun(List<Tok> t, int a, int b) {
        for (int i = a; i < b; i++) if (t.get(i).isWord() && !DEMONSTRATIVES.contains(t.get(i).lower()) && !t.get(i).is("a")) return true;
        return false;
    }

    /** A reporting verb that is also a noun reads as a verb only before a complement. */
    private static boolean verbReading(List<Tok> t, int k) {
        // ", the Resolution Foundation estimates.": a verb that ends the sentence after a comma
        if (k + 1 >= t.size() || t.get(k + 1).is(".") && k + 2 >= t.size()) {
            for (int x = k - 1; x >= Math.max(0, k - 6); x--) {
                if (t.get(x).is(",")) return true;
                if (!t.get(x).isWord() || FUNCTION_PREPS.contains(t.get(x).lower())) return false;
            }
            return false;
        }
        Tok n = t.get(k + 1);
        if (n.isNum() || isQuote(n) || n.is(":")) return true;
        // "claim to control 1,150 km", not "the initial count to 42"
        if (n.is("to")) return k + 2 < t.size() && t.get(k + 2).isWord() && !VERB_COMPLEMENTS.contains(t.get(k + 2).lower());
        return n.isWord() && VERB_COMPLEMENTS.contains(n.lower());
    }

    private static final Set<String> FUNCTION_PREPS = Set.of("in", "of", "from", "for", "on", "at", "with", "by", "to", "into");
    private static final Set<String> VERB_COMPLEMENTS = Set.of("that", "the", "a", "an", "this", "these", "those",
            "its", "their", "his", "her", "it", "he", "she", "they", "we", "there", "some", "about", "at", "nearly",
            "more", "over", "up", "almost", "around", "roughly", "fewer", "less", "between", "under", "well", "just",
            "only", "hundreds", "thousands", "dozens", "tens", "millions", "several", "no");

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
            } else if (isHardBreak(w) || w.is("that") || w.is("and") && segs.isEmpty() && x < k - 1 && !insideName(t, x) || w.is("but")
                    || w.is("while") || w.is("as") || w.is("because") || w.is("if")
                    // "on Sunday after authorities warned": a clause of its own (not an aside after a comma)
                    || lx.subordinators.contains(w.lower()) && segs.isEmpty() && !(x > 0 && t.get(x - 1).is(","))) {
                break;
            }
            x--;
        }
        segs.add(new int[] {x + 1, segEnd});
        int[] chosen = null;
        for (int si = 0; si < segs.size(); si++) {
            int[] sg = segs.get(si);
            // "Last year the CDC confirmed": a time that opens the clause is not part of the subject
            int a0 = afterLeadingTime(t, sg[0], sg[1]);
            if (a0 > sg[0]) sg = new int[] {a0, sg[1]};
            // "Skyline Airways, the hub's largest carrier, said": a definite appositive after a name describes it
            // ("IOM, the UN Migration Agency, reports", "FPL, Florida's biggest electric company, said": one word, an owner)
            if (si + 1 < segs.size() && sg[1] > sg[0] && sg[1] < t.size() && t.get(sg[1]).is(",")
                    && (t.get(sg[0]).is("the") || possessive(t.get(sg[0])))
                    && segs.get(si + 1)[1] > segs.get(si + 1)[0] && nameLike(t, segs.get(si + 1)[0], segs.get(si + 1)[1])) continue;
            if (sg[1] <= sg[0]) continue;
            if (t.get(sg[0]).isWord() && (PREPS.contains(t.get(sg[0]).lower()) || lx.subordinators.contains(t.get(sg[0]).lower()))) continue;
            // "The government in X, where a leak happened after the quake, said": a relative clause between commas
            if (si + 1 < segs.size() && t.get(sg[0]).is("where") && sg[1] < t.size() && t.get(sg[1]).is(",")) continue;
            if (t.get(sg[0]).isWord() && !t.get(sg[0]).capitalized() && t.get(sg[0]).lower().endsWith("ing")
                    && t.get(sg[0]).lower().length() > 5) {
                // "Local media, citing Baton Rouge police, reported": the cited source is the claimant
                if (lx.citingVerbs.contains(t.get(sg[0]).lower()) && sg[1] > sg[0] + 1 && si + 1 < segs.size()) {
                    chosen = new int[] {sg[0] + 1, sg[1]};
                    break;
                }
                // "RAI and the agency ANSA, reporting from the island, said": a participle clause describes the subject
                if (si + 1 < segs.size()) continue;
                // "An outbreak, which began when a resident became infected while visiting X and returned, has
                // reported": the clause reached is a participle's, the subject lies beyond what is read
                return null;
            }
            // "Name, a lawyer who represents families, estimates": the indefinite appositive describes the name
            if (sg != segs.get(segs.size() - 1) && t.get(sg[1]).is(",") && (t.get(sg[0]).is("a") || t.get(sg[0]).is("an") || contains(t, sg, "who"))) continue;
            chosen = sg;
            break;
        }
        if (chosen == null) return null;
        int a = chosen[0], b = chosen[1];
        if (b - a > 8 && b - a <= 14 && properNameSpan(t, a, b)) {
            // "The Nigeria Centre for Disease Control and Prevention (NCDC)": a long name is kept whole
        } else if (b - a > 8 && (t.get(a).is("the") || t.get(a).capitalized() && !lx.functionWords.contains(t.get(a).lower()))) {
            // "The government in Shifang City of Deyang City": the head and its first complement
            int cut = -1;
            for (int i = a + 2; i < a + 8; i++) if (t.get(i).is("of") || t.get(i).is("in")) cut = i;
            if (cut > 0 && cut > a + 2) b = cut;
            else a = b - 6;
        } else if (b - a > 8) a = b - 6;
        while (a < b && (t.get(a).is("and") || t.get(a).is("or"))) a++;
        // drop leading adverbials and trailing auxiliaries
        while (b > a && t.get(b - 1).isWord() && AUX.contains(t.get(b - 1).lower())) b--;
        if (b <= a) return null;
        // "Of the 22 economists polled, 14 had predicted ...": a figure as subject speaks for what it counts
        boolean figure = true;
        for (int i = a; i < b; i++) figure &= t.get(i).isNum();
        if (figure) return frontedNoun(t);
        String subj = span(t, a, b);
        String head = t.get(b - 1).lower();
        // "the latest figures showed": data show what their publisher, named before, asserts
        if (lx.dataNouns.contains(head) && t.get(a).isWord() && DEMONSTRATIVES.contains(t.get(a).lower()) && !hasCapital(t, a + 1, b)) {
            String org = leadOrganisation(t, a);
            return org != null ? org : last;
        }
        // "indicate", "suggest", "show" attribute only with an evidential subject ("Reports indicate")
        if (!lx.reportingVerbs.contains(verb) && !verb.equals("expected") && !lx.evidentialSubjects.contains(head)) return null;
        if (!hasCapital(t, a, b) && !lx.evidentialSubjects.contains(head) && !PRONOUNS.contains(head)
                && !DEMONSTRATIVES.contains(t.get(a).lower()) && b - a > 3) return null;
        return resolve(idx, subj, t, a, b);
    }

    /** The noun fronted with "of" at the start of the sentence ("Of the 22 economists polled, ..."), or null. */
    private String frontedNoun(List<Tok> t) {
        if (t.isEmpty() || !t.get(0).is("of")) return null;
        int x = 1;
        while (x < t.size() && (t.get(x).isNum() || t.get(x).isWord() && DEMONSTRATIVES.contains(t.get(x).lower()))) x++;
        int a = x;
        while (x < t.size() && x < a + 3 && t.get(x).isWord() && !lx.functionWords.contains(t.get(x).lower())
                && !(x > a && t.get(x).lower().endsWith("ed"))) x++;
        return x > a ? span(t, a, x) : null;
    }

    /** "Pakistan's Election Commission started to release ... and the latest figures showed": the name that opens the sentence. */
    private String leadOrganisation(List<Tok> t, int before) {
        int a = 0;
        while (a < before && isQuote(t.get(a))) a++;
        int b = a;
        while (b < before && t.get(b).capitalized() && b - a < 6) b++;
        if (b == a || b >= before || lx.functionWords.contains(t.get(a).lower()) && !t.get(a).is("the")) return null;
        if (t.get(a).is("the") && b - a < 2) return null;
        Tok n = t.get(b);
        if (!n.isWord() || n.capitalized() || lx.functionWords.contains(n.lower())) return null;
        return span(t, a, b);
    }

    /** The first token after a time that opens [a, b) ("Last year", "This week", "In 2014"), or a. */
    private int afterLeadingTime(List<Tok> t, int a, int b) {
        int x = a;
        if (x < b && t.get(x).isWord() && (t.get(x).is("in") || t.get(x).is("on") || t.get(x).is("during"))) x++;
        if (x < b && t.get(x).isWord() && RELATIVE.contains(t.get(x).lower())) x++;
        int times = 0;
        while (x < b && (t.get(x).isWord() && (lx.timeUnits.contains(t.get(x).lower()) || lx.weekdays.containsKey(t.get(x).lower())
                || lx.months.containsKey(t.get(x).lower()) || lx.timeAdverbs.contains(t.get(x).lower()))
                || t.get(x).isNum() && t.get(x).text().length() == 4 && (x == a || times > 0 || !t.get(x - 1).isWord()
                    || t.get(x - 1).is("in")))) {
            x++;
            times++;
        }
        if (times == 0 || x >= b || !t.get(x).isWord() && !t.get(x).is(",")) return a;
        if (t.get(x).is(",")) return a;
        return x;
    }

    private static final Set<String> RELATIVE = Set.of("last", "this", "next", "earlier", "later", "past");

    /** "\"... 909 ...,\" the Ukrainian military said" / ", police said" / ", said John Smith". */
    private String subjectAfterQuote(int idx, List<Tok> t, int v, int mTok) {
        int k = v - 1;
        while (k > mTok && t.get(k).isWord() && AUX.contains(t.get(k).lower())) k--;
        int b = k + 1;
        int a = b;
        while (a - 1 > mTok && t.get(a - 1).isWord() || a - 1 > mTok && isNamePunct(t.get(a - 1))) a--;
        boolean afterBreak = a - 1 >= mTok && (t.get(a - 1).is(",") || isQuote(t.get(a - 1)));
        if (b > a && CONTRASTS.contains(t.get(a).lower()) || b > a && t.get(a).is("and")) return null;
        // ", which put ...", ", as expected by economists and said ...": no subject of the verb's own
        if (b > a && CLAUSE_OPENERS.contains(t.get(a).lower()) || b > a && (t.get(b - 1).is("and") || t.get(b - 1).is("or"))) return null;
        // ", on Sunday after authorities warned", ", the most since the CDC confirmed 667": the verb is
        // another clause's, not a source's coming after the figure
        if (b > a && !t.get(a).capitalized() && PREPS.contains(t.get(a).lower())) return null;
        for (int i = a; i < b; i++) if (t.get(i).isWord() && (lx.subordinators.contains(t.get(i).lower()) || CLAUSE_OPENERS.contains(t.get(i).lower()))) return null;
        if (b > a && afterBreak && b - a <= 8) return resolve(idx, span(t, a, b), t, a, b);
        if (b == a && a - 1 > mTok && t.get(a - 1).is(",")) {
            // ", Ittiporn Boonpracong, chairman of the Election Commission, told": the name before its appositive
            int e2 = a - 1, s2 = e2;
            while (s2 - 1 > mTok && t.get(s2 - 1).isWord() && e2 - s2 < 8) s2--;
            if (s2 < e2 && s2 - 1 > mTok && t.get(s2 - 1).is(",")) {
                int e1 = s2 - 1, s1 = e1;
                while (s1 - 1 >= mTok && t.get(s1 - 1).capitalized()) s1--;
                if (e1 - s1 >= 1 && e1 - s1 <= 4 && s1 - 1 >= mTok && (t.get(s1 - 1).is(",") || isQuote(t.get(s1 - 1)))) {
                    return span(t, s1, e1);
                }
            }
        }
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
        // "Mayor Paolo Serra, 58, called for more staff. \"...,\" he told reporters": the person who led the sentence before
        if (b - a == 1 && (head.equals("he") || head.equals("she")) && idx > 0 && (last == null || !isPersonLike(last))) {
            String lead = leadName(idx - 1);
            if (lead != null) return lead;
        }
        // "he said" after "... that authorities there had confirmed": a person, not the last common noun
        if (b - a == 1 && (head.equals("he") || head.equals("she")) && lastPerson != null && last != null
                && last.equals(last.toLowerCase())) return lastPerson;
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
        Pattern p = NAMED.get(cap, k -> Pattern.compile(
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

    /** "Sultan", "Ana Ruiz": capitalised words without an article, a plural or an acronym. */
    private static boolean isPersonLike(String c) {
        String[] w = c.split("\\s+");
        if (w.length > 5) return false;
        for (String x : w) {
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || x.length() > 1 && x.equals(x.toUpperCase())) return false;
        }
        return !w[0].equals("The") && !c.endsWith("s");
    }

    /** The name that opens a sentence ("Mayor Paolo Serra, 58, called ..."), or null. */
    private String leadName(int idx) {
        Sentences.Sentence s = sentences.get(idx);
        List<Tok> t = Tok.of(text, s.start(), s.end());
        int a = 0;
        while (a < t.size() && isQuote(t.get(a))) a++;
        int b = a;
        while (b < t.size() && t.get(b).capitalized() && b - a < 5) b++;
        if (b - a < 2 || b >= t.size() || lx.functionWords.contains(t.get(a).lower()) || t.get(a).is("the")) return null;
        if (!t.get(b).is(",") && !(t.get(b).isWord() && !t.get(b).capitalized())) return null;
        String name = span(t, a, b);
        return isPersonLike(name) ? name : null;
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("which", "who", "whom", "that", "as", "when", "after",
            "before", "if", "because", "since", "until");
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but", "although", "though");
    /** Words before which a reporting verb is a noun: "in state history", "the report", "a claim". */
    private static final Set<String> NOUN_CONTEXT = Set.of("the", "a", "an", "in", "of", "for", "on", "at", "this",
            "its", "their", "his", "her", "our", "by", "with", "from", "into");

    /** How many name patterns {@link #NAMED} keeps (the nouns most used lately). */
    static final int NAMED_PATTERNS = 2_000;
    /** The name patterns of nouns met in texts: bounded, since texts can hold any word. */
    static final com.github.benmanes.caffeine.cache.Cache<String, Pattern> NAMED =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(NAMED_PATTERNS).build();
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

    /** The dots of "U.S." or "U.N." before a name go on ("according to the U.S. Energy Department"). */
    private static boolean abbreviationDot(List<Tok> t, int b) {
        if (!t.get(b).is(".") || b == 0 || b + 1 >= t.size()) return false;
        Tok p = t.get(b - 1), n = t.get(b + 1);
        if (!p.isWord() || p.text().length() != 1 || !p.capitalized() || p.end() != t.get(b).start()) return false;
        if (n.isWord() && n.text().length() == 1 && n.capitalized() && n.start() == t.get(b).end()) return true;
        return b >= 2 && t.get(b - 2).is(".") && t.get(b - 2).end() == p.start() && n.capitalized();
    }

    private static boolean isClauseBreak(Tok w) {
        return !w.isWord() && !w.isNum() && ",;:.!?\"“”—–".contains(w.text());
    }

    private static boolean contains(List<Tok> t, int[] sg, String lower) {
        for (int i = sg[0]; i < sg[1]; i++) if (t.get(i).is(lower)) return true;
        return false;
    }

    /** "Disease Control and Prevention": an "and" between two capitalised words is part of a name. */
    private static boolean insideName(List<Tok> t, int x) {
        return x > 0 && x + 1 < t.size() && t.get(x - 1).capitalized() && t.get(x + 1).capitalized();
    }

    /** Capitalised words, with "the", "of", "for", "and" between them and an acronym in brackets. */
    private static boolean properNameSpan(List<Tok> t, int a, int b) {
        boolean bracket = false;
        int caps = 0;
        for (int i = a; i < b; i++) {
            Tok w = t.get(i);
            if (w.is("(")) bracket = true;
            else if (w.is(")")) bracket = false;
            else if (bracket) continue;
            else if (w.capitalized()) caps++;
            else if (!(w.is("the") || w.is("of") || w.is("for") || w.is("and")) || i == b - 1) return false;
        }
        return caps >= 3 && t.get(a).capitalized();
    }

    private static boolean possessive(Tok w) {
        return w.isWord() && w.capitalized() && (w.text().endsWith("'s") || w.text().endsWith("’s"));
    }

    /** A name before its appositive: capitalised words, an acronym on its own, a ticker in brackets. */
    private boolean nameLike(List<Tok> t, int a, int b) {
        if (isName(t, a, b)) return true;
        if (b - a > 12 || lx.functionWords.contains(t.get(a).lower())) return false;
        boolean bracket = false;
        int words = 0;
        for (int i = a; i < b; i++) {
            Tok w = t.get(i);
            if (w.is("(")) bracket = true;
            else if (w.is(")")) bracket = false;
            else if (bracket || w.is(".")) continue;
            else if (!w.capitalized()) return false;
            else words++;
        }
        if (words > 1) return true;
        String x = t.get(b - 1).text();
        return words == 1 && x.length() >= 2 && x.equals(x.toUpperCase());
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
