package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClauseMarks.colonBetween;
import static io.claimwatch.extract.domain.ClauseMarks.introducedQuote;
import static io.claimwatch.extract.domain.ClauseMarks.insideQuote;

import java.util.List;

/**
 * Who asserts a figure: the {@link ClaimantRule}s in order. "according to X", "X said/stated/estimates
 * ... N", "\"... N ...,\" X said", "X Says ..." in a headline, "Reports indicate"/"sources suggest", an
 * embedded post signed "— Name (@handle) date". Appositives resolve to the name; pronouns ("it
 * added", "he said") to the last claimant ({@link Referents}); subjects are read by {@link SpeakerPhrase},
 * verbs found by {@link ReportingVerbs}, the shapes of quotations, wrapped copy, headlines and embedded
 * posts by {@link ParagraphShapes}. Null when the outlet speaks in its own voice. One instance per
 * document (it keeps the last claimant).
 */
public final class Attribution {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final Referents refs;
    private final ReportingVerbs verbs;
    private final SpeakerPhrase speaker;
    private final CarriedReport carry;
    private final ParagraphShapes shapes;
    private final PassiveAgent agent;
    private final SourceNamedNext next;
    private final AccordingTo according;
    private final RelayedQuote relayed;
    private final ReportScope scope;
    private final ObservedSpeakers quoted;
    private final AuthorityInquiry inquiry;
    private final LaterQuoteTag laterTag;
    private final ActorTerms terms;
    private final SpeakersCountedByFigure counted;
    private ClaimantRule decided;
    private final java.util.EnumSet<ClaimantRule> applied = java.util.EnumSet.noneOf(ClaimantRule.class);

    public Attribution(Lexicon lx, String text, List<Sentences.Sentence> sentences) {
        this.lx = lx;
        this.text = text;
        this.sentences = sentences;
        this.refs = new Referents(lx, text, sentences);
        this.verbs = new ReportingVerbs(lx);
        this.speaker = new SpeakerPhrase(lx, text, refs);
        this.carry = new CarriedReport(text, sentences);
        this.shapes = new ParagraphShapes(lx, text, sentences);
        this.agent = new PassiveAgent(lx, text);
        this.next = new SourceNamedNext(text, sentences, verbs, speaker, carry);
        this.according = new AccordingTo(text, refs, verbs, speaker);
        this.relayed = new RelayedQuote(text, sentences, refs);
        this.scope = new ReportScope();
        this.quoted = new ObservedSpeakers(verbs, speaker);
        this.inquiry = new AuthorityInquiry(lx);
        this.laterTag = new LaterQuoteTag(text, sentences, verbs);
        this.terms = new ActorTerms(lx, speaker);
        this.counted = new SpeakersCountedByFigure(lx, text, speaker);
    }

    /** The rule that decided the last {@link #claimant}. */
    ClaimantRule decided() {
        return decided;
    }

    /**
     * For explanations: the rule that decided the {@code claimant} of the figure m of sentence idx (the
     * last {@link #claimant} asked), and where its words stand ({@link TextSpans#find}: whom "he said"
     * refers to is named before). No span for no claimant.
     */
    FieldSource source(int idx, Mention m, String claimant) {
        String rule = decided.ruleName();
        Sentences.Sentence s = sentences.get(idx);
        int[] at = claimant == null ? null
                : TextSpans.find(text, claimant, s.start(), s.end(), m.start, sentences.get(Math.min(sentences.size() - 1, idx + 5)).end());
        // (a name run over a title's dot where the sentence was cut: "said police Sgt. Tom Baxter")
        if (at == null && claimant != null && idx + 1 < sentences.size()) at = TextSpans.find(text, claimant, s.start(), sentences.get(idx + 1).end(), m.start, 0);
        return at == null ? FieldSource.unspanned(FieldSource.Field.CLAIMANT, rule)
                : FieldSource.of(FieldSource.Field.CLAIMANT, rule, text, at[0], at[1]);
    }

    /** The rules that decided a claimant or named a speaker in the document so far. */
    java.util.Set<ClaimantRule> applied() {
        return java.util.Collections.unmodifiableSet(applied);
    }

    /**
     * The claimant of the figure m of sentence idx (tokens t), or null. Call for the sentences in
     * order; {@link #observe} the sentences without figures so pronouns resolve.
     */
    public String claimant(int idx, List<Tok> t0, Mention m0) {
        List<Tok> t = StockTickers.without(t0);          // claimant.ticker-transparent: "Harbor Foods Inc ( HFD.N ) said"
        Mention m = StockTickers.shifted(t0, t, m0);
        if (m == null) { t = t0; m = m0; }
        // (claimant.section-label, claimant.acronym-spelled-out: "COMPANY NEWS * Dudley" -> "Dudley", "the EPA" -> its name)
        String c = ClaimantNames.spelledOut(ClaimantNames.withoutLabel(decideClaimant(idx, t, m)), text);
        applied.add(decided);
        if (decided == ClaimantRule.SURVEY_AGENT) carry.surveyed(idx);
        // (an authority's inquiry, an actor's terms cover their own object, not the paragraph: claimant.authority-inquiry, actor-terms)
        if (c != null) carry.named(idx, t, c, decided == ClaimantRule.AUTHORITY_INQUIRY || decided == ClaimantRule.ACTOR_TERMS || verbs.outletTail(t) || scope.contrastTail(t, verbs.find(t)));
        // claimant.plant-capacity: "Exxon said ... its 349,000 bpd Beaumont refinery": the outlet's description of the plant (the
        // speaker read all the same, for what goes on with it)
        Sentences.Sentence s = sentences.get(idx);
        if (c != null && PlantOwners.describedCapacity(text, s.start(), m.start, m.end, s.end())) {
            decided = ClaimantRule.PLANT_CAPACITY;
            applied.add(decided);
            return null;
        }
        return c;
    }

    private String decideClaimant(int idx, List<Tok> t, Mention m) {
        Sentences.Sentence s = sentences.get(idx);
        String signer = shapes.signer(s);
        if (signer != null) return decide(ClaimantRule.SIGNED_POST, signer);
        if (background(t, m) && !reportedBefore(idx, t, m)) {
            String asker = SurveyAgents.ofWhole(text, t, m);     // claimant.survey-agent: "of the 210 farmers surveyed by X"
            return decide(asker != null ? ClaimantRule.SURVEY_AGENT : ClaimantRule.BACKGROUND, asker);
        }
        if (MarketReaction.reaction(t, m)) return decide(ClaimantRule.MARKET_REACTION, null);   // ", sending shares down 2.5%"
        String acc = according.source(idx, t, m);
        if (acc != null) return decide(according.rule(), acc);
        String under = according.underPlan(t, m);      // claimant.under-plan: "Under the mayor's plan, fares rise to $3"
        if (under != null) return decide(ClaimantRule.UNDER_PLAN, under);
        String r = reported(idx, t, m);
        // "At least 80 injured, Houthis say", "Harbor survey finds 48 states back the plan": the headline sums up the story in
        // the outlet's voice (a wire's "CHAD SAYS IT KILLED 384", "Union Says 87% ...", names its source)
        if (r != null && idx == 0 && s.kind() == Sentences.Kind.HEADLINE && (decided == ClaimantRule.SPEAKER_AFTER
                || decided == ClaimantRule.SPEAKER_BEFORE && ParagraphShapes.inSentenceCase(t))) return decide(ClaimantRule.HEADLINE_SUMMARY, null);
        if (r == null && decided == ClaimantRule.SPEAKERS_COUNTED) {
            String poll = carry.pollGoesOn(idx);
            if (poll != null) return decide(ClaimantRule.POLL_GOES_ON, poll);
        }
        if (r == null && !counted()) r = reportedInWrapped(idx, t, m);
        LaterQuoteTag.Joined q = r == null && !counted() ? laterTag.join(idx, t, m) : null;   // claimant.quotation-tagged-later
        ClaimantRule was = decided;
        if (q != null) decided = (r = reported(idx, q.tokens(), q.mention())) != null ? ClaimantRule.QUOTATION_TAGGED_LATER : was;
        if (r == null && !counted()) {
            r = according.byEstimate(t, m);
            if (r != null) decided = ClaimantRule.BY_ESTIMATE;
        }
        if (r == null && !counted()) {
            r = agent.agent(t, m);
            if (r != null) decided = ClaimantRule.PASSIVE_AGENT;
        }
        int setter = r == null && !counted() ? EstimateSetters.verb(t, m) : -1;   // claimant.estimate-setter: "X cut its estimate to $2"
        int from = setter >= 0 ? EstimateSetters.subject(t, setter) : -1;
        if (from >= 0 && (r = refs.resolve(idx, span(t, from, setter), t, from, setter)) != null) decided = ClaimantRule.ESTIMATE_SETTER;
        if (r == null && !counted() && (r = CleftSpeaker.speaker(text, lx, t, m)) != null) decided = ClaimantRule.CLEFT_SPEAKER;   // claimant.cleft-speaker
        if (r == null && !counted() && (r = terms.owner(idx, t, m)) != null) decided = ClaimantRule.ACTOR_TERMS;   // claimant.actor-terms
        int[] authority = r == null && !counted() ? inquiry.subject(t, m) : null;   // claimant.authority-inquiry
        if (authority != null) {
            r = refs.resolve(idx, span(t, authority[0], authority[1]), t, authority[0], authority[1]);
            decided = ClaimantRule.AUTHORITY_INQUIRY;
        }
        if (r == null && s.kind() == Sentences.Kind.HEADLINE) {
            r = shapes.headlineSource(s);
            if (r != null) decided = ClaimantRule.HEADLINE_SOURCE;
        }
        // (claimant.quote-closed-before-figure: "\"I'm a calm guy\" His other account carried seven tweets": a figure after the
        // quotation closed is not the quotation's)
        if (r == null && (shapes.continuesQuote(idx) && insideQuote(t, m.tokStart) || refs.last() != null && shapes.quotedParagraph(idx))) {
            decided = ClaimantRule.QUOTE_GOES_ON;
            return refs.last();
        }
        if (r == null && !counted()) {
            int colon = CarriedReport.colonBefore(t, m.tokStart);
            List<Integer> vs = verbs.find(t);
            String c = vs.isEmpty() || vs.get(0) > colon ? carry.findingsIntro(t, colon) : null;
            if (c != null) return decide(ClaimantRule.FINDINGS_LIST, c);
            c = carry.carried(idx, t, !verbs.find(t).isEmpty() || verbs.passiveReport(t));
            if (c != null) return decide(ClaimantRule.CARRIED_IN_PARAGRAPH, c);
            c = carry.document(idx, t, !verbs.find(t).isEmpty());
            if (c != null) return decide(ClaimantRule.DOCUMENT_GOES_ON, c);
            c = next.source(idx, t, !verbs.find(t).isEmpty() || verbs.passiveReport(t));
            if (c != null) return decide(ClaimantRule.NAMED_NEXT, c);
        }
        return decide(r == null && !counted() ? ClaimantRule.OUTLET_VOICE : decided, r);
    }

    /** Updates the last claimant from a sentence without figures. */
    public void observe(int idx, List<Tok> t0) {
        List<Tok> t = StockTickers.without(t0);
        // "Sultan said the toll would rise, and that authorities there had confirmed it": the speaker
        // of the sentence is the subject of its first reporting verb, whom a later "he said" means
        int first = verbs.first(t);
        if (first >= 0) refs.rememberSpeaker(speaker.before(idx, t, first));
        String r = quoted.invertedSpeaker(idx, t);
        if (r != null) applied.add(ClaimantRule.SPEAKER_OF_PREVIOUS_QUOTE);
        if (r == null) r = reported(idx, t, null);
        if (r == null) r = according.source(idx, t, null);
        if (r == null) {
            r = quoted.quoteSpeaker(idx, t);
            if (r != null) applied.add(ClaimantRule.SPEAKER_OF_PREVIOUS_QUOTE);
        }
        if (r == null) {
            r = first >= 0 ? null : carry.findingsIntro(t, CarriedReport.endingColon(t));
            if (r != null) applied.add(ClaimantRule.FINDINGS_LIST);
        }
        r = w.withoutVerb(r, lx);
        if (r != null && (w.ownerlessData(r, lx) || !MustBeSource.isSource(r))) r = null;
        carry.named(idx, t, refs.remember(r), verbs.outletTail(t) || scope.contrastTail(t, verbs.find(t)));
    }

    /** Whether the figure counts the speakers or the addressees themselves, or is the outlet's aside, so that no source goes on to it. */
    private boolean counted() {
        return decided == ClaimantRule.SPEAKERS_COUNTED || decided == ClaimantRule.ADDRESSEES_COUNTED
                || decided == ClaimantRule.HEARSAY_ASIDE;
    }

    private String decide(ClaimantRule rule, String claimant) {
        // claimant.unnamed-medium: "13 airstrikes were carried out, a statement said": a medium whose issuer is not named
        if (claimant != null && w.unnamedMedium(claimant)) {
            decided = ClaimantRule.UNNAMED_MEDIUM;
            return null;
        }
        // "Heat has killed 27 people, according to figures released Tuesday": data whose owner is not named assert nothing
        if (claimant != null && w.ownerlessData(claimant, lx)) {
            decided = ClaimantRule.OWNERLESS_DATA;
            return null;
        }
        String named = w.withoutVerb(claimant, lx);
        if (claimant != null && named == null) {
            decided = ClaimantRule.VERB_NOT_A_NAME;
            return null;
        }
        // claimant.must-be-source: "newly", "where the nationwide", "1.4 million" name no speaker
        decided = named == null || MustBeSource.isSource(named) ? rule : ClaimantRule.MUST_BE_SOURCE;
        return refs.remember(decided == ClaimantRule.MUST_BE_SOURCE ? null : named);
    }

    // ------------------------------------------------------------------ quotations and headlines

    /**
     * "The toll ... rose to 81, about\n\n45 people were killed in ... Waziristan\n\nTribal Agency and 23 died in
     * ..., the\n\nofficials said.": wrapped wire copy whose lines became paragraphs splits a sentence into
     * pieces that end without a full stop, on a word such as "the", "on" or a comma. The claimant of a
     * figure in one piece is read over the whole sentence, back and on to the piece that ends it.
     */
    private String reportedInWrapped(int idx, List<Tok> t, Mention m) {
        int[] pieces = shapes.wrappedSentence(idx);
        if (pieces == null) return null;
        List<Tok> whole = Tok.of(text, sentences.get(pieces[0]).start(), sentences.get(pieces[1]).end());
        int shift = -1;
        for (int j = 0; j < whole.size(); j++) if (whole.get(j).start() == t.get(m.tokStart).start()) shift = j - m.tokStart;
        if (shift < 0) return null;
        return reported(idx, whole, m.movedTo(m.tokStart + shift, m.tokEnd + shift));
    }

    /**
     * "won 79 of the 230 seats", "short of the 116 needed for a majority": the whole that a figure is
     * a part of, and the threshold it is measured against, are known facts that no source asserts
     * (unless a source named before the figure reports them: {@link #reportedBefore}).
     */
    private boolean background(List<Tok> t, Mention m) {
        int k = m.tokStart - 1;
        if (k >= 1 && t.get(k).is("the") && t.get(k - 1).is("of")) {
            for (int x = k - 2; x >= Math.max(0, k - 4); x--) if (t.get(x).isNum()) return true;
        }
        return k >= 0 && t.get(k).is("the") && m.tokEnd < t.size() && w.thresholds.contains(t.get(m.tokEnd).lower());
    }

    /**
     * "Thas said 32 of the 543 passengers were dead", "Local TV stations said that with 49 of the 113 seats counted":
     * a source named before the figure, whose reported clause holds it, reports the whole and the threshold too (not a
     * source after it: "... won 79 of the 230 seats, official results showed" leaves the seat total a known fact).
     */
    private boolean reportedBefore(int idx, List<Tok> t, Mention m) {
        boolean acc = according.source(idx, t, m) != null;
        for (int k = 0; acc && k < m.tokStart; k++) if (t.get(k).is("according")) return true;
        return !acc && reported(idx, t, m) != null && (decided == ClaimantRule.SPEAKER_BEFORE || decided == ClaimantRule.QUOTE_INTRODUCED
                || decided == ClaimantRule.WITH_SAYING);
    }

    // ------------------------------------------------------------------ reporting verbs

    private String reported(int idx, List<Tok> t, Mention m) {
        List<Integer> vs = verbs.find(t);
        decided = null;
        if (vs.isEmpty()) return null;
        int mTok = m == null ? t.size() : m.tokStart;
        SpeakersCountedByFigure.Reading own = m == null ? null : counted.of(t, m, vs);
        if (own != null) {
            decided = own.rule();
            return own.claimant();
        }
        boolean inQuote = m != null && insideQuote(t, m.tokStart);
        // "X told reporters: \"I fear the dead could be ... 200.\"": the quotation that a verb introduces is its subject's
        int opened = inQuote ? introducedQuote(t, mTok) : -1;
        String before = null, after = null;
        int beforeAt = -1, afterAt = -1;
        boolean afterRelayed = false;
        ClaimantRule beforeRule = null, aside = null;
        for (int v : vs) {
            if (scope.futureVerb(t, v)) continue;                // claimant.future-report: "France will post 3% growth"
            if (v < mTok && !inQuote && m != null && scope.hearsay(t, v, mTok)) {
                aside = ClaimantRule.HEARSAY_ASIDE;              // the outlet's words inside the speaker's clause
                continue;
            }
            if (v < opened || v < mTok && !inQuote) {
                if (before != null && speaker.pronounSubject(t, v)) continue;  // "TSMC said that it doesn't expect": the same speaker
                if (verbs.outletClauseBetween(t, v, mTok) || verbs.relativeAsideBefore(t, v, mTok)) continue;
                int ws = lx.withReporting.contains(t.get(v).lower()) ? verbs.withSubject(t, v) : -1;
                String s = ws >= 0 ? speaker.withSubject(idx, t, ws, v) : speaker.before(idx, t, v);
                String relay = relayed.speaker(idx, t, v);      // claimant.relayed-quote: "IRNA quoted the commander as saying"
                if (relay != null) s = relay;
                if (s != null) {
                    before = s;                                  // nearest before wins
                    beforeAt = v;
                    beforeRule = relay != null ? ClaimantRule.RELAYED_QUOTE : ws >= 0 ? ClaimantRule.WITH_SAYING
                            : inQuote ? ClaimantRule.QUOTE_INTRODUCED : ClaimantRule.SPEAKER_BEFORE;
                }
            } else if (v >= mTok && after == null && !lx.withReporting.contains(t.get(v).lower()) && !colonBetween(t, mTok, v)
                    && !ownContentAfter(t, v)) {
                // "the $2,100 she says she earns": a pronoun right after the figure is the subject of a relative clause
                after = m != null && v == m.tokEnd + 1 && t.get(m.tokEnd).isWord() && w.pronouns.contains(t.get(m.tokEnd).lower())
                        ? refs.resolve(idx, t.get(m.tokEnd).text(), t, m.tokEnd, v) : speaker.afterQuote(idx, t, v, mTok);
                String relay = after != null ? relayed.speaker(idx, t, v) : null;
                if (relay != null) {
                    after = relay;
                    afterRelayed = true;
                }
                if (after != null) afterAt = v;
            }
        }
        ClaimantRule afterRule = afterRelayed ? ClaimantRule.RELAYED_QUOTE : ClaimantRule.SPEAKER_AFTER;
        if (inQuote) return pick(after, afterRule, before, beforeRule);
        // "he had no information about the reports that a total of seven bodies had been recovered"
        if (m != null) {
            for (int k = mTok - 3; k > beforeAt && k >= 0; k--) {
                if (!verbs.contentClause(t, k)) continue;
                int a = k;
                if (a > 0 && t.get(a - 1).isWord() && !lx.functionWords.contains(t.get(a - 1).lower()) && !t.get(a - 1).capitalized()) a--;
                if (a > 0 && w.determiners.contains(t.get(a - 1).lower())) a--;
                decided = ClaimantRule.CONTENT_CLAUSE;
                return span(t, a, k + 1);
            }
        }
        // "Shoppers now expect prices to rise by 2%, Lena Okafor said.": the speaker that ends the sentence reports
        // the whole clause, the subject before the figure inside it
        // (claimant.speech-relayed: "Minister Ana Ruiz said the plan would cut 4,000 jobs, the Harbor Herald said": a name's own
        // words, not a view, stay the name's; a paper that ends the sentence, its last word a title word, relays them)
        if (before != null && after != null && SourceNamedNext.endsSentence(t, afterAt) && namedSubject(after)
                && !(Character.isUpperCase(before.charAt(0)) && beforeRule == ClaimantRule.SPEAKER_BEFORE
                    && !w.viewVerbs.contains(t.get(beforeAt).lower()) && w.paperTitle(after))) return pick(after, afterRule, null, null);
        if (before != null) {
            decided = beforeRule;
            return before;
        }
        if (after == null && aside != null) decided = aside;
        return pick(after, afterRule, null, null);
    }

    /**
     * "..., nurses said a raise of 5% is too small", "..., he said that": a verb followed by its own content
     * (lexicon/claimant-content-openers.txt) reports that, not a figure before it.
     */
    private boolean ownContentAfter(List<Tok> t, int v) {
        // (not "told a news conference": the addressee)
        return v + 1 < t.size() && t.get(v + 1).isWord() && w.contentOpeners.contains(t.get(v + 1).lower())
                && !w.addresseeVerbs.contains(t.get(v).lower());
    }

    /** "Mr Bannister", "the bank": a name or a definite noun phrase (not ", twice what it had estimated"). */
    private static boolean namedSubject(String s) {
        return Character.isUpperCase(s.charAt(0)) || s.startsWith("the ");
    }

    /** The speaker after the figure if any, else the one before. */
    private String pick(String after, ClaimantRule afterRule, String before, ClaimantRule beforeRule) {
        if (after != null) decided = afterRule;
        else if (before != null) decided = beforeRule;
        return after != null ? after : before;
    }

    private String span(List<Tok> t, int a, int b) {
        return ClaimantWords.span(text, t, a, b);
    }
}
