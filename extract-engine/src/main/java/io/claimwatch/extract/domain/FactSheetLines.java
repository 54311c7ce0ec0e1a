package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact sheet: a list whose items each open with a marker ("--", "-", "*", a bullet), at least two of them one after the
 * other (blank lines and short headings such as "Costs:" between them), that a sentence before it introduces. Read after
 * the claims are made and keyed (the key is not changed):
 * <ul>
 * <li>{@code counted.list-label}: "--Repair bills, $4 million." An item that opens with a label (a few words, no figure)
 * and a comma or a colon before its first figure counts what the label names ("repair bills"), not the unit; the figures of
 * its parts after "including" that a preposition follows ("12, including 5 in the northern valleys") count the label's
 * measure with the part ("missing people in the northern valleys").</li>
 * <li>{@code claimant.list-source}: "The inquiry was led by engineer Ana Ruiz, according to the council. Here is her
 * tally:" an introducing sentence (opened by a word of lexicon/list-intro-openers.txt, or ending in a colon) that names no
 * source of its own hands the list's items the source of the sentences just before it ("according to", "X said"), unless
 * the engine found an item's own.</li>
 * <li>{@code dates.list-period}: items that give no date of their own take the period the lead names ("the winter storms
 * of 2003-04 cost the region dearly"), when the introducing sentence and the source's sentence name exactly one.</li>
 * </ul>
 */
final class FactSheetLines {

    static final String LABEL = "counted.list-label";
    static final String SOURCE = "claimant.list-source";
    static final String PERIOD = "dates.list-period";

    /** The most years a span of years of the lead covers ("2011-12"). */
    static final int SPAN_YEARS = 5;
    /** A span of years: "1997-98", "2003-2004". */
    private static final Pattern YEAR_SPAN = Pattern.compile("(?<![\\d.,$-])((?:19|20)\\d\\d)[-–/](\\d\\d(?:\\d\\d)?)(?![\\d%-])");
    /** The most words of a label. */
    static final int LABEL_WORDS = 12;
    /** The most words of a heading between items ("Costs:", "The good news:"). */
    static final int HEADING_WORDS = 4;
    /** The sentences before the introducing one in which the list's source is looked for. */
    static final int LEAD = 3;

    /** A list item's marker at the start of its line, a letter right after it. */
    private static final Pattern MARKER = Pattern.compile("^[ \\t]*(?:--|-|\\*|\u2022|\u00b7)[ \\t]*(?=\\p{L})");
    private static final Set<String> OPENERS = Set.copyOf(Lexicon.lines("list-intro-openers.txt"));
    private static final Set<String> PART_OPENERS = Set.copyOf(Lexicon.lines("list-part-openers.txt"));
    private static final Set<String> PART_PREPS = Set.copyOf(Lexicon.lines("counted-place-preps.txt"));

    /** An item: its line's start, where its words start after the marker, its end. */
    record Item(int start, int content, int end) { }

    /** What a list gives its items: the source (or null) with its span, and the period (or null). */
    private record Lead(String source, int[] sourceAt, TimeResolver.Cand period) { }

    private FactSheetLines() { }

    /** The claims, those of fact-sheet items with the label's counted phrase, the list's source and period where theirs are missing. */
    static List<ExtractedClaim> settle(String text, List<Sentences.Sentence> ss, List<ExtractedClaim> claims, Lexicon lx,
                                       TimeResolver time, java.time.LocalDate pub) {
        List<List<Item>> lists = lists(text);
        if (lists.isEmpty() || claims.isEmpty()) return claims;
        List<ExtractedClaim> out = new ArrayList<>(claims);
        // the claims in the order of their figures, so that each item finds its own in a search
        int[] at = new int[claims.size()];
        for (int i = 0; i < at.length; i++) at[i] = claims.get(i).figureIn(text);
        Integer[] order = new Integer[at.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(at[a], at[b]));
        int[] sorted = new int[order.length];
        for (int i = 0; i < order.length; i++) sorted[i] = at[order[i]];
        Sources sources = null;
        TimeResolver.Context ctx = null;
        for (List<Item> list : lists) {
            int intro = intro(ss, list.get(0).start());
            Lead lead = null;
            if (intro >= 0 && introduces(text, ss.get(intro))) {
                if (sources == null) {
                    sources = new Sources(lx, text, ss);
                    ctx = time.context(text, pub);
                }
                lead = lead(text, ss, intro, sources, time, ctx);
            }
            for (Item item : list) {
                int k = java.util.Arrays.binarySearch(sorted, item.content() - 1);
                k = k < 0 ? -k - 1 : k + 1;
                while (k > 0 && sorted[k - 1] >= item.content()) k--;
                List<Integer> members = new ArrayList<>();
                for (; k < sorted.length && sorted[k] < item.end(); k++) if (sorted[k] >= item.content()) members.add(order[k]);
                if (!members.isEmpty()) settleItem(text, item, out, members, lead, lx);
            }
        }
        return out;
    }

    /** The lists of the text: runs of at least two marked items, with blank lines and headings between them. */
    static List<List<Item>> lists(String text) {
        List<List<Item>> out = new ArrayList<>();
        List<Item> run = new ArrayList<>();
        int i = 0, n = text.length();
        Item open = null;
        while (i <= n) {
            int e = text.indexOf('\n', i);
            if (e < 0) e = n;
            String line = text.substring(i, e);
            Matcher m = MARKER.matcher(line);
            if (m.find() && !heading(line)) {
                if (open != null) run.add(open);
                open = new Item(i, i + m.end(), e);
            } else if (line.isBlank() || heading(line)) {
                if (open != null) run.add(open);
                open = null;
            } else if (open != null) {
                open = new Item(open.start(), open.content(), e);    // a wrapped item goes on
            } else {
                if (run.size() >= 2) out.add(run);
                run = new ArrayList<>();
            }
            i = e + 1;
        }
        if (open != null) run.add(open);
        if (run.size() >= 2) out.add(run);
        return out;
    }

    /** "Bad news:", "*COSTS:": a short line ending in a colon, without figures. */
    private static boolean heading(String line) {
        String s = line.strip();
        if (!s.endsWith(":") || s.chars().anyMatch(Character::isDigit)) return false;
        return s.split("\\s+").length <= HEADING_WORDS;
    }

    /** The last sentence before {@code at} (a heading "The council's figures:" too), or -1. */
    private static int intro(List<Sentences.Sentence> ss, int at) {
        for (int k = ss.size() - 1; k >= 0; k--) {
            Sentences.Sentence s = ss.get(k);
            if (s.end() > at) continue;
            return s.kind() == Sentences.Kind.BODY ? k : -1;
        }
        return -1;
    }

    /** "Here is her tally of the damage.", "The report's main findings:": a sentence that introduces what follows. */
    static boolean introduces(String text, Sentences.Sentence s) {
        String t = s.text(text).strip();
        if (t.endsWith(":")) return true;
        int sp = 0;
        while (sp < t.length() && Character.isLetter(t.charAt(sp))) sp++;
        return OPENERS.contains(t.substring(0, sp).toLowerCase(Locale.ROOT));
    }

    /** The source and the period the introducing sentence {@code intro} and the sentences just before it give the list. */
    private static Lead lead(String text, List<Sentences.Sentence> ss, int intro, Sources sources, TimeResolver time,
                             TimeResolver.Context ctx) {
        String source = null;
        int at = -1;
        for (int k = intro; k >= 0 && k >= intro - LEAD && source == null; k--) {
            if (ss.get(k).kind() != Sentences.Kind.BODY) break;
            source = sources.of(k);
            if (source != null) at = k;
        }
        int[] span = source == null ? null : TextSpans.find(text, source, ss.get(at).start(), ss.get(at).end(), ss.get(at).start(),
                ss.get(at).end());
        // the period: the one date phrase of the source's sentence (else of the introducing one), a span of years among them
        Sentences.Sentence lead = ss.get(at >= 0 ? at : intro);
        List<TimeResolver.Cand> dates = new ArrayList<>();
        for (TimeResolver.Cand c : time.candidates(ctx, lead.start(), lead.end())) {
            if (!c.statement() && !c.compare()) dates.add(c);
        }
        yearSpans(text, lead, dates);
        TimeResolver.Cand period = dates.size() == 1 ? dates.get(0) : null;
        return new Lead(source, span, period);
    }

    /**
     * "the drought of 2011-12", "the 1997-1998 season": a span of years the date phrases of the sentence do not read, the
     * second year one to {@value #SPAN_YEARS} after the first (written with two digits or four), added to {@code dates}.
     */
    static void yearSpans(String text, Sentences.Sentence s, List<TimeResolver.Cand> dates) {
        Matcher y = YEAR_SPAN.matcher(text).region(s.start(), s.end());
        while (y.find()) {
            int from = Integer.parseInt(y.group(1));
            String second = y.group(2);
            int to = second.length() == 4 ? Integer.parseInt(second) : from / 100 * 100 + Integer.parseInt(second);
            if (second.length() == 2 && to < from) to += 100;
            if (to <= from || to - from > SPAN_YEARS) continue;
            boolean taken = false;
            for (TimeResolver.Cand c : dates) taken |= c.s() < y.end() && y.start() < c.e();
            if (!taken) dates.add(new TimeResolver.Cand(y.start(), y.end(), TimeResolver.Kind.RANGE, PartialDate.year(from),
                PartialDate.year(to), false, null, null));
        }
    }

    /** Sets the fields the item's claims take from its label and its list. */
    private static void settleItem(String text, Item item, List<ExtractedClaim> claims, List<Integer> members, Lead lead, Lexicon lx) {
        int head = members.get(0);
        int headAt = claims.get(head).figureIn(text);
        String label = bare(text, claims.get(head), item, lx) ? label(text, item.content(), headAt) : null;
        for (int i : members) {
            ExtractedClaim c = claims.get(i);
            int at = c.figureIn(text);
            if (label != null && i == head && !holds(c.counted(), label)) {
                c = c.withCounted(label, LABEL, text, item.content(), headAt);
            } else if (label != null && i != head) {
                String[] part = part(text, claims.get(head), c, item);
                if (part != null) {
                    String measure = part[0].isEmpty() ? label : part[0];
                    c = c.withCounted(measure + " " + part[1], LABEL, text, at, Integer.parseInt(part[2]));
                }
            }
            if (lead != null && lead.source() != null && c.claimant() == null) c = withClaimant(c, lead, text);
            if (lead != null && lead.period() != null && c.eventStart() == null && c.eventEnd() == null) c = withPeriod(c, lead.period(), text);
            claims.set(i, c);
        }
    }

    /**
     * The label before the item's first figure at {@code figure}: "Repair bills" of "Repair bills, $4 million": words with no
     * figure and no other punctuation, then a comma or a colon; its first word in lower case unless it is written in capitals.
     */
    static String label(String text, int from, int figure) {
        String before = text.substring(from, figure).stripTrailing();
        if (before.length() < 2) return null;
        char p = before.charAt(before.length() - 1);
        if (p != ',' && p != ':') return null;
        String label = before.substring(0, before.length() - 1).strip();
        if (label.isEmpty() || !Character.isLetter(label.charAt(0))) return null;
        for (int k = 0; k < label.length(); k++) {
            char ch = label.charAt(k);
            if (Character.isDigit(ch) || ",;:()\"?!".indexOf(ch) >= 0) return null;
        }
        String[] words = label.split("\\s+");
        if (words.length > LABEL_WORDS) return null;
        String first = words[0];
        boolean titled = first.length() > 1 && Character.isUpperCase(first.charAt(0)) && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT));
        return titled ? Character.toLowerCase(first.charAt(0)) + label.substring(1) : label;
    }

    /**
     * Whether the item's first figure stands bare, as a fact sheet gives it: nothing, a stop, a comma or a function word after it
     * ("$48 million.", "31 including ..."); not a figure that opens a sentence of its own after a headline ("Fire spreads: Three
     * homes burned").
     */
    private static boolean bare(String text, ExtractedClaim head, Item item, Lexicon lx) {
        int end = head.figureIn(text) + head.numberText().length();
        List<Tok> after = Tok.of(text, end, Math.min(item.end(), end + 40));
        return after.isEmpty() || !after.get(0).isWord() || lx.functionWords.contains(after.get(0).lower());
    }

    /** Whether a counted phrase already holds every word of the label ("people dead" holds "Dead"). */
    private static boolean holds(String counted, String label) {
        if (counted == null || counted.isEmpty()) return false;
        Set<String> have = Set.of(counted.toLowerCase(Locale.ROOT).split("\\s+"));
        for (String w : label.toLowerCase(Locale.ROOT).split("\\s+")) if (!have.contains(w)) return false;
        return true;
    }

    /**
     * A part after "including" in the item: "65 in the hill villages" gives the part's prepositional phrase, up to the next
     * comma, semicolon, stop or "and" before a figure, for the label's measure; "8 drowned in the river" the phrase for the
     * claim's own counted phrase when that ends with the word after the figure ("people drowned"). {own word or "", phrase,
     * where the phrase ends}; null when neither ("757 who survived").
     */
    private static String[] part(String text, ExtractedClaim head, ExtractedClaim c, Item item) {
        int headEnd = head.figureIn(text) + head.numberText().length();
        int at = c.figureIn(text);
        if (at <= headEnd) return null;
        boolean opened = false;
        for (Tok t : Tok.of(text, headEnd, at)) if (t.isWord() && PART_OPENERS.contains(t.lower())) opened = true;
        if (!opened) return null;
        List<Tok> after = Tok.of(text, at + c.numberText().length(), item.end());
        int p = 0;
        String own = "";
        String counted = c.counted() == null ? "" : c.counted().toLowerCase(Locale.ROOT);
        int word = after.size() > 1 && after.get(0).isWord() && !PART_PREPS.contains(after.get(0).lower())
                ? (counted + " ").indexOf(" " + after.get(0).lower() + " ") : -1;
        if (word >= 0) {
            own = c.counted().substring(0, word + 1 + after.get(0).lower().length());   // "people drowned" of "people drowned in ..."
            p = 1;
        }
        if (p >= after.size() || !after.get(p).isWord() || !PART_PREPS.contains(after.get(p).lower())) return null;
        int e = p + 1;
        while (e < after.size()) {
            Tok t = after.get(e);
            if (t.is(",") || t.is(";") || t.is(".") || t.is("--")) break;
            if (t.is("and") && e + 1 < after.size() && after.get(e + 1).isNum()) break;
            e++;
        }
        if (e < p + 2) return null;
        int end = after.get(e - 1).end();
        return new String[] {own, text.substring(after.get(p).start(), end).replaceAll("\\s+", " "), String.valueOf(end)};
    }

    private static ExtractedClaim withClaimant(ExtractedClaim c, Lead lead, String text) {
        FieldSource src = lead.sourceAt() == null ? FieldSource.unspanned(FieldSource.Field.CLAIMANT, SOURCE)
                : FieldSource.of(FieldSource.Field.CLAIMANT, SOURCE, text, lead.sourceAt()[0], lead.sourceAt()[1]);
        return c.withClaimant(lead.source(), src);
    }

    private static ExtractedClaim withPeriod(ExtractedClaim c, TimeResolver.Cand period, String text) {
        TimeResolver.EventDates d = TimeResolver.EventDates.of(period);
        return c.withEventDates(d.start(), d.end(), FieldSource.of(FieldSource.Field.EVENT_START, PERIOD, text, period.s(), period.e()),
            FieldSource.of(FieldSource.Field.EVENT_END, PERIOD, text, period.s(), period.e()));
    }

    /**
     * The source a sentence names, read as {@link Attribution} reads a sentence without figures: "according to X", else the
     * subject of its first reporting verb.
     */
    private static final class Sources {
        private final Lexicon lx;
        private final String text;
        private final List<Sentences.Sentence> ss;
        private final ReportingVerbs verbs;
        private final SpeakerPhrase speaker;
        private final AccordingTo according;

        Sources(Lexicon lx, String text, List<Sentences.Sentence> ss) {
            this.lx = lx;
            this.text = text;
            this.ss = ss;
            Referents refs = new Referents(lx, text, ss);
            this.verbs = new ReportingVerbs(lx);
            this.speaker = new SpeakerPhrase(lx, text, refs);
            this.according = new AccordingTo(text, refs, verbs, speaker);
        }

        String of(int idx) {
            List<Tok> t = Tok.of(text, ss.get(idx).start(), ss.get(idx).end());
            String r = according.source(idx, t, null);
            if (r == null) {
                int first = verbs.first(t);
                if (first >= 0) r = speaker.before(idx, t, first);
            }
            r = ClaimantWords.WORDS.withoutVerb(r, lx);
            if (r != null && ClaimantWords.WORDS.ownerlessData(r, lx)) r = null;
            return r;
        }
    }
}
