package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Clauses.clause;
import static io.claimwatch.extract.domain.Clauses.segmentBoundary;

import io.claimwatch.ingest.domain.Dating;
import io.claimwatch.ingest.domain.PublicationDating;
import io.claimwatch.ingest.domain.StoryDateline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule-based claim extraction engine: sentences, then per sentence the figures
 * ({@link NumberRecognizer}), their intervals ({@link HedgeDetector}), what they count
 * ({@link CountedPhrase}), who says so ({@link Attribution}), when ({@link TimeResolver}) and how
 * ({@link ModalityDetector}). Thread-safe after construction. A failure in one sentence leaves the
 * other sentences' claims and is reported in {@link Extraction#failures()}; past its {@link Deadline}
 * an extraction throws {@link Deadline.BudgetExceeded}.
 */
public final class ClaimExtractor {

    /**
     * The rules' version, stored with each article's claims: raise it when a change alters what the
     * engine finds, so ingest can re-extract older articles (ReextractArticles with
     * extractor_version!=VERSION).
     */
    public static final String VERSION = "rules-0.51.0";

    private final Lexicon lx;
    private final Sentences sentences;
    private final NumberRecognizer numbers;
    private final HedgeDetector hedges;
    private final CountedPhrase counted;
    private final CountedEllipsis ellipsis;
    private final TimeResolver time;
    private final ModalityDetector modality;
    private final ClaimKeys keys;
    private final FigureNouns figureNouns;
    private final FrameDating dating;
    /** Called with each sentence's index before it is read: a fault a test injects; else nothing. */
    private final java.util.function.IntConsumer beforeSentence;

    private ClaimExtractor(Lexicon lx, Sentences sentences, java.util.function.IntConsumer beforeSentence) {
        this.lx = lx;
        this.beforeSentence = beforeSentence;
        this.sentences = sentences;
        this.numbers = new NumberRecognizer(lx);
        this.hedges = new HedgeDetector(lx);
        this.counted = new CountedPhrase(lx);
        this.ellipsis = new CountedEllipsis(lx);
        this.time = new TimeResolver(lx);
        this.modality = new ModalityDetector(lx);
        this.keys = ClaimKeys.create(time, sentences);
        this.figureNouns = new FigureNouns(lx);
        this.dating = new FrameDating(lx, figureNouns);
    }

    /** Loads the OpenNLP sentence model and the lexicons from the classpath. */
    public static ClaimExtractor create() {
        return new ClaimExtractor(Lexicon.get(), Sentences.load(), i -> { });
    }

    /** An engine that calls {@code beforeSentence} with each sentence's index first (tests inject faults with it). */
    static ClaimExtractor withFault(java.util.function.IntConsumer beforeSentence) {
        return new ClaimExtractor(Lexicon.get(), Sentences.load(), beforeSentence);
    }

    /** As {@link #extract(String, LocalDate, Deadline)} without a time limit. */
    public Extraction extract(String text, LocalDate publicationDateOrNull) {
        return extract(text, publicationDateOrNull, null, Deadline.NONE, false);
    }

    /** As {@link #extract(String, LocalDate, StoryDateline, Deadline, boolean)} without explanations. */
    public Extraction extract(String text, LocalDate publicationDateOrNull, Deadline deadline) {
        return extract(text, publicationDateOrNull, null, deadline, false);
    }

    /** As {@link #extract(String, LocalDate, StoryDateline, Deadline, boolean)}, the dateline read from the text. */
    public Extraction extract(String text, LocalDate publicationDateOrNull, Deadline deadline, boolean explain) {
        return extract(text, publicationDateOrNull, null, deadline, explain);
    }

    /**
     * The claims of an article's clean text, relative dates resolved against the publication date and
     * the article's place read from its dateline, both as ingest decided them. What is not given is
     * decided from the text by the same code ({@link PublicationDating}): without a publication date,
     * {@link PublicationDating#fromText}; without a dateline, {@link PublicationDating#storyDateline}.
     * With {@code explain}, each claim says which rule set each field from which words
     * ({@link ExtractedClaim#explanation()}), else its explanation is empty.
     *
     * @throws Deadline.BudgetExceeded when the deadline passes first
     * @throws IllegalStateException when a stage that reads the whole article fails (a bug: no claims)
     */
    public Extraction extract(String text, LocalDate publicationDateOrNull, StoryDateline datelineOrNull, Deadline deadline,
                              boolean explain) {
        List<ExtractedClaim> claims = new ArrayList<>();
        List<Extraction.Failure> failures = new ArrayList<>();
        LocalDate pub = publicationDateOrNull;
        if (text == null || text.isBlank()) return new Extraction(claims, pub, VERSION, EventFrame.NONE, failures);
        EventFrame[] frame = {EventFrame.NONE};
        try {
            StoryDateline dateline = datelineOrNull;
            if (pub == null) {
                Dating decided = PublicationDating.fromText(text);
                pub = decided.publicationDate();
                if (dateline == null) dateline = decided.storyDateline();
            } else if (dateline == null) {
                dateline = PublicationDating.storyDateline(text);
            }
            SentenceTokens tokens = run(text, pub, dateline, claims, frame, failures, deadline, explain);
            claims = ArticleStages.settle(text, tokens, claims, frame[0], keys, lx, time, pub, failures);   // each pass: ArticleStages
        } catch (StackOverflowError e) {
            throw new IllegalStateException("stack overflow in a stage that reads the whole article", e);
        }
        return new Extraction(claims, pub, VERSION, frame[0], failures);
    }

    /** Extracts the article's claims into {@code claims}; returns its sentences and their tokens. */
    private SentenceTokens run(String text, LocalDate pub, StoryDateline dateline, List<ExtractedClaim> claims, EventFrame[] frameOut,
                     List<Extraction.Failure> failures, Deadline deadline, boolean explain) {
        List<Sentences.Sentence> ss = sentences.split(text);
        SentenceTokens tokens = new SentenceTokens(text, ss);
        deadline.check("after splitting the sentences");
        BitSet masked = numbers.articleMasks(text, tokens);
        Attribution attribution = new Attribution(lx, text, ss);
        TimeResolver.Context ctx = time.context(text, pub);
        List<Sentences.Sentence> lead = ss.stream().filter(x -> x.kind() == Sentences.Kind.BODY).limit(2).toList();
        if (lead.size() == 2) ctx.lead(lead.get(0).start(), lead.get(0).end());   // date.weekday-lead-ahead: a lead has a body after it
        deadline.check("after reading the article");
        // the stages that read the whole article: a failure in one costs its reading, not the article's claims (ArticleStages)
        EventFrame frame = ArticleStages.or(() -> keys.frame(text, ss, ctx, pub, dateline), EventFrame.NONE, text, failures);
        frameOut[0] = frame;
        PartialDate election = ArticleStages.or(() -> time.electionDay(ctx, ss), null, text, failures);     // dating.election-day
        PartialDate story = frame.date() == null ? ArticleStages.or(() -> time.storyDay(ctx, ss), null, text, failures) : null;    // dating.story-day
        TimeResolver.EventDates news = frame.date() == null && story == null && lead.size() == 2
                ? ArticleStages.or(() -> NewsDays.lead(time, ctx, lead.get(0).start(), lead.get(0).end()), null, text, failures) : null;   // dating.lead-day
        TimeResolver.EventDates leadNews = frame.date() != null && lead.size() == 2
                ? ArticleStages.or(() -> NewsDays.after(time, ctx, lead.get(0).start(), lead.get(0).end(), frame), null, text, failures) : null;   // dating.lead-news-day
        OvernightDays night = new OvernightDays(time, ctx, ss, frame);    // an "overnight" event's day named (dating.overnight-day)
        deadline.check("after reading its event frame");
        Explanations explanations = explain ? new Explanations(text, ss, time, ctx, frame) : null;
        Set<String> seen = new HashSet<>();
        CountedPhrase.Prev lastSentenceNp = null;          // the last noun counted in the sentence before
        int lastSentenceIdx = -2;
        CountedPhrase.Prev lastCounted = null;             // the last counted phrase of the sentence before
        int lastCountedIdx = -2;
        String lastShares = null;                          // the company whose shares the last figure of a sentence counted ("" no name)
        int lastSharesIdx = -2;
        // a sentence that fails leaves the others' claims: its own are dropped and the failure reported
        for (int idx = 0; idx < ss.size(); idx++) try {
            Sentences.Sentence s = ss.get(idx);
            deadline.check(idx, ss.size());
            beforeSentence.accept(idx);
            List<Tok> toks = tokens.of(idx);
            if (s.kind() == Sentences.Kind.SUBHEAD) continue;
            List<Mention> ms = numbers.find(text, toks, masked);
            if (ms.isEmpty()) {
                attribution.observe(idx, toks);
                continue;
            }
            ms = hedges.apply(text, s.start(), s.end(), toks, ms);
            Set<String> inSentence = new HashSet<>();
            String prevCounted = null, prevUnit = null;
            CountedPhrase.Prev prev = null, prevNp = null;
            int previousSentenceStart = idx > 0 && s.kind() == Sentences.Kind.BODY
                    && text.substring(ss.get(idx - 1).end(), s.start()).indexOf("\n\n") < 0 ? ss.get(idx - 1).start() : -1;
            boolean heldOff = DayStates.held(text, s.start(), s.end());   // dating.day-state, read once a sentence
            String sharesBefore = lastSharesIdx == idx - 1 ? lastShares : null;   // counted.share-pronoun: the sentence before's shares
            for (int mi = 0; mi < ms.size(); mi++) {
                Mention m = ms.get(mi);
                deadline.check(idx, ss.size());
                String numberText = text.substring(m.hedgeStart, m.end);
                if (!inSentence.add(text.substring(m.start, m.end) + "|" + m.low + "|" + m.high)) continue;
                CountedPhrase.Prev earlier = prev != null ? prev : lastCountedIdx == idx - 1 ? lastCounted : null;
                CountedPhrase.Result c = counted.of(text, toks, m, prev, sharesBefore);
                // "rose 3.2%, down from 3.4%", "29.5%, ahead of the Socialists on 28.7%": a bare figure of the same unit as the figure
                // before it in the sentence counts the same thing; so does a figure of a bare measure noun ("unions put the turnout
                // at over two million", "5 percent of teachers walked out, a figure unions said was as high as 70 percent")
                if (prevNp != null && m.unit.equals(prevNp.unit()) && figureNouns.anaphoric(c.text(), toks, m)) {
                    c = new CountedPhrase.Result(prevNp.counted(), c.end(), prevNp.noun(), CountedRule.CARRIED_FROM_PREVIOUS_FIGURE.id);
                } else if ((c.text().isEmpty() || c.text().equalsIgnoreCase(m.unitWords)) && prevCounted != null && m.unit.equals(prevUnit)) {
                    // "18.7 per cent compared to 17.3 per cent": a bare figure of the same unit
                    c = new CountedPhrase.Result(prevCounted, c.end(), prev.noun(), CountedRule.SAME_UNIT_AS_PREVIOUS_FIGURE.id);
                } else if (c.text().isEmpty() && prevCounted == null && lastSentenceIdx == idx - 1 && lastSentenceNp != null
                        && m.unit.equals(lastSentenceNp.unit()) && figureNouns.possessedBy(toks, m)) {
                    // "Georgia had about 430,000 outages. Louisiana had more than 363,000": the noun goes on
                    c = new CountedPhrase.Result(lastSentenceNp.noun(), c.end(), lastSentenceNp.noun(), CountedRule.NOUN_OF_PREVIOUS_SENTENCE.id);
                } else if (c.text().isEmpty() && lastSentenceIdx == idx - 1 && lastSentenceNp != null && lastSentenceNp.noun() != null
                        && m.unit.isEmpty() && CountedEllipsis.ofThem(toks, m) >= 0) {
                    // "Eight coaches derailed. Two of them overturned": the noun of the sentence before, and the verb
                    String verb = "";
                    int after = CountedEllipsis.ofThem(toks, m);
                    for (int v = after; v < toks.size() && v < after + 3 && toks.get(v).isWord(); v++) {
                        String w = toks.get(v).lower();
                        if (w.endsWith("ed") || lx.irregularPast.contains(w)) {
                            verb = " " + w;
                            break;
                        }
                    }
                    c = new CountedPhrase.Result(lastSentenceNp.noun() + verb, c.end(), lastSentenceNp.noun(), CountedRule.OF_THEM_PREVIOUS_SENTENCE.id);
                } else c = ellipsis.read(toks, m, c, ellipsis.nounBefore(prevNp, prev, lastSentenceIdx == idx - 1 ? lastSentenceNp : null));   // counted.ellipsis
                String owner = CountedShareMovers.shareOwner(c.text());
                if (owner != null || lastSharesIdx == idx) {
                    lastShares = owner;                        // the sentence's last figure: shares, or none
                    lastSharesIdx = owner == null ? -2 : idx;
                }
                if (!c.text().isEmpty()) {
                    prevCounted = c.text();
                    prevUnit = m.unit;
                    prev = new CountedPhrase.Prev(c.text(), c.noun(), m.unit);
                    if (c.noun() != null) prevNp = prev;
                }
                String claimant = attribution.claimant(idx, toks, m);
                FieldSource claimantSource = explain ? attribution.source(idx, m, claimant) : null;
                int[] clause = clause(text, s, m.hedgeStart, Math.max(m.end, c.end()));
                String quote = text.substring(clause[0], clause[1]);
                // a repeat is the same figure with the same words after it (a headline shown twice)
                String key = numberText + "|" + m.low + "|" + m.high + "|" + c.text().toLowerCase() + "|"
                        + text.substring(m.end, Math.min(s.end(), m.end + 40));
                if (!seen.add(key)) continue;
                TimeResolver.EventDates d = time.electionDay(ctx, election, s.start(), s.end(), clause[0], clause[1], "%".equals(m.unit),
                        time.storyDay(ctx, story, s, clause[0], clause[1], time.previousSentence(ctx, ss, idx, frame.date() == null, clause[0], clause[1],
                        time.reportDay(ctx, ss, idx, frame.date() == null, clause[0], clause[1], time.sinceEarlier(ctx, ss, idx, Math.max(clause[0], s.start()), m.start,
                        time.namedSurvey(ctx, ss, idx, clause[1], time.eventDates(ctx, s.start(), s.end(), m.start, m.end, clause[0], clause[1])))))));
                PartialDate said = time.statementDate(ctx, s.start(), s.end());
                Modality mod = modality.of(text.substring(s.start(), clause[1]));
                ClaimKeys.Position at = new ClaimKeys.Position(clause[0], clause[1], s.start(), s.end(), m.hedgeStart, m.start, m.end,
                        mi == 0 ? s.start() : segmentBoundary(text, ms.get(mi - 1).end, m.hedgeStart),
                        mi + 1 == ms.size() ? s.end() : segmentBoundary(text, m.end, ms.get(mi + 1).hedgeStart), previousSentenceStart, heldOff, MarketKeyDays.traded(time, ctx, s.start(), clause, m.unit, lx.currencyCodes));
                ClaimKeys.Keyed k = keys.key(c.text(), text, at, m.unit, frame, d, pub);
                String countedRule = null;
                if (k.counted().isEmpty()) {
                    String named = figureNouns.unnamed(toks, m, earlier);
                    if (named != null) {
                        k = keys.key(named, text, at, m.unit, frame, d, pub);
                        countedRule = Explanations.COUNTED_UNNAMED;
                    }
                }
                d = SinceEvents.dated(time, ctx, ss, frame, clause, said, DayAfterEvents.dated(time, ctx, s.start(), s.end(), m.start, EventOffsets.dated(time, ctx, ss, frame, clause, m.end, DatedKinds.dated(time, lx, ctx, ss, idx, frame, clause, m.start, time.anaphoricEvent(ctx, ss, idx, clause, EarlierEvents.dated(time, ctx, ss, idx, frame, clause, d))))));
                PartialDate start = d.start(), end = d.end();
                String framed = null;
                // own-span: a span the figure's sentence names ("in the last 24 hours", "between 12-14 June") is what it counts
                boolean ownSpan = d.startFrom() != null && d.startFrom() == d.endFrom() && d.startFrom().kind() == TimeResolver.Kind.RANGE;
                if (!k.background() && frame.date() != null && (start == null && end == null
                        || !ownSpan && (FrameDating.TOLLS.contains(k.key().event()) || !frame.sudden()) && FrameDating.laterInWindow(start, frame)
                        && (end == null || FrameDating.laterInWindow(end, frame))
                        && !dating.happenedThen(frame, toks, clause, m.start)
                        && !time.ahead(ctx, s.start(), s.end(), d) && !(d.startFrom() != null && time.marketMove(ctx, clause)))) {
                    // the sentence gives no date, or a later day for a toll of the event (the toll "as of
                    // Tuesday", "rushed home Sunday after the quake killed 70"; not "80 were pulled out
                    // alive on Wednesday") or for any figure of a flood or fire that is no act of that day
                    // ("32,000 homes remained without power on Saturday"): the article's event's date
                    // ("the quake that struck on Saturday", "the fire broke out Thursday"), up to the day the
                    // sentence gives or else the day of the report for an event that goes on; a forecast or a plan for a day keeps its day
                    PartialDate counted = end != null ? end : start;     // the later day the sentence gives, if any
                    start = frame.date();
                    end = counted == null || frame.sudden() || frame.dateEnd() != null ? DayBefore.end(ctx, lx, frame, s.start(), clause) : counted;
                    framed = Explanations.FRAME_EVENT_DATE;
                } else if (!k.background() && frame.date() != null && start == null
                        && (FrameDating.laterInWindow(end, frame) || frame.date().equals(end)) && (!frame.sudden() || FrameDating.TOLLS.contains(k.key().event()))) {
                    // a count as of the event's day or a later one ("103 were staying in shelters as of Sunday afternoon", "had
                    // scorched 156,000 hectares by Saturday morning"): counted from the event's day; a sudden event's toll is of
                    // that day ("30 had been recaptured by Sunday night" is no toll of a quake)
                    start = frame.date();
                    framed = Explanations.FRAME_FROM_EVENT_DAY;
                    if (frame.sudden()) end = frame.dateEnd() != null ? frame.dateEnd() : frame.date();
                } else {
                    // "so far this year"; "as of Tuesday" with no start; "since May 2" up to the report (dating.since-to-report)
                    TimeResolver.EventDates y = PresentStates.dated(ctx, said, clause, mod == Modality.ASSERTED, time.asOfDay(ctx, clause[0], clause[1], m.start, RunningTotals.standing(ctx, said, clause, RunningTotals.dated(ctx, said, time.yearToDate(ctx, s.start(), s.end(), d)))));
                    start = y.start();
                    end = y.end();
                    d = y;
                }
                if (framed == null && start == null && end == null && PlacedApartActs.acts(ctx, lx, frame, k, s.start(), clause)) { start = frame.date(); end = DayBefore.end(ctx, lx, frame, s.start(), clause); framed = PlacedApartActs.RULE; }   // dating.place-apart
                if (Explanations.FRAME_EVENT_DATE.equals(framed) && d.start() == null && d.end() == null && leadNews != null && s.kind() == Sentences.Kind.BODY
                        && s.start() > leadNews.startFrom().e() && !FrameDating.TOLLS.contains(k.key().event()) && !NewsDays.changedSince(time, lx, ctx, clause)) { d = leadNews; start = d.start(); end = d.end(); framed = null; }   // dating.lead-news-day
                if (framed == null && start == null && end == null && !k.background() && news != null && s.kind() == Sentences.Kind.BODY && s.start() > news.startFrom().e()) { d = news; start = d.start(); end = d.end(); }   // dating.lead-day
                PartialDate told = framed == null || k.background() ? null : DayStates.day(heldOff, d.start() == null && d.end() == null ? said : d.start(), d.end());   // dating.day-state
                if (told != null) { start = end = told; framed = DayStates.RULE; } else if (Explanations.FRAME_EVENT_DATE.equals(framed) && TimeResolver.tradingDay(d) && !java.util.Objects.equals(start, end)) { start = d.start(); end = d.end(); framed = null; }   // dating.market-own-day
                if (Explanations.FRAME_EVENT_DATE.equals(framed) && !frame.sudden() && time.nowState(ctx, clause)) { start = end = PartialDate.of(pub); framed = DatingRule.NOW_STATE.ruleName(); }
                TimeResolver.EventDates sudden = FrameDating.TOLLS.contains(k.key().event()) ? SuddenEventDays.dated(time, ctx, s, clause, start, end) : null;
                if (sudden != null) { d = sudden; start = sudden.start(); end = sudden.end(); framed = null; }   // dating.sudden-event-day
                if (night.covers(start, end, text, framed != null, d.startFrom())) { start = end = night.day(); framed = DatingRule.OVERNIGHT_DAY.ruleName(); }   // dating.overnight-day
                if (framed == null && ReferencePeriods.whole(d, start, end)) { start = ReferencePeriods.firstDay(start); end = ReferencePeriods.lastDay(end); }   // date.reference-period: its days, set after the key is read
                k = new ClaimKeys.Keyed(k.key(), k.background(), counted.perUnitNamed(counted.currencyNamed(k.counted(), m), toks, m), k.placedApart());   // "damage (US dollars)", "fares per passenger (euros)"
                claims.add(new ExtractedClaim(quote, clause[0], clause[1], strip(m.low), strip(m.high), m.hedge, m.unit,
                        numberText, k.counted(), claimant, start, end, said, mod, k.key(), k.background(),
                        explain ? explanations.of(s, m, clause, c, countedRule, claimantSource, d, framed, k) : List.of()));
            }
            if (prevNp != null) {
                lastSentenceNp = prevNp;
                lastSentenceIdx = idx;
            }
            if (prev != null) {
                lastCounted = prev;
                lastCountedIdx = idx;
            }
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof Deadline.BudgetExceeded) throw e;
            Sentences.Sentence s = ss.get(idx);
            claims.removeIf(c -> c.start() >= s.start() && c.start() < s.end());
            failures.add(new Extraction.Failure(s.start(), s.end(), e));
        }
        return tokens;
    }

    private static BigDecimal strip(BigDecimal b) {
        if (b == null) return null;
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
