package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an economic statistic, a market index's move or a sum given or spent measures: the indicator named
 * as the subject of the figure's verb or before it ({@code keys/indicators.txt}), carried to the figures of
 * the sentence that go on with it, and the giver and the recipient of a sum ({@code keys/money-verbs.txt}).
 * Read over the phrase {@link CountedPhrase} found, which it replaces where it names the indicator.
 */
final class EconomicFigures {

    /** The rules, each with an example whose last figure gets the phrase (EconomicFiguresRulesTest). */
    enum Rule {
        INDICATOR_CHANGE("a figure right after a verb of change whose subject names an indicator is that indicator's change",
                "Italy's economy shrank 0.4% in the spring.", "pct Italy GDP contraction"),
        INDEX_POINTS("points after a verb of change whose subject names an index are the index's points gained or lost",
                "The Nikkei dropped 210 points on Monday.", "Nikkei points lost"),
        INDICATOR_LEVEL("a figure after \"to/at\", a linking verb or \"of\" that an indicator names is its level",
                "Spain's jobless total climbed to 3.1 million.", "people out of work"),
        INDICATOR_CONTINUED("\"or N%\", \"to N\", \"from N\" after a figure of an indicator go on with it: its share, its level",
                "The Nikkei dropped 210 points, or 1.4%, on Monday.", "pct fall in Nikkei"),
        MONEY_GIVEN("a sum after a verb that gives, spends, pays or raises it is that, with to whom and by whom",
                "The tycoon Lord Brewer gave the party a sum of £200,000 last year.", "donated to the party by Lord Brewer"),
        MONEY_VERB_OVER_SUBJECT("a sum right after a verb that gives, pledges or spends it is that, not the verb's subject",
                "Northshire council pledges £2m to flood defences.", "pledged to flood defences"),
        MONEY_VERB_AFTER("a sum before a verb that needs, spends or raises it (\"is needed\", \"being spent\") is that, with what for",
                "A further £3m a year is needed to repair the town's bridges.", "pounds sterling needed a year to repair"),
        MONEY_CONVERSION("a sum's conversion in brackets that no rule reads is what the sum is",
                "Donors promised to lift the region's school budgets by over $40 million (£22m).", "lift the region's school budgets"),
        MONEY_NOUN_AFTER("a sum (or its conversion in brackets) before words that name money is that, with its currency",
                "Day visitors now pay a new £4 (about $5) harbour levy.", "US dollars harbour levy"),
        MONEY_NOUN_OF("a sum after \"of\", \"totaling\" or \"worth\" is the money noun before it, with its currency",
                "The club now faces a penalty of £80,000.", "pounds sterling penalty"),
        MONEY_RAISED_BY("a sum after a verb that raises it is raised by the money noun opening its sentence",
                "The harbour levy, which started in May, brought in more than £3 million over the summer.", "pounds sterling brought in by harbour levy");

        final String id;
        final String example;
        final String counted;

        Rule(String description, String example, String counted) {
            this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
            this.example = example;
            this.counted = counted;
        }
    }

    /** An indicator: its concept, what a count of it and a share of it are, and a word that names it. */
    record Indicator(String concept, String level, String share, String changes, String form, boolean shareOnly, Pattern pattern) { }

    private static final List<Indicator> INDICATORS = load();
    /** The indicators whose level counts people ("unemployed"), in INDICATORS' order: what {@link #outOfWork} tries. */
    private static final List<Indicator> PEOPLE_LEVELS = INDICATORS.stream().filter(i -> i.level().startsWith("people")).toList();
    private static final java.util.Set<String> CONCEPTS = INDICATORS.stream().map(Indicator::concept).collect(java.util.stream.Collectors.toSet());
    /** "growth in goods entering the UK", "output of steel": another thing's growth; "output in the period" is the economy's. */
    private static final String SHARE_ONLY_NOT_BEFORE =
            "(?!\\s+(?:in|of)\\s+(?!the\\s+(?:period|quarter|year|first|second|third|fourth|last|three|latest|same)\\b)\\p{L})";
    /** "pct rise in consumer prices", "jobless rate (pct)": a share's marker, its change, the words, a unit in brackets. */
    private static final Pattern NAMED_PHRASE = Pattern.compile("^(pct |percent |per cent )?(?:(rise|fall) in )?(.+?)( \\([^)]*\\))?$");
    private static final Pattern SHARE_CHANGE = Pattern.compile("^(?:pct|percent|per cent) (rise|fall) in (.+)$");
    private static final Pattern POINTS_MOVE = Pattern.compile("^(.+) points (gained|lost)$");

    private final CountedWords w;
    private final Lexicon lx;
    private final MoneyGiven moneyGiven;
    private final MoneyDeals deals;
    private final MoneySubjects subjects;
    /** money.purpose-after, read by {@link CountedPhrase} over this class's phrase: what a sum left unnamed is for. */
    final MoneyPurposes purposes;
    private final ConceptLexicon growthNouns = ConceptLexicon.load("/keys/growth-nouns.txt");
    /** Each word of {@code keys/economic-words.txt} after its role: "generic people". */
    private static final java.util.Set<String> WORDS = new java.util.HashSet<>();

    static {
        for (String line : Lexicon.resourceLines("/keys/economic-words.txt")) {
            int colon = line.indexOf(':');
            for (String word : line.substring(colon + 1).trim().split("\\s+")) WORDS.add(line.substring(0, colon).trim() + " " + word);
        }
    }

    EconomicFigures(CountedWords w) {
        this.w = w;
        this.lx = w.lx;
        this.moneyGiven = new MoneyGiven(w);
        this.deals = new MoneyDeals(w, moneyGiven.what());
        this.subjects = new MoneySubjects(w, moneyGiven.what(), this::change);
        this.purposes = new MoneyPurposes(w);
    }

    /** What a phrase these rules give measures: the indicator's concept and its change ("rise", "fall"; "" for a level). */
    record Measure(String kind, String event) { }

    private static final List<String> GROWTH_NOUNS = Lexicon.keysOf("/keys/growth-nouns.txt");   // a growth measure's change, either way
    private static final java.util.Map<String, Measure> MEASURES = measures();

    /** The measure of a counted phrase these rules give ("rise in people out of work": unemployment, rise), else null. */
    static Measure measureOf(String phrase) {
        if (phrase == null) return null;
        Measure m = ownPhrase(phrase);
        if (m != null) return m;
        String lower = phrase.toLowerCase(Locale.ROOT);
        // a phrase whose head is an indicator ("pct rise in Consumer prices", "jobless rate (pct)"): that indicator
        Matcher named = NAMED_PHRASE.matcher(lower);
        if (named.matches()) {
            boolean share = named.group(1) != null || named.group(4) != null && named.group(4).contains("pct");
            Indicator i = last(named.group(3), share);
            if (i != null && i.pattern().matcher(named.group(3)).results().reduce((a, b) -> b).map(r -> r.end() == named.group(3).length()).orElse(false)) {
                String event = named.group(2) == null || i.share().endsWith(" growth") ? "" : named.group(2);
                return new Measure(i.concept(), event);
            }
        }
        return null;
    }

    /** The measure of a phrase these rules give, with or without its place ("pct Germany GDP growth"), else null. */
    private static Measure ownPhrase(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        Measure m = MEASURES.get(lower);
        if (m != null) return m;
        String[] ws = lower.split(" ");
        StringBuilder rest = new StringBuilder(lower.length());
        for (int i = 0; i < ws.length && i < 4; i++) {
            rest.setLength(0);     // the words but the i-th, joined by spaces
            boolean first = true;
            for (int j = 0; j < ws.length; j++) {
                if (j == i) continue;
                if (!first) rest.append(' ');
                first = false;
                rest.append(ws[j]);
            }
            m = MEASURES.get(rest.toString());
            if (m != null) return m;
        }
        return null;
    }

    private static java.util.Map<String, Measure> measures() {
        java.util.Map<String, Measure> out = new java.util.HashMap<>();
        for (Indicator i : INDICATORS) {
            String c = i.concept(), level = i.level().toLowerCase(Locale.ROOT), share = i.share().toLowerCase(Locale.ROOT);
            String changes = i.changes().toLowerCase(Locale.ROOT);
            out.put(level, new Measure(c, ""));
            out.put("pct " + share, new Measure(c, ""));
            for (String dir : List.of("rise", "fall")) {
                out.put("pct " + dir + " in " + changes, new Measure(c, dir));
                out.put(dir + " in " + changes, new Measure(c, dir));
            }
            out.put(changes + " points gained", new Measure(c, "rise"));
            out.put(changes + " points lost", new Measure(c, "fall"));
            if (share.endsWith(" growth")) {        // one measure, whichever way it went: a revision of growth to a decline
                String base = "pct " + share.substring(0, share.length() - "growth".length());
                for (String noun : GROWTH_NOUNS) out.put(base + noun, new Measure(c, ""));
            }
        }
        return out;
    }

    /** The figure's phrase by these rules, else {@code r}. */
    CountedPhrase.Result read(String text, List<Tok> t, Mention m, CountedPhrase.Prev prev, CountedPhrase.Result r) {
        boolean money = lx.currencyCodes.contains(m.unit);
        CountedPhrase.Result deal = money ? deals.of(t, m, r) : null;       // "sold the plant for $2bn": paid for the plant
        if (deal == null && money) deal = subjects.of(t, m, r);           // "property claims reached $42bn"
        if (deal != null) return deal;
        boolean share = "%".equals(m.unit);
        boolean points = m.tokEnd < t.size() && t.get(m.tokEnd).is("points") && m.unit.isEmpty();
        CountedPhrase.Result out = outOfWork(text, t, m, r);
        if (out != null) return out;
        if (!share && !points && r.noun() != null && !is("generic", r.noun().toLowerCase(Locale.ROOT))) return r;
        if (share && r.noun() != null && is("own-noun", r.noun().toLowerCase(Locale.ROOT))) return r;   // "the Fed's 2% target"
        int k = beforeHedge(t, m);
        while (k > 0 && t.get(k).isWord() && is("glue", t.get(k).lower())) k--;    // "growth of just 0.1%"
        String prep = null;
        int v = -1;
        for (int x = k; x >= 0 && k - x < (prep == null ? 7 : 11); x--) {
            Tok tok = t.get(x);
            if (!tok.isWord()) break;
            String l = tok.lower();
            if (x == k && x > 0 && l.equals("of")) {           // "growth of 0.1%", "unemployment of more than five million"
                Indicator i = last(text.substring(Math.max(0, t.get(Math.max(0, x - 4)).start()), tok.start()), share);
                if (i != null) return phrase(r, i, null, share, points, Rule.INDICATOR_LEVEL, text.substring(t.get(x - 1).start(), tok.end()));
                break;
            }
            if (is("level-prep", l) && prep == null && v < 0) prep = l;
            if (change(l) != null || lx.linkingVerbs.contains(l) || w.levelVerbs.contains(l)) {
                v = x;
                break;
            }
        }
        if (money && v < 0) return moneyGiven.converted(t, m, prev, moneyGiven.of(t, m, r));
        if (v >= 0) {
            String subject = text.substring(subjectStart(t, v), t.get(v).start());
            Indicator i = last(subject, share);
            if (i != null) {
                String dir = prep == null ? change(t.get(v).lower()) : null;
                Indicator named = last(r.text(), share);
                // "The base rate was cut to 3.5%", "Consumer prices rose 3.2%": a phrase that names the indicator keeps
                // its words (ClaimKeys keys it by the indicator all the same); only the synonyms of a count of people
                // ("jobless total", "people unemployed") become one phrase
                if (!points && named != null && !named.shareOnly() && named.concept().equals(i.concept())
                        && (share || !i.level().startsWith("people"))) return r;
                CountedPhrase.Result p = phrase(r, i, dir, share, points,
                        dir == null ? Rule.INDICATOR_LEVEL : points ? Rule.INDEX_POINTS : Rule.INDICATOR_CHANGE, t.get(v).lower());
                return whose(p, subject, i);
            }
            if (money) return moneyGiven.converted(t, m, prev, moneyGiven.of(t, m, r));
        }
        // "fell 464 points, or 1.1%", "rose 7,000 to 4.464 million", "fell to 77,000 from 85,000"
        if (prev != null && k >= 0 && is("continuing", t.get(k).lower()) && (share || r.noun() == null || is("generic", r.noun().toLowerCase(Locale.ROOT)))) {
            Indicator i = last(prev.counted(), false);
            if (i == null || ownPhrase(prev.counted()) == null) return r;    // only a phrase these rules gave goes on
            String before = prev.counted();
            Matcher c = SHARE_CHANGE.matcher(before), p = POINTS_MOVE.matcher(before);
            String dir = c.matches() ? c.group(1) : p.matches() ? (p.group(2).equals("gained") ? "rise" : "fall") : null;
            boolean or = t.get(k).is("or");
            // "rose 3.2% in the year to March, down from 3.4%": a share after a share's change is the same phrase, carried
            if (dir != null && share && "%".equals(prev.unit())) return r;
            if (or && dir != null && share) return new CountedPhrase.Result("pct " + dir + " in " + i.changes(), r.end(), null, Rule.INDICATOR_CONTINUED.id);
            if (dir != null && or) return r;
            return phrase(r, i, null, share, points, Rule.INDICATOR_CONTINUED, null);
        }
        return r;
    }

    private CountedPhrase.Result phrase(CountedPhrase.Result r, Indicator i, String dir, boolean share, boolean points, Rule rule, String verb) {
        String p;
        if (i.share().endsWith(" growth") && share) {        // "pct GDP growth", "pct GDP contraction": one measure, rise or fall
            String noun = verb == null ? null : growthNouns.first(List.of(verb));
            p = "pct " + i.share().substring(0, i.share().length() - " growth".length()) + " " + (noun == null ? "growth" : noun);
        } else if (points) {
            if (dir == null) return r;
            p = i.changes() + " points " + (dir.equals("fall") ? "lost" : "gained");
        } else if (dir != null) {
            p = (share ? "pct " : "") + dir + " in " + i.changes();
        } else {
            p = share ? "pct " + i.share() : i.level();
        }
        return new CountedPhrase.Result(p, r.end(), null, rule.id);
    }

    /** "Five million Germans out of work", "5.2 million people were unemployed": the people a statistic of people counts. */
    private CountedPhrase.Result outOfWork(String text, List<Tok> t, Mention m, CountedPhrase.Result r) {
        int j = m.tokEnd;
        if (!m.unit.isEmpty() || r.noun() == null || j >= t.size() || !t.get(j).isWord()) return null;
        j++;
        if (j < t.size() && w.copulas.contains(t.get(j).lower())) j++;
        if (j >= t.size()) return null;
        String after = text.substring(t.get(j).start(), Math.min(text.length(), t.get(j).start() + 30)).toLowerCase(Locale.ROOT);
        for (Indicator i : PEOPLE_LEVELS) {
            if (after.startsWith(i.form()) && i.pattern().matcher(after).lookingAt()) {
                return new CountedPhrase.Result(i.level(), r.end(), null, Rule.INDICATOR_LEVEL.id);
            }
        }
        return null;
    }

    /** The first token of the verb's subject: back over its words to a figure, a clause's stop word, ";" or ":". */
    private int subjectStart(List<Tok> t, int v) {
        int x = v - 1;
        while (x >= 0 && v - x < 20) {
            Tok tok = t.get(x);
            // "The Russell 2000, which tracks small caps, fell 2%": the subject is before its relative clause
            if (x > 1 && tok.is(",") && t.get(x - 1).isWord() && v - x < 14 && relativeBefore(t, x - 1)) {
                x = relativeBefore(t, x - 1) ? commaBefore(t, x - 1) : x;
                if (x < 0) break;
            }
            // "the FTSE 100 index", "the S&P 500": a name's number is no figure before the subject
            if (tok.isNum() && !(x > 0 && (t.get(x - 1).capitalized() || t.get(x - 1).is("&"))) || tok.is(";") || tok.is(":") || tok.isWord() && (is("subject-stop", tok.lower())
                    || lx.reportingVerbs.contains(tok.lower()))) break;
            x--;
        }
        return x + 1 < v ? t.get(x + 1).start() : t.get(v).start();
    }

    /** Whether a ", which ..." or ", who ..." clause ends at token {@code end}. */
    private static boolean relativeBefore(List<Tok> t, int end) {
        int c = commaBefore(t, end);
        return c >= 0 && c + 1 < t.size() && (t.get(c + 1).is("which") || t.get(c + 1).is("who"));
    }

    /** The comma nearest before {@code end} within twelve tokens, or -1. */
    private static int commaBefore(List<Tok> t, int end) {
        for (int x = end; x >= 0 && end - x < 12; x--) if (t.get(x).is(",")) return x;
        return -1;
    }

    /** "rise" or "fall" for a verb of change ("shrank", "slides", "lower"), else null. */
    private String change(String word) {
        String c = w.changeNouns.first(List.of(word));
        if (c != null && (c.equals("rise") || c.equals("fall"))) return c;
        String g = growthNouns.first(List.of(word));
        return g == null ? null : g.equals("growth") || g.equals("rise") ? "rise" : "fall";
    }

    /**
     * The phrase with the place whose indicator it is, as the subject names it right before the indicator ("Germany's
     * economy", "US growth", "eurozone growth": "pct Germany GDP growth"), for a measure of an economy, not of people
     * or of an index.
     */
    private CountedPhrase.Result whose(CountedPhrase.Result p, String subject, Indicator i) {
        boolean read = p.rule().equals(Rule.INDICATOR_CHANGE.id) || p.rule().equals(Rule.INDICATOR_LEVEL.id);
        if (!read || i.level().startsWith("people") || i.level().endsWith(" index level")) return p;
        Matcher mm = i.pattern().matcher(subject.toLowerCase(Locale.ROOT));
        int at = -1;
        while (mm.find()) at = mm.start();
        String[] before = subject.substring(0, Math.max(0, at)).trim().split("\\s+");
        String written = before[before.length - 1];
        String word = written.replaceAll("['’]s$", "");
        // a capitalised word that may open the sentence ("Annual growth") names a place only as a possessive or initials
        boolean initials = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));   // "US", not the pronoun "us"
        boolean named = !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && (initials || !lx.functionWords.contains(word.toLowerCase(Locale.ROOT)) && (before.length > 1 || !word.equals(written)))
                || is("area", word.toLowerCase(Locale.ROOT));
        if (!named) return p;
        String text = p.text();
        int cut = text.startsWith("pct ") && !text.contains(" in ") ? 4 : text.lastIndexOf(" in ") + 4;
        if (cut < 4) cut = 0;
        return new CountedPhrase.Result(text.substring(0, cut) + word + " " + text.substring(cut), p.end(), null, p.rule());
    }

    /** The indicator named last in the words (the one nearest the verb), the longest name first; null if none. */
    private static Indicator last(String words, boolean share) {
        String lower = words.toLowerCase(Locale.ROOT);
        Indicator best = null;
        int bestEnd = -1;
        for (Indicator i : INDICATORS) {
            if (i.shareOnly() && !share || !lower.contains(i.form())) continue;   // the pattern matches its form, literally
            Matcher mm = i.pattern().matcher(lower);
            while (mm.find()) {
                if (mm.end() > bestEnd) {
                    best = i;
                    bestEnd = mm.end();
                }
            }
        }
        return best;
    }

    private static List<Indicator> load() {
        List<Indicator> out = new ArrayList<>();
        for (String line : Lexicon.resourceLines("/keys/indicators.txt")) {
            String[] f = line.split("\\|");
            for (String form : f[4].split(",")) {
                String s = form.trim();
                boolean only = s.endsWith("*");
                String form2 = only ? s.substring(0, s.length() - 1) : s;
                out.add(new Indicator(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), form2, only,
                        Pattern.compile("(?<![\\p{L}&])" + Pattern.quote(form2) + "(?![\\p{L}&])" + (only ? SHARE_ONLY_NOT_BEFORE : ""))));
            }
        }
        out.sort(Comparator.comparingInt((Indicator i) -> -i.form().length()));
        return List.copyOf(out);
    }

    /** The bases of {@code keys/economic-words.txt} ("unadjusted", "adjusted", "annualised"), and their phrases, longest first, a hyphen for a space or a hyphen. */
    private static final List<String> BASES = Lexicon.keysOf("/keys/economic-words.txt").stream().filter(k -> k.startsWith("basis-")).map(k -> k.substring(6)).toList();
    private static final Pattern BASIS = Pattern.compile("(?i)\\b(" + WORDS.stream().filter(x -> x.startsWith("basis-"))
            .map(x -> x.substring(x.indexOf(' ') + 1)).sorted(Comparator.comparingInt(String::length).reversed())
            .map(x -> Pattern.quote(x).replace("-", "\\E[ -]\\Q")).collect(java.util.stream.Collectors.joining("|")) + ")\\b");
    private static final String NAME = "\\p{Lu}[\\p{L}&.]*";
    /** "the methodology of the International Labour Organisation (ILO)", "the ILO's measure", "ILO-based figures". */
    private static final List<Pattern> SOURCES = List.of(
            Pattern.compile("\\b(\\p{Ll}+) of (?:the )?((?:" + NAME + "(?: of| for)? )*" + NAME + ")(?: \\((\\p{Lu}{2,})\\))?"),
            Pattern.compile("\\b((?:" + NAME + "'s?)|\\p{Lu}{2,}) (\\p{Ll}+)"),
            Pattern.compile("\\b(" + NAME + ")-(\\p{Ll}+)"));

    /**
     * The facets of an indicator's figure its sentence names before it ("" for no indicator's figure): its basis, the
     * last named ("unadjusted", "adjusted", "annualised": an annual rate of a quarter's growth), and its source
     * ({@code measure-source}: whose measure or methodology it is counted by, "ilo" for "By the ILO's measure").
     */
    static List<String> facets(String sentenceToFigure, String kind) {
        if (!CONCEPTS.contains(kind)) return List.of();
        List<String> out = new ArrayList<>();
        String last = null;
        for (Matcher m = BASIS.matcher(sentenceToFigure); m.find(); ) last = m.group(1).toLowerCase(Locale.ROOT).replace(' ', '-');
        for (String role : BASES) if (last != null && is("basis-" + role, last)) out.add(role);
        for (int p = 0; p < SOURCES.size(); p++) {
            for (Matcher m = SOURCES.get(p).matcher(sentenceToFigure); m.find(); ) {
                String noun = p == 0 ? m.group(1) : m.group(2), name = p == 0 ? (m.group(3) != null ? m.group(3) : m.group(2)) : m.group(1);
                if (!is(p == 2 ? "source-after" : "source-noun", noun)) continue;
                String source = name.replaceAll("'s?$", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "-");
                if (!out.contains(source)) out.add(source);
            }
        }
        return out;
    }

    /** Whether a word has a role of {@code keys/economic-words.txt} ("generic", "level-prep", "continuing" ...). */
    static boolean is(String role, String word) {
        return WORDS.contains(role + " " + word);
    }
}
