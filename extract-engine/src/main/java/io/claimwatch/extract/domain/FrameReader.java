package io.claimwatch.extract.domain;

import io.claimwatch.ingest.domain.StoryDateline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an article's {@link EventFrame} from its headline, dateline and lead (the first
 * {@link #LEAD_SENTENCES} sentences of the body): the kind of event they name most (the headline
 * counts twice), the countries they name and the places the headline, dateline and first sentence
 * name, the event's name, and its date from the first lead sentence that names the event with a
 * date ("A magnitude-7.8 earthquake struck on Ecuador's coast Saturday"). Also reads the same parts
 * of one sentence, for claims about another event than the article's.
 */
final class FrameReader {

    static final int LEAD_SENTENCES = 3;

    final ConceptLexicon onsets = ConceptLexicon.load("/keys/onsets.txt");
    private final ConceptLexicon precursors = ConceptLexicon.load("/keys/precursors.txt");
    private final KindReadings kindReadings = new KindReadings();
    private final PlaceFinder places;
    private final TimeResolver time;
    private final EventLengths lengths;
    final FramePasses.Kept kept = new FramePasses.Kept();   // each sentence's reading, for the article's sites and keys too

    FrameReader(PlaceFinder places, TimeResolver time) {
        this.places = places;
        this.time = time;
        this.lengths = new EventLengths(time.words());
    }

    /** The frame; {@code dateline} is the story's dateline ("QUITO, April 17 (Reuters) -"), or null. */
    EventFrame read(String text, List<Sentences.Sentence> ss, TimeResolver.Context ctx, LocalDate pub, StoryDateline dateline) {
        List<Sentences.Sentence> head = new ArrayList<>();
        List<Sentences.Sentence> lead = new ArrayList<>();
        for (Sentences.Sentence s : ss) {
            if (s.kind() == Sentences.Kind.HEADLINE && lead.isEmpty()) head.add(s);
            else if (s.kind() == Sentences.Kind.BODY && lead.size() < LEAD_SENTENCES) lead.add(s);
            if (lead.size() >= LEAD_SENTENCES) break;
        }
        FramePasses read = kept.of(text);   // what each sentence gives, read once an article
        read.startFrame();
        // the kind: named most, the headline counting twice; the first named on a tie
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Sentences.Sentence s : head) for (String c : read.of(text, s).causes(this)) named.merge(c, 2, Integer::sum);
        for (Sentences.Sentence s : lead) for (String c : read.of(text, s).causes(this)) named.merge(c, 1, Integer::sum);
        Map<String, String> readAs = kindReadings.of(named.keySet(), java.util.stream.Stream.concat(head.stream(), lead.stream())
                .map(s -> read.of(text, s).words).toList());
        if (!readAs.isEmpty()) {   // strike-as-attack: the article's kinds counted again, each as the article reads it
            read.readAs(readAs);
            named.clear();
            for (Sentences.Sentence s : head) for (String c : read.of(text, s).causes(this)) named.merge(c, 2, Integer::sum);
            for (Sentences.Sentence s : lead) for (String c : read.of(text, s).causes(this)) named.merge(c, 1, Integer::sum);
        }
        String cause = named.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        EventFrame.Span span = EventKinds.span(cause);
        boolean sudden = span == EventFrame.Span.SUDDEN;

        // the places of the headline, the dateline and the first sentence; failing those, the
        // country the rest of the lead names most ("the U.S. Geological Survey said" names no place of the event)
        Places where = Places.NONE;
        for (Sentences.Sentence s : head) where = where.union(places.find(text, s.start(), s.end(), false, !titleCase(text, s)));
        if (!lead.isEmpty()) {
            Sentences.Sentence first = lead.get(0);
            // frame.subject-over-dateline: a place the lead opens on as its subject outranks where the story was filed
            Places subject = dateline == null ? Places.NONE : SubjectPlaces.of(places, text, first.start(), first.end(), dateline);
            if (subject.isEmpty()) {
                List<Sentences.Sentence> naming = lead.subList(1, lead.size()).stream()   // frame.site-abroad
                        .filter(s -> !cause.isEmpty() && read.of(text, s).causes(this).contains(cause)).toList();
                where = where.union(dateline == null ? places.find(text, first.start(), first.end(), false) : DatelinePlaces.of(places, text, first.start(), first.end(), dateline, !cause.isEmpty(), naming));
            } else {
                where = where.union(subject).union(places.find(text, SubjectPlaces.pastDateline(text, first.start(), first.end(), dateline), first.end(), false));
            }
            if (where.countries().isEmpty() && !DatelinePlaces.region(where)) {   // frame.dateline-region: a region is a place
                Map<String, Integer> named2 = new LinkedHashMap<>();
                for (Sentences.Sentence s : lead.subList(1, lead.size())) {
                    for (String c : places.find(text, s.start(), s.end(), false).countries()) named2.merge(c, 1, Integer::sum);
                }
                String most = named2.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
                if (most != null) where = where.union(new Places(java.util.Set.of(most), java.util.Set.of(), java.util.Set.of()));
            }
        }
        where = where.withoutScope();
        // the event's name: one of the article's kind of event ("the worst since Hurricane Mitch" in a
        // report of a tsunami names another event)
        String name = "";
        for (Sentences.Sentence s : head) if (name.isEmpty()) name = nameOf(cause, EventNames.of(text, s.start(), s.end(), () -> read.of(text, s).words), read.readAs());
        for (Sentences.Sentence s : lead) if (name.isEmpty()) name = nameOf(cause, EventNames.of(text, s.start(), s.end(), () -> read.of(text, s).words), read.readAs());

        // the date: the earliest that a sentence naming the event gives with a word of its onset ("the
        // quake struck on Saturday", "the fire broke out on Thursday"), anywhere in the article; failing
        // that, the earliest of the lead's sentences that name the event ("Last Saturday's quake").
        // Later dates of such sentences date reports and updates ("rushed home Sunday after a quake killed").
        PartialDate[] dated = null;
        if (!cause.isEmpty()) {
            dated = earliest(text, ss, cause, ctx, pub, span, where, Pass.ONSET, read);
            // failing that, the day what set it off began ("10 inches of rain fell on Thursday")
            if (dated == null) dated = earliest(text, ss, cause, ctx, pub, span, where, Pass.PRECURSOR, read);
            if (dated == null) {
                List<Sentences.Sentence> headAndLead = new ArrayList<>(head);
                headAndLead.addAll(lead);
                dated = earliest(text, headAndLead, cause, ctx, pub, span, where, Pass.NAMED, read);
            }
            // failing that, a day anywhere in the article whose possessive names the event ("affected by
            // Sunday's 9.0 magnitude quake", "results from Saturday's election"): an event of that day
            if (dated == null) {
                dated = earliest(text, ss, cause, ctx, pub, span, where, Pass.POSSESSIVE, read);
                if (dated != null && dated[1] == null) dated[1] = dated[0];
            }
        }
        // failing that, in a report of an attack, the range of days its fight spans (frame.fight-span)
        String fight = dated == null ? FightSpans.fightOf(cause) : null;
        if (fight != null) dated = FightSpans.span(earliest(text, ss, fight, ctx, pub, span, where, Pass.NAMED, read));
        // failing that, the day the first sentence of the lead gives: it tells the news ("troops
        // killed 1,269 Libyan soldiers ... on Sunday" under "Chad says troops killed 1,200 in battle")
        // and the figures of that news are of that day
        // (else the day the second or the third gives: "... said government troops had annihilated a Libyan
        // column yesterday", "... left Portland just after 5pm local time on Friday when a ... door blew out");
        // so too in an article, headline and lead, that names no kind of event: its news is of that day
        // or period ("A British Airways plane crash-landed ... today", "The US trade deficit widened ...
        // in October"); a text of a few sentences with no headline is dated sentence by sentence
        // frame.toll-lead: with neither, a first sentence that tells a toll with a day ("A gunman wounded 12 people ... early
        // Friday") tells a sudden event of that day (TollLeads)
        boolean tollLead = dated == null && cause.isEmpty() && head.isEmpty() && !lead.isEmpty()
                && TollLeads.tells(text, lead.get(0).start(), lead.get(0).end())
                && !time.turnsIn(ctx, lead.get(0).start(), lead.get(0).end());   // "killed while three more ... as early as Friday": another act's day
        for (int i = 0; dated == null && (!cause.isEmpty() || !head.isEmpty() || tollLead && i == 0) && i < lead.size(); i++) {
            dated = earliest(text, lead.subList(i, i + 1), null, ctx, pub, span, where, Pass.NAMED, read);
            // the day of the news; of an event that goes on (a war, a strike) the day the lead gives
            // with a word of onset ("the operation code-named Karbala-5 launched into Iraq on January 9")
            // is where its counts start, and they run to the report
            if (dated != null && dated[1] == null && !(!sudden && !cause.isEmpty() && onsetIn(text, lead.get(i), cause, read))) dated[1] = dated[0];
        }
        // failing all those, the day or period a headline gives: a standfirst with no full stop is read as
        // one ("The US trade deficit widened by more than expected in October, hitting record levels")
        for (int i = 0; dated == null && i < head.size(); i++) {
            dated = earliest(text, head.subList(i, i + 1), null, ctx, pub, span, where, Pass.NAMED, read);
            if (dated != null && dated[1] == null) dated[1] = dated[0];
        }
        // failing all those, in an article that names no kind of event, the earliest day the body gives two or three days
        // back: an event told days later (frame.body-day; a kind's own passes read the body already)
        if (dated == null && cause.isEmpty() && !head.isEmpty()) {
            dated = BodyDays.day(earliest(text, BodyDays.body(text, ss, where), null, ctx, pub, span, where, Pass.NAMED, read), pub);
        }
        if (tollLead && dated != null) { span = EventFrame.Span.SUDDEN; sudden = true; }
        PartialDate date = dated == null ? null : dated[0], dateEnd = dated == null ? null : dated[1];
        // frame.stated-length: the length the headline or lead gives the event ("a five-day strike") ends it (EventLengths)
        if (date != null && dateEnd == null && !sudden) dateEnd = lengths.end(text, java.util.stream.Stream.concat(head.stream(),
                lead.stream()).toList(), cause, date, time, ctx);
        LocalDate[] w = date != null ? EventFrame.window(date, dateEnd, span)
                : pub != null ? EventFrame.windowBefore(pub, span) : new LocalDate[2];
        return new EventFrame(cause, where, name, date, dateEnd, sudden, w[0], w[1]);
    }

    /**
     * The earliest date, with its end for a range, that the sentences naming {@code cause} give for it
     * (with {@link Pass#ONSET}, only sentences that also name its onset, anywhere in the article; with
     * {@link Pass#PRECURSOR}, sentences naming what sets it off instead of the kind itself; with {@link
     * Pass#POSSESSIVE}, only dates whose possessive names it), within the
     * window an article published on {@code pub} can report; sentences about another place are left out.
     * A null {@code cause} takes every sentence given. The article's readings of kinds ({@link KindReadings}) apply to the
     * headline and lead's naming of the event only: a strike told with a date and a verb of onset may be another one
     * ("including a strike on July 14", "Overnight, the IDF struck ... throughout the Gaza Strip").
     */
    private PartialDate[] earliest(String text, List<Sentences.Sentence> ss, String cause, TimeResolver.Context ctx, LocalDate pub,
            EventFrame.Span span, Places where, Pass pass, FramePasses read) {
        PartialDate[] best = null;
        LocalDate bestDay = null;
        boolean precursor = pass == Pass.PRECURSOR, onset = pass == Pass.ONSET || precursor;
        for (Sentences.Sentence s : ss) {
            if (onset && s.kind() != Sentences.Kind.BODY) continue;
            // frame.quoted-onset: a quotation's onset ("“These same areas were hit three weeks ago,” he said") recalls
            // another event; the reporter's own words date the article's
            if (onset && quoted(text, s)) continue;
            FramePasses.Read r = read.of(text, s);
            List<String> ws = r.words;
            if (onset && !r.onset(this, cause)) continue;
            if (cause != null && (precursor ? !cause.equals(WordForms.first(precursors, ws))
                    : !(pass == Pass.NAMED ? r.causes(this) : r.kinds(this)).contains(cause))) continue;
            if (r.apart == null) r.apart = places.located(text, s.start(), s.end(), titleCase(text, s)).apartFrom(where);
            if (r.apart) continue;
            if (r.dates == null) r.dates = time.candidates(ctx, s.start(), s.end());
            List<TimeResolver.Cand> fit = new ArrayList<>();
            for (TimeResolver.Cand x : r.dates) {
                TimeResolver.Cand c = cause == null ? newsMonth(x) : x;
                if (c.statement() || c.compare() || c.kind() == TimeResolver.Kind.END || time.announcedBy(ctx, s.start(), c.s())) continue;
                if (pass == Pass.POSSESSIVE && !namesEventAfter(text, c.e(), s.end(), cause)
                        && !namesEventBefore(text, s.start(), c.s(), cause)) continue;
                if (cause == null && c.kind() == TimeResolver.Kind.START) continue;    // "up 9% from September" is no news of the day
                if (inOtherTimeZone(text, s.start(), c.s())) continue;
                LocalDate day = dayOf(c, cause == null);
                if (day == null) continue;
                // a statistic's period (the lead's news: "received more than £5m in donations in the final quarter of
                // 2004") is reported up to a season after its end (date.reference-period)
                boolean period = cause == null && c.rule() == DateRule.REFERENCE_PERIOD && c.end() != null;
                LocalDate last = period ? EventFrame.lastDay(c.end()) : day;
                int horizon = period ? Math.max(span.horizonDays, EventFrame.Span.SEASONAL.horizonDays) : span.horizonDays;
                if (pub != null && (day.isAfter(pub.plusDays(1)) || last.isBefore(pub.minusDays(horizon)))) continue;
                fit.add(c);
            }
            // of a sentence's dates, the onset's is the one nearest its verb ("jets struck ... on Saturday,
            // in what was a response to ... a drone attack on Tel Aviv on Friday")
            if (onset && fit.size() > 1) fit = List.of(nearestTo(onsetsAt(text, s, ws), fit));
            for (TimeResolver.Cand c : fit) {
                LocalDate day = dayOf(c, cause == null);
                if (bestDay == null || day.isBefore(bestDay)) {
                    bestDay = day;
                    best = new PartialDate[] {c.date(), c.kind() == TimeResolver.Kind.RANGE ? c.end() : null};
                }
            }
        }
        return best;
    }

    /**
     * The period a lead's statistic gives its news: a reference period of a year or more ("slowed to 2.5% for the 12
     * months ended in June": a rate over a year, told for its last month) is of its last month; any other date as it is.
     */
    private static TimeResolver.Cand newsMonth(TimeResolver.Cand c) {
        if (c.rule() != DateRule.REFERENCE_PERIOD || c.end() == null || c.date().month() == 0
                || c.end().year() * 12 + c.end().month() - c.date().year() * 12 - c.date().month() < 11) return c;
        return new TimeResolver.Cand(c.s(), c.e(), TimeResolver.Kind.POINT, c.end(), null, c.statement(), c.prep(), c.compare(), c.rule());
    }

    /** A sentence that opens with a quotation mark: someone's words, quoted. */
    private static boolean quoted(String text, Sentences.Sentence s) {
        int i = s.start();
        while (i < s.end() && Character.isWhitespace(text.charAt(i))) i++;
        return i < s.end() && (text.charAt(i) == '“' || text.charAt(i) == '"');
    }

    /** Whether the sentence has a word of an event's onset ("launched", "broke out"). */
    private boolean onsetIn(String text, Sentences.Sentence s, String cause, FramePasses read) {
        return read.of(text, s).onset(this, cause);
    }

    /** A date's day; with {@code periods} (the lead's news), also a month's or a year's last ("widened ... in October"). */
    private static LocalDate dayOf(TimeResolver.Cand c, boolean periods) {
        LocalDate day = c.date().toLocalDate();
        return day != null ? day : periods ? EventFrame.lastDay(c.date()) : null;
    }

    /** Where the sentence's words of an onset ("struck", "broke out") start in the text. */
    private List<Integer> onsetsAt(String text, Sentences.Sentence s, List<String> ws) {
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        for (int a = LetterWords.next(text, s.start(), s.end()); a >= 0 && i < ws.size(); i++) {
            if (WordForms.match(onsets, ws, i) != null) starts.add(a);
            a = LetterWords.next(text, LetterWords.end(text, a, s.end()), s.end());
        }
        return starts;
    }

    /** The date phrase nearest one of the positions. */
    private static TimeResolver.Cand nearestTo(List<Integer> at, List<TimeResolver.Cand> cs) {
        TimeResolver.Cand best = cs.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (TimeResolver.Cand c : cs) {
            for (int a : at) {
                int d = a < c.s() ? c.s() - a : Math.max(0, a - c.e());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * Which sentences a pass of {@link #earliest} reads: those naming the event and its onset, those
     * naming what set it off and its onset ("rain fell"), those naming it, or those whose date is a
     * possessive before its name.
     */
    private enum Pass { ONSET, PRECURSOR, NAMED, POSSESSIVE }

    /** "Sunday's 9.0 magnitude quake": a date phrase ending at {@code e} with "'s", then the event within four words. */
    private boolean namesEventAfter(String text, int e, int end, String cause) {
        if (e < 2 || text.charAt(e - 1) != 's' || text.charAt(e - 2) != '\'' && text.charAt(e - 2) != '’') return false;
        List<String> after = words(text, e, end);
        return causesIn(after.subList(0, Math.min(4, after.size())), Map.of()).contains(cause);
    }

    /**
     * "the earthquake last Thursday night", "the quake on Saturday": the event named right before a date
     * phrase starting at {@code s}, only words of time between ({@link TimeResolver#leadsADate}).
     */
    private boolean namesEventBefore(String text, int from, int s, String cause) {
        List<String> before = words(text, from, s);
        int i = before.size();
        while (i > 0 && before.size() - i < 2 && time.leadsADate(before.get(i - 1))) i--;
        return i > 0 && causesIn(before.subList(i - 1, i), Map.of()).contains(cause);
    }

    private static final Pattern CLOCK = Pattern.compile("\\d[:.]\\d\\d|\\d\\s?[ap]\\.?m\\b");

    /** Whether a date at {@code at} stands in parentheses after a clock time: the same moment elsewhere ("(3.00 p.m. ET on Friday)", "(6 p.m. EST on Sunday)"). */
    static boolean inOtherTimeZone(String text, int sentenceStart, int at) {
        // back from the date to the sentence's start only (a text's lastIndexOf runs on to its start)
        for (int open = Math.min(at, text.length() - 1); open >= Math.max(0, sentenceStart); open--) {
            char ch = text.charAt(open);
            if (ch == ')') return false;
            if (ch == '(') return CLOCK.matcher(text.substring(open, at)).find();
        }
        return false;
    }

    /** Whether a headline is in title case: most words of four letters or more start with a capital. */
    static boolean titleCase(String text, Sentences.Sentence s) {
        int words = 0, capitalised = 0;
        for (int a = LetterWords.next(text, s.start(), s.end()); a >= 0; ) {
            int e = LetterWords.end(text, a, s.end());
            if (e - a >= 4) {
                words++;
                if (Character.isUpperCase(text.charAt(a))) capitalised++;
            }
            a = LetterWords.next(text, e, s.end());
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /** The kinds of event a phrase names, in order, each once; each as {@code readAs} (the article's) reads it. */
    List<String> causesIn(String phrase, Map<String, String> readAs) {
        return causesIn(words(phrase, 0, phrase.length()), readAs);
    }

    /**
     * The kinds of event a sentence names, for its figures' keys: as the article reads them, but as written where it names
     * two kinds or more ("The strike came soon after ... a fresh offensive ... which has killed dozens": the strike is the
     * article's, the figure the offensive's).
     */
    List<String> sentenceKinds(FramePasses.Read read) {
        List<String> raw = read.kinds(this);
        return raw.size() > 1 || read.readAs().isEmpty() ? raw : causesIn(read.words, read.readAs());
    }

    /** The kinds of event the words name, in order, each once; each as {@code readAs} says ({@link KindReadings}: the article's reading). */
    List<String> causesIn(List<String> words, Map<String, String> readAs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            ConceptLexicon.Match m = WordForms.match(EventKinds.CAUSES, words, i);
            if (m != null && !KindSenses.covers(words, i, m.concept())) {   // kind-word-sense: "fired" names no fire
                String kind = readAs.getOrDefault(m.concept(), m.concept());
                if (!kind.isEmpty() && !out.contains(kind)) out.add(kind);   // "": kind.legislative-vote's no kind
                i += m.words() - 1;
            }
        }
        return out;
    }

    /** The name if it names an event of this kind ("hurricane irma" a storm, "erskine fire" a fire), else "". */
    private String nameOf(String cause, String name, Map<String, String> readAs) {
        return name.isEmpty() || causesIn(name, readAs).contains(cause) ? name : "";
    }


    /** {@link TimeResolver#leadsADate}. */
    boolean leadsADate(String word) { return time.leadsADate(word); }

    /** {@link EventReferences#introduces}. */
    boolean introducesEvent(String text, int from, int to) { return EventReferences.introduces(text, from, to); }

    /** {@link EventReferences#refersTo}. */
    boolean refersToEvent(String text, int from, int to) { return EventReferences.refersTo(text, from, to); }

    static List<String> words(String text, int from, int to) {
        return words(text, from, to, java.util.Set.of());
    }

    /** The words, those starting at one of {@code names} ({@link KindNames}: part of a name) marked so that no lexicon holds them. */
    static List<String> words(String text, int from, int to, java.util.Set<Integer> names) {
        List<String> out = new ArrayList<>(Math.max(10, (to - from) / 6));   // about a word in six chars: grown once or never
        for (int a = LetterWords.next(text, from, to); a >= 0; ) {
            int e = LetterWords.end(text, a, to);
            String w = text.substring(a, e).toLowerCase(Locale.ROOT);
            w = w.indexOf('’') < 0 && w.indexOf('\'') < 0 ? w : w.replace("’s", "").replace("'s", "");
            out.add(!names.isEmpty() && names.contains(a) ? NAME_MARK + w : w);   // most articles write no kind as a name: no box a word
            a = LetterWords.next(text, e, to);
        }
        return out;
    }

    /** Before a word of a kind of event that is part of a name ("~storm" of "Harold J. Storm"): no lexicon's word. */
    static final String NAME_MARK = "~";
}
