package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a sentence: digits ("1,150", "2.5 million", "11.3bn", "1K", "$2", "72 km",
 * "5%"), number words ("fifty", "nine hundred and nine", "a dozen", "half a million") and vague
 * quantifiers ("dozens", "tens of thousands", "in the hundreds"). Drops what is not a figure: years,
 * dates, times, durations, ordinals, model and unit names, designators ("Article 5"), phone
 * numbers and numbers inside URLs, handles and hashtags. Ranges written "50-95" are built here; the
 * other ranges and the hedges are the HedgeDetector's.
 */
public final class NumberRecognizer {

    private static final Pattern PHONES = Pattern.compile(
            "\\+\\d[\\d ()./-]{6,}\\d"
                    + "|\\(\\d{3}\\)\\s?\\d{3}[-.\\s]\\d{4}"
                    + "|(?<!\\d)\\d{3}[-.]\\d{3}[-.]\\d{4}(?!\\d)");

    private static final Set<String> ANAPHORIC = Set.of("the", "these", "those", "both", "all", "its", "their",
            "his", "her", "our", "my", "your");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> YEAR_PREPS = Set.of("in", "since", "by", "until", "till", "from", "of",
            "during", "before", "after", "early", "late", "mid", "between", "and", "to", "through", "the",
            "year", "summer", "winter", "spring", "autumn", "fall", "fiscal", "for", "around", "circa", "or");
    private static final Pattern AMPM = Pattern.compile("^\\s?(?:[ap]\\.\\s?m\\.|[ap]m\\b|[AP]M\\b|h\\b|GMT|UTC)");

    private final Lexicon lx;

    public NumberRecognizer(Lexicon lx) {
        this.lx = lx;
    }

    /** Chars of the text inside URLs, e-mail addresses, handles, hashtags and phone numbers. */
    public static BitSet masks(String text) {
        BitSet b = new BitSet(text.length());
        char[] a = text.toCharArray();          // one pass over an array: charAt on a UTF-16 string costs more
        int n = a.length;
        // a chunk (between whitespace) is looked at only when it has '@', '/', or starts with '#'
        int s = -1;
        boolean interesting = false;
        for (int i = 0; i <= n; i++) {
            boolean ws = i == n || Character.isWhitespace(a[i]);
            if (ws) {
                if (s >= 0 && interesting && isMaskedChunk(text, s, i)) b.set(s, i);
                s = -1;
                interesting = false;
                continue;
            }
            char c = a[i];
            if (s < 0) s = i;
            if (c == '@' || c == '/' || c == '#') interesting = true;
        }
        // phone numbers start with "+", "(" or a digit: try the pattern only there (a scan of every
        // position costs more than the rest of the stage)
        Matcher m = null;
        for (int k = 0; k < n; k++) {
            char c = a[k];
            if (c != '+' && c != '(' && !(c >= '0' && c <= '9' && (k == 0 || a[k - 1] < '0' || a[k - 1] > '9'))) continue;
            if (c != '+' && c != '(' && k + 3 < n && !(a[k + 3] == '-' || a[k + 3] == '.')) continue;   // "ddd-" or "ddd."
            if (m == null) m = PHONES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(k, Math.min(n, k + 64));
            if (m.lookingAt()) {
                b.set(m.start(), m.end());
                k = m.end() - 1;
            }
        }
        return b;
    }

    /** URLs, e-mail addresses, handles, hashtags, "site.com/path". */
    private static boolean isMaskedChunk(String text, int s, int e) {
        char c = text.charAt(s);
        if (c == '(' && s + 1 < e) c = text.charAt(++s);
        if ((c == '@' || c == '#') && s + 1 < e && Character.isLetterOrDigit(text.charAt(s + 1))) return true;
        boolean at = false, slash = false, dot = false;
        for (int k = s; k < e; k++) {
            char x = text.charAt(k);
            if (x == '@') at = true;
            else if (x == '/') slash = true;
            else if (x == '.') dot = true;
        }
        if (!at && !slash) return false;
        String chunk = text.substring(s, e);
        if (chunk.contains("://") || chunk.startsWith("www.")) return true;
        if (at && dot && chunk.indexOf('@') > 0) return true;                       // e-mail
        return slash && dot && domainPath(chunk);
    }

    /**
     * Whether a chunk starts with a host and a path, "bbc.co.uk/news...": labels of [A-Za-z0-9_-]
     * joined by dots, the last of 2 to 6 lower-case letters, then '/'. A scan, not a regex: a repeated
     * group overflowed the stack on a chunk of 10,000 labels.
     */
    static boolean domainPath(String chunk) {
        int n = chunk.length(), labels = 0, labelStart = 0;
        for (int i = 0; i < n; i++) {
            char c = chunk.charAt(i);
            if (c == '.' || c == '/') {
                if (i == labelStart) return false;                  // an empty label
                labels++;
                if (c == '/') return labels >= 2 && tld(chunk, labelStart, i);
                labelStart = i + 1;
            } else if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
                return false;
            }
        }
        return false;
    }

    private static boolean tld(String chunk, int from, int to) {
        if (to - from < 2 || to - from > 6) return false;
        for (int i = from; i < to; i++) if (chunk.charAt(i) < 'a' || chunk.charAt(i) > 'z') return false;
        return true;
    }

    /** The mentions among the tokens of one sentence, in text order. */
    public List<Mention> find(String text, List<Tok> t, BitSet masked) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Tok k = t.get(i);
            if (masked.get(k.start())) { i++; continue; }
            Mention m = null;
            int skipTo = i + 1;
            if (k.isNum()) {
                int[] skip = {i + 1};
                m = digits(text, t, i, skip);
                skipTo = skip[0];
            } else if (k.isWord()) {
                m = vague(t, i);
                if (m == null) m = words(text, t, i);
            }
            if (m != null && conversion(text, t, m, out)) m = null;
            if (m != null) {
                out.add(m);
                i = Math.max(m.tokEnd, i + 1);
            } else {
                i = Math.max(skipTo, i + 1);
            }
        }
        return out;
    }

    /**
     * "waves as high as 3 meters (10 feet)", "a 10-meter (33-foot) boat": a measure in brackets right
     * after a measure restates it in other units; it is not a claim of its own.
     */
    private static boolean conversion(String text, List<Tok> t, Mention m, List<Mention> out) {
        if (m.unit.isEmpty() || out.isEmpty() || m.tokStart == 0 || !t.get(m.tokStart - 1).is("(")) return false;
        Mention p = out.get(out.size() - 1);
        if (p.unit.isEmpty() || p.unit.equals("%")) return false;
        int open = t.get(m.tokStart - 1).start();
        if (p.end > open) return false;
        if (!text.substring(p.end, open).isBlank() && !text.substring(p.end, open).matches("[\\s\\p{L}-]{0,12}")) return false;
        return m.tokEnd < t.size() && t.get(m.tokEnd).is(")");
    }

    // ---------------------------------------------------------------- digits

    private Mention digits(String text, List<Tok> t, int i, int[] skip) {
        Tok k = t.get(i);
        Tok prev = i > 0 ? t.get(i - 1) : null;
        Tok prev2 = i > 1 ? t.get(i - 2) : null;
        String raw = k.text();
        if (raw.length() > 1 && raw.charAt(0) == '0' && raw.indexOf('.') < 0) return null;      // codes, "007"
        if (raw.replace(",", "").length() > 15) return null;                                       // ids
        if (prev != null && prev.end() == k.start()) {
            if (prev.isWord()) return null;                                  // "F16", "G7"
            String p = prev.text();
            if ((p.equals("-") || p.equals("‑")) && prev2 != null && prev2.end() == prev.start()
                    && (prev2.isWord() && !lx.scaleNouns.contains(prev2.lower()) || prev2.isNum())) {
                return null;                                                 // "BTR-82A", "Covid-19"; not "magnitude-7.1"
            }
            if (p.equals("/") || p.equals("+") || p.equals("#") || p.equals(":") || p.equals(".")
                    || p.equals("№")) return null;
        }
        if (prev != null && prev.is(".") && prev2 != null && prev2.end() == prev.start()
                && lx.designators.contains(prev2.lower() + ".")) return null;   // "No. 5"
        String unit = "";
        int start = k.start();
        for (Lexicon.Phrase c : lx.currencies) {
            String sign = c.text();
            int at = k.start() - sign.length();
            if (at >= 0 && text.startsWith(sign, at) && boundaryBefore(text, at)) { unit = c.fields()[0]; start = at; break; }
            at--;
            if (at >= 0 && text.charAt(at + sign.length()) == ' ' && text.startsWith(sign, at)
                    && boundaryBefore(text, at) && Character.isLetter(sign.charAt(sign.length() - 1))) {
                unit = c.fields()[0]; start = at; break;
            }
        }
        boolean currency = !unit.isEmpty();
        BigDecimal v = parse(raw);
        int end = k.end();
        int j = i + 1;
        boolean scaled = false;
        BigDecimal scaleMul = BigDecimal.ONE;
        Tok nx = j < t.size() ? t.get(j) : null;
        if (nx != null && nx.start() == k.end()) {
            if (nx.isWord()) {
                String w = nx.text();
                String wl = nx.lower();
                // a suffix as written first ("1M" is a million, "5m" five metres), else in lower case
                BigDecimal mul = lx.suffixes.get(w);
                boolean needsCurrency = mul != null ? lx.suffixNeedsCurrency.contains(w) : lx.suffixNeedsCurrency.contains(wl);
                if (mul == null) mul = lx.suffixes.get(wl);
                if (ORDINAL_SUFFIXES.contains(wl)) { skip[0] = j + 1; return null; }
                if (mul != null && (!needsCurrency || currency)) {
                    v = v.multiply(mul);
                    scaleMul = mul;
                    scaled = true;
                    end = nx.end();
                    j++;
                } else if (w.equals("C") || w.equals("F")) {
                    unit = w.equals("C") ? "°C" : "°F";                  // "44C", "110F": temperatures
                    end = nx.end();
                    j++;
                } else {
                    String u = singleUnit(wl);
                    if (u != null) {
                        unit = u;
                        end = nx.end();
                        j++;
                    } else {
                        skip[0] = j + 1;
                        return null;                                          // "82A", "3D", "10am"
                    }
                }
            } else if (nx.is("%")) {
                unit = "%";
                end = nx.end();
                j++;
            } else if ((nx.is(":") || nx.is("/")) && j + 1 < t.size() && t.get(j + 1).isNum()
                    && t.get(j + 1).start() == nx.end()) {
                skip[0] = j + 2;
                return null;                                                  // "10:30", "5/24"
            } else if (nx.is("-") || nx.is("–")) {
                Tok n2 = j + 1 < t.size() ? t.get(j + 1) : null;
                if (n2 != null && n2.start() == nx.end()) {
                    if (n2.isWord()) {
                        String first = n2.lower().split("[-’']")[0];
                        if (first.equals("for") && j + 3 < t.size() && t.get(j + 2).is("-") && t.get(j + 3).isNum()
                                && t.get(j + 3).start() == t.get(j + 2).end()) {
                            end = t.get(j + 3).end();                       // "1,000-for-1,000"
                            j += 4;
                        } else if (lx.timeUnits.contains(first)) {
                            skip[0] = j + 2;
                            return null;                                      // "10-day", "5-year-old"
                        } else if (singleUnit(first) != null) {
                            unit = singleUnit(first);
                            end = n2.end();
                            j += 2;
                        }
                    } else if (n2.isNum()) {
                        BigDecimal v2 = parse(n2.text());
                        boolean phone = j + 3 < t.size() && t.get(j + 2).start() == n2.end() && t.get(j + 2).is("-");
                        boolean years = isYearValue(raw) && isYearValue(n2.text());
                        // days of a month: "12-14 June", "March 4-6"
                        boolean days = v2.compareTo(BigDecimal.valueOf(31)) <= 0 && raw.indexOf(',') < 0 && raw.indexOf('.') < 0
                                && (prev != null && isMonthToken(prev) || j + 2 < t.size() && isMonthToken(t.get(j + 2)));
                        if (phone || years || days || v.compareTo(v2) >= 0) {
                            skip[0] = j + 2;
                            return null;                                      // scores "3-1", years "2022-23"
                        }
                        Mention r = new Mention(start, n2.end(), i, j + 2, v);
                        r.high = v2;
                        r.hedge = Hedge.RANGE;
                        return finishUnits(text, t, r, unit, currency);
                    }
                }
            }
        }
        // spaced scale word: "2.5 million", "3 dozen"
        if (!scaled && j < t.size() && t.get(j).isWord()) {
            long[] nw = lx.numberWords.get(t.get(j).lower());
            if (nw != null && nw[1] == 2) {
                v = v.multiply(BigDecimal.valueOf(nw[0]));
                scaleMul = BigDecimal.valueOf(nw[0]);
                scaled = true;
                end = t.get(j).end();
                j++;
            } else {
                BigDecimal mul = lx.suffixes.get(t.get(j).lower());
                if (mul != null && currency && t.get(j).lower().length() > 1) {    // "$5 bn"
                    v = v.multiply(mul);
                    scaleMul = mul;
                    scaled = true;
                    end = t.get(j).end();
                    j++;
                }
            }
        }
        if (isTimeOrDuration(text, t, j, end)) { skip[0] = j + 1; return null; }
        boolean plainInt = !scaled && !currency && unit.isEmpty() && raw.indexOf(',') < 0 && raw.indexOf('.') < 0;
        // dates: "May 25", "25 May"
        if (plainInt && v.intValue() >= 1 && v.intValue() <= 31
                && (prev != null && lx.months.containsKey(prev.lower()) && !prev.is("may") || prev != null && prev.is("may") && prev.capitalized()
                    || j < t.size() && t.get(j).isWord() && isMonthToken(t.get(j))
                    || prev != null && prev.is(".") && prev2 != null && prev2.end() == prev.start() && isMonthToken(prev2))) return null;   // "Oct. 9"
        // years
        if (plainInt && isYearValue(raw)) {
            boolean yearCtx = prev != null && (YEAR_PREPS.contains(prev.lower()) || lx.months.containsKey(prev.lower())
                    || prev.is(",") || prev.is("’") || prev.is("'"));
            Tok after = j < t.size() ? t.get(j) : null;
            // "the record-breaking 2022 total of 425 deaths": a year before a noun that names a figure
            boolean countNext = after != null && after.isWord() && !after.capitalized()
                    && !lx.functionWords.contains(after.lower()) && !lx.months.containsKey(after.lower())
                    && !lx.measureNouns.contains(after.lower());
            // "for both 2016 and 2017", "2019 or 2020": years joined to a year
            boolean yearNext = after != null && (after.is("and") || after.is("or")) && j + 1 < t.size()
                    && t.get(j + 1).isNum() && isYearValue(t.get(j + 1).text());
            if (yearCtx || !countNext || yearNext) return null;
        }
        if (prev != null && prev.isWord() && lx.designators.contains(prev.lower())) return null;  // "Flight 17"
        // "people across the Lower 48 were under heat alerts", "the Fortune 500 and": a name that ends in a number
        if (plainInt && prev != null && prev2 != null && prev2.is("the") && prev.capitalized() && prev.end() < k.start()
                && !lx.months.containsKey(prev.lower()) && !lx.weekdays.containsKey(prev.lower())
                && !prev.text().endsWith("'s") && !prev.text().endsWith("’s") && !prev.text().endsWith("s")   // "the Democrats 213,"
                && (j >= t.size() || !t.get(j).isWord() && !t.get(j).is("%") || lx.functionWords.contains(t.get(j).lower()))) return null;
        if (plainInt && modelName(t, k, prev, prev2, j)) return null;
        if (ageOf(t, i)) return null;
        // an age in apposition: "Hassan Ait Lahcen, 52, a farmer", "Jane Doe, 42, of Chico"
        if (plainInt && v.intValue() <= 120 && prev != null && prev.is(",") && prev2 != null && prev2.capitalized()
                && j < t.size() && t.get(j).is(",")) return null;
        Mention m = new Mention(start, end, i, j, v);
        m.scale = scaleMul;
        return finishUnits(text, t, m, unit, currency);
    }

    private Mention finishUnits(String text, List<Tok> t, Mention m, String unit, boolean currency) {
        int j = m.tokEnd;
        if (unit.isEmpty() && j < t.size() && t.get(j).is("%")) {
            unit = "%";
            m.end = t.get(j).end();
            j++;
        }
        if (unit.isEmpty() || !currency && unit.equals("")) {
            Lexicon.Phrase p = phraseAt(lx.units, t, j);
            if (p != null) {
                unit = p.fields()[0];
                m.unitWords = text.substring(t.get(j).start(), t.get(j + p.words().length - 1).end());
                m.end = t.get(j + p.words().length - 1).end();
                j += p.words().length;
            }
        }
        if (j < t.size() && t.get(j).isWord() && lx.furniture.contains(t.get(j).lower())) return null;
        if (j + 1 < t.size() && lx.furniture.contains(t.get(j).lower() + " " + t.get(j + 1).lower())) return null;
        // "call the 911 emergency number": the figure names the thing after it
        if (unit.isEmpty() && j < t.size() && t.get(j).isWord() && (lx.designatorsAfter.contains(t.get(j).lower())
                || j + 1 < t.size() && t.get(j + 1).isWord() && lx.designatorsAfter.contains(t.get(j + 1).lower())
                    && !lx.functionWords.contains(t.get(j).lower()))) return null;
        if (isTimeOrDuration(text, t, j, m.end)) return null;
        m.unit = unit;
        m.tokEnd = j;
        return m;
    }

    private boolean isMonthToken(Tok w) {
        return w.capitalized() && lx.months.containsKey(w.lower()) && w.lower().length() >= 3;
    }

    private boolean isTimeOrDuration(String text, List<Tok> t, int j, int end) {
        if (AMPM.matcher(text.substring(end, Math.min(text.length(), end + 6))).find()) return true;
        if (j >= t.size()) return false;
        Tok w = t.get(j);
        if (!w.isWord()) return w.is(",") && ageList(t, j);
        String[] parts = w.lower().split("[-’']");
        if (!lx.timeUnits.contains(parts[0])) return ageList(t, j);
        return !comparedPeriods(t, j, parts);
    }

    /**
     * "rose 3 percent year on year", "grew 0.3% month-on-month": the periods a change is measured
     * between, not a duration.
     */
    private static boolean comparedPeriods(List<Tok> t, int j, String[] parts) {
        if (parts.length == 3) return (parts[1].equals("on") || parts[1].equals("over")) && parts[2].equals(parts[0]);
        return j + 2 < t.size() && (t.get(j + 1).is("on") || t.get(j + 1).is("over")) && t.get(j + 2).lower().equals(parts[0]);
    }

    /** "The victims were 66, 70 and 95 years old": the figure opens a list that ends in an age. */
    private boolean ageList(List<Tok> t, int j) {
        if (!t.get(j).is(",") && !t.get(j).is("and") && !t.get(j).is("or")) return false;
        int k = j;
        for (int n = 0; n < 8 && k < t.size(); n++) {
            Tok x = t.get(k);
            if (x.is(",") || x.is("and") || x.is("or")) { k++; continue; }
            if (!x.isNum()) return false;
            k++;
            if (k + 1 < t.size() && lx.timeUnits.contains(t.get(k).lower()) && (t.get(k + 1).is("old") || t.get(k + 1).is("of"))) {
                return t.get(k + 1).is("old") || k + 2 < t.size() && t.get(k + 2).is("age");
            }
        }
        return false;
    }

    private String singleUnit(String lower) {
        for (Lexicon.Phrase p : lx.units) if (p.words().length == 1 && p.text().equals(lower)) return p.fields()[0];
        return null;
    }

    static Lexicon.Phrase phraseAt(List<Lexicon.Phrase> phrases, List<Tok> t, int j) {
        outer:
        for (Lexicon.Phrase p : phrases) {
            String[] w = p.words();
            if (j + w.length > t.size()) continue;
            for (int x = 0; x < w.length; x++) if (!t.get(j + x).lower().equals(w[x])) continue outer;
            return p;
        }
        return null;
    }

    private static boolean boundaryBefore(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    static boolean isYearValue(String raw) {
        if (raw.length() != 4 || raw.indexOf(',') >= 0 || raw.indexOf('.') >= 0) return false;
        int y = Integer.parseInt(raw);
        return y >= 1800 && y <= 2100;
    }

    static BigDecimal parse(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c != ',' && c != ' ' && !Tok.isSpaceSeparator(c)) digits.append(c);
        }
        return new BigDecimal(digits.toString());
    }

    // ---------------------------------------------------------------- vague quantifiers

    private Mention vague(List<Tok> t, int i) {
        if (!lx.vagueFirstWords.contains(t.get(i).lower())) return null;
        Lexicon.Phrase p = phraseAt(lx.vague, t, i);
        if (p == null) return null;
        int j = i + p.words().length;
        String head = p.words()[p.words().length - 1];
        Tok next = j < t.size() ? t.get(j) : null;
        if (head.equals("several") || head.equals("scores")) {
            if (head.equals("scores") && (next == null || !next.is("of"))) return null;
            if (head.equals("several") && !countedNounAhead(t, j)) return null;
        }
        if (i > 0 && (t.get(i - 1).isNum() || lx.numberWords.containsKey(t.get(i - 1).lower()))) return null;
        if (next != null && next.isWord() && lx.timeUnits.contains(next.lower())) return null;   // "several days"
        if (next != null && next.is("of") && j + 1 < t.size() && lx.timeUnits.contains(t.get(j + 1).lower())) return null;
        Mention m = new Mention(t.get(i).start(), t.get(j - 1).end(), i, j,
                new BigDecimal(p.fields()[0]));
        m.low = new BigDecimal(p.fields()[0]);
        m.high = new BigDecimal(p.fields()[1]);
        m.hedge = Hedge.VAGUE;
        m.vague = true;
        m.words = true;
        return m;
    }

    private boolean countedNounAhead(List<Tok> t, int j) {
        for (int x = j; x < Math.min(t.size(), j + 3); x++) {
            Tok w = t.get(x);
            if (!w.isWord()) return false;
            if (lx.countedNouns.contains(w.lower())) return true;
            if (lx.functionWords.contains(w.lower())) return false;
        }
        return false;
    }

    // ---------------------------------------------------------------- number words

    private Mention words(String text, List<Tok> t, int i) {
        Tok first = t.get(i);
        String fl = first.lower();
        int dash = fl.indexOf('-');
        if (!lx.numberWords.containsKey(dash < 0 ? fl : fl.substring(0, dash))
                && !fl.equals("a") && !fl.equals("an") && !fl.equals("half")) return null;
        long total = 0, current = 0;
        boolean any = false, leadingA = false, half = false;
        int j = i;
        int lastNumTok = -1;
        String tail = null;   // non-number remainder of a hyphenated token: "five-member"
        if ((first.is("a") || first.is("an")) && i + 1 < t.size() && isScale(t.get(i + 1).lower())) {
            leadingA = true;
            current = 1;
            j++;
        } else if (first.is("half") && i + 2 < t.size() && (t.get(i + 1).is("a") || t.get(i + 1).is("an"))
                && isScale(t.get(i + 2).lower())) {
            half = true;
            current = 1;
            j += 2;
        }
        while (j < t.size()) {
            Tok w = t.get(j);
            if (!w.isWord()) break;
            if (w.is("and") && lastNumTok >= 0 && j + 1 < t.size()) {
                long[] prevNw = lx.numberWords.get(t.get(lastNumTok).lower().replaceAll(".*-", ""));
                long[] nextNw = lx.numberWords.get(t.get(j + 1).lower().split("-")[0]);
                if (prevNw != null && prevNw[1] == 2 && nextNw != null && nextNw[1] < 2) { j++; continue; }
                break;
            }
            String[] parts = w.lower().split("-");
            int used = 0;
            boolean ok = true;
            long cur = current, tot = total;
            for (String part : parts) {
                long[] nw = lx.numberWords.get(part);
                if (nw == null) { ok = used > 0; break; }
                if (nw[1] < 2) {
                    cur += nw[0];
                } else if (nw[0] == 100 || nw[0] == 12) {
                    cur = Math.max(cur, 1) * nw[0];
                } else {
                    tot += Math.max(cur, 1) * nw[0];
                    cur = 0;
                }
                used++;
            }
            if (!ok || used == 0) break;
            if (used < parts.length) {
                // "twenty-first" is an ordinal; "five-member" keeps the number
                String rest = parts[used];
                if (isOrdinalWord(rest) || lx.fractions.contains(rest)) return null;   // "two-thirds"
                if (lx.timeUnits.contains(rest)) return null;
                tail = rest;
            }
            current = cur;
            total = tot;
            any = true;
            lastNumTok = j;
            j++;
            if (tail != null) break;
        }
        if (!any && first.is("half") && i + 1 < t.size() && (t.get(i + 1).is("of") || t.get(i + 1).is("the"))
                && !(i + 2 < t.size() && lx.timeUnits.contains(t.get(i + 2).lower()))
                && !shareOfFigure(t, i + 1)) {
            Mention h = new Mention(first.start(), first.end(), i, i + 1, new BigDecimal("0.5"));   // "half of the services"
            h.words = true;
            return h;
        }
        if (!any) return null;
        // "two thirds of the seats": a spaced fraction
        if (tail == null && lastNumTok + 1 < t.size() && lx.fractions.contains(t.get(lastNumTok + 1).lower())
                && !t.get(lastNumTok + 1).is("half")) return null;
        long value = total + current;
        BigDecimal v = BigDecimal.valueOf(value);
        if (half) v = v.divide(BigDecimal.valueOf(2));
        int endTok = lastNumTok + 1;
        Tok prev = i > 0 ? t.get(i - 1) : null;
        if (prev != null && prev.isWord() && lx.designators.contains(prev.lower())) return null;
        if (ageOf(t, i)) return null;
        // a lone "one" is a pronoun or an article far more often than a figure
        if (endTok - i == 1 && !leadingA && (first.is("one") || first.lower().startsWith("one-"))) {
            // "six in Guerrero and one in Oaxaca": the last item of a list of figures by place
            boolean listItem = prev != null && (prev.is("and") || prev.is(",")) && endTok + 1 < t.size()
                    && t.get(endTok).is("in") && t.get(endTok + 1).capitalized() && figureBefore(t, i - 1);
            if (!listItem && !lx.countedNouns.contains(nextWord(t, endTok)) && !lx.countedNouns.contains(nextWord(t, endTok + 1))) return null;
        }
        if (endTok - i == 1 && first.is("zero")) return null;
        // "the two sides", "both three", "these three men": a small number after a definite
        // determiner refers back to things already counted
        if (!leadingA && value <= 10 && prev != null && ANAPHORIC.contains(prev.lower())) return null;
        Mention m = new Mention(first.start(), t.get(endTok - 1).end(), i, endTok, v);
        m.words = true;
        if (tail == null && isTimeOrDuration(text, t, endTok, m.end)) return null;
        // "two and a half years"
        if (tail == null && endTok + 3 < t.size() && t.get(endTok).is("and") && (t.get(endTok + 1).is("a") || t.get(endTok + 1).is("an"))
                && (t.get(endTok + 2).is("half") || t.get(endTok + 2).is("quarter"))
                && lx.timeUnits.contains(t.get(endTok + 3).lower())) return null;
        if (tail == null && endTok < t.size() && t.get(endTok).is("-") && endTok + 1 < t.size()
                && lx.timeUnits.contains(t.get(endTok + 1).lower())) return null;
        return finishUnits(text, t, m, "", false);
    }

    /**
     * "a Boeing 737 Max 9", "the US outpost Tower 22", "two 737 Max 8 crashes": a number that goes on a
     * capitalised word in running text (the word before that is in lower case, or a number of the same
     * name) names a model or a place, unless a lower-case noun follows it ("told CNN 40 people died").
     */
    private boolean modelName(List<Tok> t, Tok k, Tok prev, Tok prev2, int j) {
        if (prev == null || !prev.isWord() || !prev.capitalized() || prev.end() < k.start() - 1 || prev2 == null) return false;
        String p = prev.text();
        if (p.endsWith("s") || p.endsWith("'s") || p.endsWith("’s")) return false;   // "the Democrats 213"
        if (lx.months.containsKey(prev.lower()) || lx.weekdays.containsKey(prev.lower())) return false;
        if (prev2.isNum()) return true;                                   // "737 Max 9"
        if (!prev2.isWord() || prev2.capitalized()) return false;         // a headline in title case: "Quake Kills 77"
        Tok next = j < t.size() ? t.get(j) : null;
        return next == null || !next.isWord() && !next.is("%") || next.capitalized() || lx.functionWords.contains(next.lower());
    }

    /**
     * "children under the age of five", "people ages 50 to 64", "those aged 65 and over": an age that
     * qualifies who is counted, not a count.
     */
    private static boolean ageOf(List<Tok> t, int i) {
        if (i >= 1 && (t.get(i - 1).is("ages") || t.get(i - 1).is("aged"))) return true;
        // the second age of a span: "ages 50 to 64"
        if (i >= 3 && (t.get(i - 1).is("to") || t.get(i - 1).is("and") || t.get(i - 1).is("-") || t.get(i - 1).is("–"))
                && t.get(i - 2).isNum() && (t.get(i - 3).is("ages") || t.get(i - 3).is("aged"))) return true;
        return i >= 2 && t.get(i - 1).is("of") && (t.get(i - 2).is("age") || t.get(i - 2).is("ages"));
    }

    /** "half of the 2.4 million people": a share of a figure stated with it. */
    private static boolean shareOfFigure(List<Tok> t, int j) {
        if (j < t.size() && t.get(j).is("of")) j++;
        if (j < t.size() && (t.get(j).is("the") || t.get(j).is("its") || t.get(j).is("their"))) j++;
        return j < t.size() && t.get(j).isNum();
    }

    /** A figure among the four tokens before k ("six in Guerrero and"). */
    private boolean figureBefore(List<Tok> t, int k) {
        for (int x = k - 1; x >= Math.max(0, k - 4); x--) {
            if (t.get(x).isNum() || lx.numberWords.containsKey(t.get(x).lower())) return true;
        }
        return false;
    }

    private static String nextWord(List<Tok> t, int j) {
        return j < t.size() ? t.get(j).lower() : "";
    }

    private boolean isScale(String lower) {
        long[] nw = lx.numberWords.get(lower);
        return nw != null && nw[1] == 2;
    }

    private static boolean isOrdinalWord(String w) {
        return w.endsWith("th") || w.equals("first") || w.equals("second") || w.equals("third");
    }
}
