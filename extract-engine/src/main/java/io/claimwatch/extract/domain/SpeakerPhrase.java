package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantWords.contains;
import static io.claimwatch.extract.domain.ClaimantWords.edForm;
import static io.claimwatch.extract.domain.NameShapes.hasCapital;
import static io.claimwatch.extract.domain.ClaimantWords.ingForm;
import static io.claimwatch.extract.domain.NameShapes.insideName;
import static io.claimwatch.extract.domain.ClauseMarks.isHardBreak;
import static io.claimwatch.extract.domain.NameShapes.isName;
import static io.claimwatch.extract.domain.ClauseMarks.isQuote;
import static io.claimwatch.extract.domain.NameShapes.possessive;

import java.util.ArrayList;
import java.util.List;

/**
 * The subject of a reporting verb: read backwards over its clause ("The agency, citing police,
 * said"), or after a quotation (", the Ukrainian military said", ", said John Smith"). Appositives,
 * leading times, participle clauses and relative clauses are stepped over; a long name is cut to its
 * head; pronouns and "the ministry" resolve through the {@link Referents}.
 */
final class SpeakerPhrase {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;
    private final String text;
    private final Referents refs;
    private final SpeakerAsides asides;
    private final SpeakerAfter after;

    SpeakerPhrase(Lexicon lx, String text, Referents refs) {
        this.lx = lx;
        this.text = text;
        this.refs = refs;
        this.asides = new SpeakerAsides(lx, text);
        this.after = new SpeakerAfter(lx, text, refs, this);
    }

    /** The subject of the reporting verb at v, reading backwards over its clause. */
    String before(int idx, List<Tok> t, int v) {
        return before(idx, t, v, false);
    }

    /** The subject of the verb at v, read as a reporting verb's whatever the verb ({@link ActorTerms}). */
    String subjectOf(int idx, List<Tok> t, int v) {
        return before(idx, t, v, true);
    }

    private String before(int idx, List<Tok> t, int v, boolean anyVerb) {
        return before(idx, t, v, anyVerb, false);
    }

    /** {@code outer}: v is the verb a pronoun's clause was reported by (read once: no pronoun goes out again). */
    private String before(int idx, List<Tok> t, int v, boolean anyVerb, boolean outer) {
        String verb = t.get(v).lower();
        int[] maker = FindingClauses.relativeMaker(lx, t, v);   // claimant.relative-finding: "a report from X, which found that"
        if (maker != null) return refs.resolve(idx, span(t, maker[0], maker[1]), t, maker[0], maker[1]);
        int k = SpeakerAsides.pronounAdverb(t, v - 1, w);
        while (k >= 0 && t.get(k).isWord() && w.verbAdverbs.contains(t.get(k).lower())) k--;
        // claimant.comparison-no-subject: "growth of 9.5%, faster than predicted": the verb ends a comparison, no one is named
        if (k >= 0 && t.get(k).isWord() && w.comparisonWords.contains(t.get(k).lower())) return null;
        k = RelativeAsides.subjectBefore(t, k, v);   // claimant.relative-aside: "Reuters, which has collated ... as ..., reported"
        // "Russian claims" (not "The official said", "A defense official told": a verb that is never a noun has a subject there)
        if (k >= 0 && t.get(k).isWord() && w.nounMarkers.contains(t.get(k).lower())
                && (lx.nounVerbs.contains(verb) || lx.functionWords.contains(t.get(k).lower()) || t.get(k).is("and"))) return null;
        // "a meltdown he said cost the airline $500 million": a personal pronoun is the whole of its subject
        if (k > 0 && t.get(k).isWord() && w.pronouns.contains(t.get(k).lower()) && !t.get(k - 1).is(",")) {
            int said = outer ? -1 : NestedReports.speakerOfPronoun(lx, t, k);   // claimant.pronoun-after-speaker
            if (said >= 0) return before(idx, t, said, anyVerb, true);
            return refs.resolve(idx, t.get(k).text(), t, k, k + 1);
        }
        // segments split by commas, back to the clause start
        List<int[]> segs = new ArrayList<>();
        int segEnd = k + 1;
        int x = k;
        int guard = 0;
        while (x >= 0 && guard++ < 40) {
            Tok y = t.get(x);
            if (y.is(",")) {
                segs.add(new int[] {x + 1, segEnd});
                segEnd = x;
            } else if (isHardBreak(y) || DatelineOpening.endsAt(t, x, lx) || y.is("that") || y.is("and") && segs.isEmpty() && x < k - 1 && !insideName(t, x) || y.is("but")
                    || y.is("while") || y.is("as") || y.is("because") || y.is("if") || w.comparisonWords.contains(y.lower())
                    // "on Sunday after authorities warned": a clause of its own (not an aside after a comma)
                    || lx.subordinators.contains(y.lower()) && segs.isEmpty() && !(x > 0 && t.get(x - 1).is(","))
                    // "the earthquake which the government said will cause": the relative clause's own subject
                    || segs.isEmpty() && objectRelative(t, x, k + 1)) {
                break;
            }
            x--;
        }
        segs.add(new int[] {x + 1, segEnd});
        String provider = providedBy(t, segs.get(segs.size() - 1));
        if (provider != null) return provider;
        String research = ResearchBy.maker(w, text, t, segs.get(segs.size() - 1));   // claimant.research-by: "Research by X indicates"
        if (research != null) return research;
        int[] chosen = null;
        for (int si = 0; si < segs.size(); si++) {
            int[] sg = segs.get(si);
            // "Last year the CDC confirmed": a time that opens the clause is not part of the subject
            int a0 = afterLeadingTime(t, sg[0], sg[1]);
            if (a0 > sg[0]) sg = new int[] {a0, sg[1]};
            // "Skyline Airways, the hub's largest carrier, said": a definite appositive after a name describes it
            // ("Townsend Thoresen, owners of the ferry, said": so does a bare noun)
            // ("IOM, the UN Migration Agency, reports", "FPL, Florida's biggest electric company, said": one word, an owner)
            if (si + 1 < segs.size() && sg[1] > sg[0] && sg[1] < t.size() && t.get(sg[1]).is(",")
                    && (t.get(sg[0]).is("the") || possessive(t.get(sg[0])) || bareNoun(t.get(sg[0])))
                    && segs.get(si + 1)[1] > segs.get(si + 1)[0] && nameLike(t, segs.get(si + 1)[0], segs.get(si + 1)[1])) continue;
            if (sg[1] <= sg[0] || si + 1 < segs.size() && SpeakerAsides.adverbAside(t, sg[0], sg[1])) continue;
            // "Ana Ruiz, 34, from Hartpury, Gloucestershire, said": an age, a party's tag and the rest of a place after a name are asides
            if (si + 1 < segs.size() && (SpeakerAsides.age(t, sg) || SpeakerAsides.partyTag(t, sg) || asides.placeTail(t, sg, segs.get(si + 1)))) continue;
            // "The fall of Ouadi Doum, which Chad said cost 1,269 lives": a relative pronoun as object, its clause's subject after it
            if (sg == segs.get(0) && sg[1] - sg[0] >= 2 && sg[1] - sg[0] <= 6 && (t.get(sg[0]).is("which") || t.get(sg[0]).is("whom"))
                    && (t.get(sg[0] + 1).capitalized() || w.determiners.contains(t.get(sg[0] + 1).lower())
                        || bareNoun(t.get(sg[0] + 1)) || bareNoun(t.get(sg[1] - 1)) && !lx.functionWords.contains(t.get(sg[0] + 1).lower()))) {
                // ("which employers say has cost them", "which stevedoring companies said cost them millions")
                chosen = new int[] {sg[0] + 1, sg[1]};
                break;
            }
            if (t.get(sg[0]).isWord() && (w.prepositions.contains(t.get(sg[0]).lower()) || lx.subordinators.contains(t.get(sg[0]).lower()))) {
                // claimant.adverbial-opening: "Despite the new strike BA said": the name right after the phrase's noun
                // (not an aside between commas after the subject: "Ana Ruiz, from the charity Nadiya, estimates")
                int n = si + 1 < segs.size() ? -1 : asides.nameAfterPhrase(t, sg[0], sg[1], this::bareNoun);
                if (n < 0) continue;
                chosen = new int[] {n, sg[1]};
                break;
            }
            // "The government in X, where a leak happened after the quake, said": a relative clause between commas
            if (si + 1 < segs.size() && t.get(sg[0]).is("where") && sg[1] < t.size() && t.get(sg[1]).is(",")) continue;
            // "The MORI poll, conducted in the six days before the vote, showed": a past participle clause describes the subject
            if (si + 1 < segs.size() && t.get(sg[0]).isWord() && !t.get(sg[0]).capitalized() && edForm(t.get(sg[0]).lower())
                    && sg[1] < t.size() && t.get(sg[1]).is(",")) continue;
            if (ingForm(t.get(sg[0]))) {
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
        if (chosen == null || SpeakerAsides.quotedFragment(t, chosen[0])) return null;
        int a = chosen[0], b = chosen[1];
        if (NestedReports.outerVerb(lx, t, a, b) >= 0) return before(idx, t, NestedReports.outerVerb(lx, t, a, b));   // "A survey suggests 69% say"
        // "A MORI poll conducted for The Sunday Times showed": a participle after a noun opens a reduced relative
        // clause; its noun is the head, and a long subject ends before it ("Economists polled by Reuters" stays)
        b = asides.beforePlace(t, a, b);    // "BBC correspondent Simon Hall at Postbridge on Dartmoor": the name, not the place
        int rel = reducedRelative(t, a, b);
        if (rel > 0 && b - a > 8) b = rel;
        if (b - a > 8) b = SpeakerAsides.beforeRelativeClause(t, a, b);   // "A farmer near Ledmore who had spent the night ... told"
        if (b - a > 8 && b - a <= 14 && w.properNameSpan(t, a, b)) {
            // "The Nigeria Centre for Disease Control and Prevention (NCDC)": a long name is kept whole
        } else if (b - a > 8 && (t.get(a).is("the") || t.get(a).capitalized() && !lx.functionWords.contains(t.get(a).lower()))
                || b - a > 8 && evidentialHead(t, a, b) >= 0) {
            // "The government in Shifang City of Deyang City": the head and its first complement
            // ("a poll by Telephone Surveys Limited for The Sunday Express": the poll and who made it)
            int cut = -1;
            for (int i = a + 2; i < a + 8; i++) if (t.get(i).is("of") || t.get(i).is("in") || t.get(i).is("for")) cut = i;
            if (cut > 0 && cut > a + 2) b = cut;
            else a = b - 6;
        } else if (b - a > 8) a = b - 6;
        while (a < b && (t.get(a).is("and") || t.get(a).is("or"))) a++;
        // claimant.time-after-subject: "The mayor on Monday said": the mayor (after a long subject is cut: "A poll published in
        // The Times last Sunday showed" keeps the poll)
        b = asides.beforeTime(t, a, b);
        // drop leading adverbials and trailing auxiliaries
        while (b > a && t.get(b - 1).isWord() && w.verbAdverbs.contains(t.get(b - 1).lower())) b--;
        if (b <= a) return null;
        // "Of the 22 economists polled, 14 had predicted ...": a figure as subject speaks for what it counts
        // ("In the Countryfile survey, 47% said ...": the survey that frames the sentence)
        if (SpeakerAsides.figure(t, a, b)) {
            String fronted = frontedNoun(t);
            return fronted != null ? fronted : asides.surveyFrame(t);
        }
        // "Insurers have sought to calm fears that": a verb phrase, not a subject, lies before the word
        for (int i = a; i + 1 < b; i++) if (w.perfect.contains(t.get(i).lower()) && t.get(i + 1).isWord()) return null;
        // "Figures from the Commerce Department for November showed": data speak for whom they come from
        int from = a < b && w.determiners.contains(t.get(a).lower()) ? a + 1 : a;
        if (from + 2 < b && lx.dataNouns.contains(t.get(from).lower()) && t.get(from + 1).is("from")) {
            int e = from + 2;
            while (e < b && !(e > from + 2 && t.get(e).isWord() && lx.functionWords.contains(t.get(e).lower()) && !t.get(e).is("of"))) e++;
            return span(t, from + 2, e);
        }
        // claimant.adverbial-opening: "X said in August the U.S. financial industry has announced 87,962 job cuts": X's verb reports it
        int past = asides.pastAdverbial(t, a, b, this::bareNoun);
        if (past < 0) return null;
        if (past > a) {
            a = past;
            rel = -1;
        }
        String subj = span(t, a, b);
        String head = t.get(rel > 0 ? rel - 1 : b - 1).lower();
        if (placeSubject(t, a, b) || ordinalSubject(t, a, b)) return null;
        // "the latest figures showed": data show what their publisher, named before, asserts
        if (lx.dataNouns.contains(head) && t.get(a).isWord() && w.determiners.contains(t.get(a).lower()) && !hasCapital(t, a + 1, b)) {
            String org = leadOrganisation(t, a);
            return org != null ? org : refs.last();
        }
        // "indicate", "suggest", "show" attribute only with an evidential subject ("Reports indicate")
        // ("a poll by Telephone Surveys Limited found": the noun before the name of its maker)
        if (!anyVerb && !lx.reportingVerbs.contains(verb) && !verb.equals("expected") && !verb.equals("looking") && !w.quotedAs.contains(verb) && !w.clauseViews.contains(verb)
                && !lx.evidentialSubjects.contains(head)
                && evidentialHead(t, a, b) < 0 && !acronymFinds(t, a, b, verb) && !FindingClauses.foundThat(lx, t, a, v)
                && !w.thatReport(t, v)) return null;
        if (!hasCapital(t, a, b) && !lx.evidentialSubjects.contains(head) && !w.pronouns.contains(head)
                && !w.determiners.contains(t.get(a).lower()) && b - a > 3) return null;
        return refs.resolve(idx, subj, t, a, b);
    }

    /**
     * claimant.acronym-finds: "HRC has identified 40 sites": a verb of finding (lexicon/claimant-finding-verbs.txt) whose
     * subject is one acronym of two to five capitals, after "the" or none, reports as an evidential noun's does.
     */
    private boolean acronymFinds(List<Tok> t, int a, int b, String verb) {
        if (a < b && t.get(a).is("the")) a++;
        if (b - a != 1 || !w.findingVerbs.contains(verb)) return false;
        String s = t.get(a).text();
        return s.length() >= 2 && s.length() <= 5 && s.chars().allMatch(Character::isUpperCase);
    }

    /**
     * claimant.provided-by: "The information provided by Ana Ruiz, the board's chair, indicated": a subject that opens its clause
     * with a noun of lexicon/claimant-provided-nouns.txt (after a determiner), a participle of lexicon/claimant-provided-participles.txt,
     * "by" and one to five capitalised words up to the comma speaks for the name; the name, or null.
     */
    private String providedBy(List<Tok> t, int[] sg) {
        int a = sg[0] < sg[1] && w.determiners.contains(t.get(sg[0]).lower()) ? sg[0] + 1 : sg[0];
        if (a + 3 >= sg[1] || !w.providedNouns.contains(t.get(a).lower()) || !w.providedParticiples.contains(t.get(a + 1).lower())
                || !t.get(a + 2).is("by") || sg[1] - (a + 3) > 5) return null;
        for (int i = a + 3; i < sg[1]; i++) if (!t.get(i).capitalized()) return null;
        return span(t, a + 3, sg[1]);
    }

    /**
     * "Some mountainous regions have reported up to 1,219 mm", "Ohio and Jackson counties also reported one death
     * each", "Kocaeli province posted": a subject whose head is a plural of places, or a province after its name
     * (lexicon/claimant-place-nouns.txt), names where a figure was recorded, not who asserts it.
     */
    boolean placeSubject(List<Tok> t, int a, int b) {
        while (b > a && t.get(b - 1).isWord() && w.verbAdverbs.contains(t.get(b - 1).lower())) b--;
        if (b <= a || !t.get(b - 1).isWord() || !w.placeNouns.contains(t.get(b - 1).lower())) return false;
        // (a place in the singular is the head of its own name only: "The governor of West Flanders province said" is the governor)
        return t.get(b - 1).lower().endsWith("s") || !contains(t, new int[] {a, b}, "of");
    }

    /**
     * "with the second showing a 1.5% gain", "the third showed a fall": a subject whose head is an ordinal (lexicon/
     * claimant-ordinals.txt) stands for one of a series of periods or figures named before, not for a source.
     */
    boolean ordinalSubject(List<Tok> t, int a, int b) {
        return b > a && t.get(b - 1).isWord() && w.ordinals.contains(t.get(b - 1).lower());
    }

    /** The subject [ws, v) of ", with X saying", unless it is a place ({@link #placeSubject}). */
    String withSubject(int idx, List<Tok> t, int ws, int v) {
        return placeSubject(t, ws, v) || ordinalSubject(t, ws, v) ? null : refs.resolve(idx, span(t, ws, v), t, ws, v);
    }

    /**
     * "which the government said", "that Wall Street economists had forecast": a relative pronoun at r (lexicon/
     * claimant-object-relatives.txt) that is the object of the verb after [r + 1, b), the clause's own subject: a
     * determiner and a noun, or a name, of up to 5 words, with no verb form.
     */
    boolean objectRelative(List<Tok> t, int r, int b) {
        if (!t.get(r).isWord() || !w.objectRelatives.contains(t.get(r).lower()) || b - r < 2 || b - r > 6) return false;
        Tok first = t.get(r + 1);
        if (!(first.capitalized() && !w.pronouns.contains(first.lower()) || first.isWord() && w.determiners.contains(first.lower()))) return false;
        for (int i = r + 1; i < b; i++) {
            Tok y = t.get(i);
            if (!y.isWord() || i > r + 1 && (lx.functionWords.contains(y.lower()) && !y.is("of") || ingForm(y) || !y.capitalized() && edForm(y.lower()))) return false;
        }
        return true;
    }

    /** "a poll by X", "the survey for Y": the index of an evidential noun before the preposition that opens [a, b)'s complement, or -1. */
    private int evidentialHead(List<Tok> t, int a, int b) {
        for (int i = a + 1; i + 1 < b && i < a + 4; i++) {
            if (!t.get(i + 1).isWord() || !w.prepositions.contains(t.get(i + 1).lower())) continue;
            return t.get(i).isWord() && lx.evidentialSubjects.contains(t.get(i).lower()) && !lx.dataNouns.contains(t.get(i).lower()) ? i : -1;
        }
        return -1;
    }

    /** The index of a past participle that follows a noun and comes before a preposition in [a, b) ("poll conducted for"), or -1. */
    private int reducedRelative(List<Tok> t, int a, int b) {
        for (int i = a + 1; i + 1 < b; i++) {
            Tok p = t.get(i), prev = t.get(i - 1), next = t.get(i + 1);
            if (p.isWord() && !p.capitalized() && edForm(p.lower()) && prev.isWord() && !lx.functionWords.contains(prev.lower())
                    && !possessive(prev) && next.isWord() && w.prepositions.contains(next.lower())) return i;
        }
        return -1;
    }

    /** "owners", "spokesman": a lower-case word that is no function word, no verb form and no pronoun. */
    boolean bareNoun(Tok x) {
        return x.isWord() && !x.capitalized() && !lx.functionWords.contains(x.lower()) && !w.pronouns.contains(x.lower())
                && !ingForm(x) && !edForm(x.lower()) && !w.prepositions.contains(x.lower());
    }

    /**
     * "that it doesn't expect", "and they said": the subject of the verb at v is a pronoun alone (claimant.pronoun-after-report:
     * "Ledmore officials said they had found 12 dead crows": right after a reporting verb, the same speaker's).
     */
    boolean pronounSubject(List<Tok> t, int v) {
        int k = v - 1;
        while (k >= 0 && t.get(k).isWord() && w.verbAdverbs.contains(t.get(k).lower())) k--;
        return k >= 0 && t.get(k).isWord() && w.pronouns.contains(t.get(k).lower())
                && (k == 0 || !t.get(k - 1).isWord() || w.clauseOpeners.contains(t.get(k - 1).lower()) || t.get(k - 1).is("and")
                    || lx.reportingVerbs.contains(t.get(k - 1).lower()));
    }

    /** The noun fronted with "of" at the start of the sentence ("Of the 22 economists polled, ..."), or null. */
    private String frontedNoun(List<Tok> t) {
        if (t.isEmpty() || !t.get(0).is("of")) return null;
        int x = 1;
        while (x < t.size() && (t.get(x).isNum() || t.get(x).isWord() && w.determiners.contains(t.get(x).lower()))) x++;
        int a = x;
        while (x < t.size() && x < a + 3 && t.get(x).isWord() && !lx.functionWords.contains(t.get(x).lower())
                && !(x > a && edForm(t.get(x).lower()))) x++;
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
        if (x < b && t.get(x).isWord() && w.timePrepositions.contains(t.get(x).lower())) x++;
        if (x < b && t.get(x).isWord() && w.relativeTimes.contains(t.get(x).lower())) x++;
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

    /** {@link SpeakerAfter#read}: the speaker named after the figure or the quotation. */
    String afterQuote(int idx, List<Tok> t, int v, int mTok) {
        return after.read(idx, t, v, mTok);
    }

    /** A name before its appositive: capitalised words, an acronym on its own, a ticker in brackets. */
    private boolean nameLike(List<Tok> t, int a, int b) {
        if (isName(t, a, b)) return true;
        // "A spokeswoman for Hanover Re, Europe's fifth-largest reinsurance firm, estimated": one who speaks for a name
        int e = b;
        while (e > a && t.get(e - 1).capitalized()) e--;
        if (e < b && e - 1 > a && w.speaksFor.contains(t.get(e - 1).lower())) return true;
        if (b - a > 12 || lx.functionWords.contains(t.get(a).lower())) return false;
        boolean bracket = false;
        int words = 0;
        for (int i = a; i < b; i++) {
            Tok y = t.get(i);
            if (y.is("(")) bracket = true;
            else if (y.is(")")) bracket = false;
            else if (bracket || y.is(".")) continue;
            else if (!NameShapes.nameWord(y)) return false;
            else words++;
        }
        if (words > 1) return true;
        String x = t.get(b - 1).text();
        return words == 1 && x.length() >= 2 && x.equals(x.toUpperCase());
    }

    /** {@link SpeakerAsides#surveyFrame}. */
    String surveyFrame(List<Tok> t) { return asides.surveyFrame(t); }

    private String span(List<Tok> t, int a, int b) {
        return ClaimantWords.span(text, t, a, b);
    }
}
