package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Figures written in digits: "1,150", "2.5 million", "11.3bn", "1K", "$2", "72 km", "5%", "44C",
 * ranges written "50-95" and "1,000-for-1,000"; codes, ids, ordinals, times, dates, years,
 * designators and names are dropped ({@link NumberRule}).
 */
final class DigitFigures {

    private final Lexicon lx;
    private final NotFigures not;
    private final NumberRecognizer numbers;
    private final StreetAddresses addresses;
    private final ModelNumbers models;

    /** The last chars of the currencies' signs; whether a sign is empty (then any figure may have one). */
    private final String signEnds;
    private final boolean anySignEnd;

    DigitFigures(Lexicon lx, NotFigures not, NumberRecognizer numbers) {
        StringBuilder ends = new StringBuilder();
        boolean empty = false;
        for (Lexicon.Phrase c : lx.currencies) {
            if (c.text().isEmpty()) empty = true;
            else ends.append(c.text().charAt(c.text().length() - 1));
        }
        this.signEnds = ends.toString();
        this.anySignEnd = empty;
        this.lx = lx;
        this.not = not;
        this.numbers = numbers;
        this.addresses = new StreetAddresses(lx, not);
        this.models = new ModelNumbers(lx, not);
    }

    /**
     * The figure written in digits at token i, with its currency, scale, unit or range; null if it is
     * not a figure, with skip[0] the token to go on from.
     */
    Mention at(String text, List<Tok> t, int i, int[] skip) {
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
        int last = splitThousands(t, i) ? i + 2 : i;                        // "7, 956 wounded" (SPLIT_THOUSANDS)
        if (last > i) raw = raw + "," + t.get(last).text();
        String unit = "";
        int start = k.start();
        for (Lexicon.Phrase c : currencyBefore(text, k.start()) ? lx.currencies : List.<Lexicon.Phrase>of()) {
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
        BigDecimal v = NumberRecognizer.parse(raw);
        int end = t.get(last).end();
        int j = last + 1;
        boolean scaled = false;
        boolean glued = false;
        boolean unitScaled = false;
        BigDecimal scaleMul = BigDecimal.ONE;
        int denominator = last == i ? FigureFractions.fractionAfter(text, t, last) : -1;
        if (denominator >= 0) {                                            // "5 1/2 miles", "$14.62 1/2" (MIXED_FRACTION)
            v = FigureFractions.withFraction(raw, v, t, denominator);
            end = t.get(denominator).end();
            j = denominator + 1;
        }
        Tok nx = j < t.size() ? t.get(j) : null;
        if (nx != null && nx.start() == end) {
            if (nx.isWord()) {
                String w = nx.text();
                String wl = nx.lower();
                // a suffix as written first ("1M" is a million, "5m" five metres), else in lower case
                BigDecimal mul = lx.suffixes.get(w);
                boolean needsCurrency = mul != null ? lx.suffixNeedsCurrency.contains(w) : lx.suffixNeedsCurrency.contains(wl);
                if (mul == null) mul = lx.suffixes.get(wl);
                if (not.ordinalSuffixes.contains(wl)) { skip[0] = j + 1; return null; }
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
                    String u = numbers.singleUnit(wl);
                    if (u == null && !currency) {
                        u = GluedUnits.unit(numbers, t, j, wl);             // "30cm-wide", "the 30m shaft" (GLUED_UNIT)
                        glued = u != null;
                    }
                    if (u != null) {
                        unit = u;
                        end = nx.end();
                        j++;
                    } else {
                        skip[0] = j + 1;
                        return null;                                          // "82A", "3D", "10am"
                    }
                }
            } else if (nx.is("(") && sectionLetter(t, j)) {
                skip[0] = j + 3;
                return null;                                                  // "a 401(k) plan"
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
                        String first = WordSplits.HYPHEN_OR_APOSTROPHE.split(n2.lower())[0];
                        BigDecimal gluedScale = FigureFractions.gluedScale(lx, n2.lower());
                        if (gluedScale != null) {                                // "the 4.2-billion-euro fund"
                            v = v.multiply(gluedScale);
                            scaleMul = gluedScale;
                            scaled = true;
                            end = n2.start() + FigureFractions.firstPart(n2.lower()).length();
                            j += 2;
                            // unit-before-noun: "the estimated 4-million-barrel spill": the unit glued after the scale word
                            String gluedUnit = currency ? null : FigureFractions.unitAfterScale(numbers, n2.lower());
                            if (gluedUnit != null) {
                                unit = gluedUnit;
                                end = n2.start() + FigureFractions.scaleAndUnit(n2.lower()).length();
                            }
                        } else if (first.equals("for") && j + 3 < t.size() && t.get(j + 2).is("-") && t.get(j + 3).isNum()
                                && t.get(j + 3).start() == t.get(j + 2).end()) {
                            end = t.get(j + 3).end();                       // "1,000-for-1,000"
                            j += 4;
                        } else if (NotFigures.odds(t, j)) {
                            skip[0] = j + 2;
                            return null;                                      // "1-in-1,000-year": odds (NumberRule.ODDS)
                        } else if (lx.timeUnits.contains(first)) {
                            skip[0] = j + 2;
                            return null;                                      // "10-day", "5-year-old"
                        } else if (numbers.singleUnit(first) != null) {
                            unit = numbers.singleUnit(first);
                            end = n2.end();
                            j += 2;
                        }
                    } else if (n2.isNum()) {
                        BigDecimal v2 = NumberRecognizer.parse(n2.text());
                        boolean phone = j + 3 < t.size() && t.get(j + 2).start() == n2.end() && t.get(j + 2).is("-");
                        boolean years = NumberRecognizer.isYearValue(raw) && NumberRecognizer.isYearValue(n2.text());
                        // days of a month: "12-14 June", "March 4-6"
                        boolean days = v2.compareTo(BigDecimal.valueOf(31)) <= 0 && raw.indexOf(',') < 0 && raw.indexOf('.') < 0
                                && (prev != null && not.isMonthToken(prev) || not.monthBefore(t, i) || j + 2 < t.size() && not.isMonthToken(t.get(j + 2)));
                        if (phone || years || days || v.compareTo(v2) >= 0) {
                            skip[0] = j + 2;
                            return null;                                      // scores "3-1", years "2022-23"
                        }
                        // a scale word after both ends scales both: "1.5-2.5 billion euros", "$3-4 bn"
                        BigDecimal rangeScale = scaleWordAt(t, j + 2, currency);
                        Mention r = new Mention(start, rangeScale == null ? n2.end() : t.get(j + 2).end(), i,
                                rangeScale == null ? j + 2 : j + 3, rangeScale == null ? v : v.multiply(rangeScale));
                        r.high = rangeScale == null ? v2 : v2.multiply(rangeScale);
                        r.scale = rangeScale;
                        r.hedge = Hedge.RANGE;
                        r.rule = NumberRule.DIGIT_RANGE.id;
                        return numbers.finishUnits(text, t, r, unit, currency);
                    }
                }
            }
        }
        // a scale word after a hyphen a wire left hanging: "the 4.2- billion-euro fund"
        if (!scaled && FigureFractions.scaleAfterHangingHyphen(lx, t, j) >= 0) j++;
        // spaced scale word: "2.5 million", "3 dozen", and one a hyphen joins to the noun it counts: "a 1.3 million-person payroll"
        if (!scaled && j < t.size() && t.get(j).isWord()) {
            String sw = t.get(j).lower();
            int dash = sw.indexOf('-');
            long[] nw = lx.numberWords.get(dash > 0 ? sw.substring(0, dash) : sw);
            if (nw != null && nw[1] == 2 && (dash < 0 || lx.numberWords.get(sw.substring(dash + 1)) == null)) {
                v = v.multiply(BigDecimal.valueOf(nw[0]));
                scaleMul = BigDecimal.valueOf(nw[0]);
                scaled = true;
                end = dash > 0 ? t.get(j).start() + dash : t.get(j).end();
                j++;
                Mention range = dash > 0 ? null : scaledRange(t, i, j, start, v, scaleMul);
                if (range != null) return numbers.finishUnits(text, t, range, unit, currency);
            } else {
                BigDecimal mul = standingSuffix(sw, currency);   // "$5 bn"; "28.3 mln dlrs"
                if (mul != null) {
                    v = v.multiply(mul);
                    scaleMul = mul;
                    scaled = true;
                    end = t.get(j).end();
                    j++;
                } else if (!currency && (mul = lx.rateUnitScales.get(sw)) != null) {
                    // number.rate-unit-scale: "1,410 Mmcfd" is 1,410 million cubic feet a day; the unit's word stays after the
                    // figure, the rate keys/rates.txt reads
                    v = v.multiply(mul);
                    scaleMul = mul;
                    unitScaled = true;
                }
            }
        }
        if (!NumberRecognizer.manyTimes(t, j, v) && !RepeatedEvents.passiveTimes(lx, t, i, j) && !RepeatsInAPeriod.within(lx, t, j)
                && !HedgedMultipliers.at(t, i, j) && not.isTimeOrDuration(text, t, j, end)) { skip[0] = j + 1; return null; }
        boolean plainInt = !scaled && !unitScaled && !currency && unit.isEmpty() && raw.indexOf(',') < 0 && raw.indexOf('.') < 0 && denominator < 0;
        if (plainInt && (not.dayOfMonth(t, v.intValue(), prev, prev2, j) || not.dayRangeEnd(t, v.intValue(), i, j))) return null;
        if (plainInt && NumberRecognizer.isYearValue(raw) && not.year(t, prev, j)) return null;
        if (prev != null && prev.isWord() && lx.designators.contains(prev.lower())) return null;  // "Flight 17"
        if (plainInt && not.names.guardedDesignator(t, prev, j)) return null;               // "the 400,000 bpd Line 61"
        if (plainInt && not.names.designatedList(t, i)) return null;                        // "Locks 16, 17, 20"
        if (plainInt && models.names(t, i) != null) return null;                      // "its 737, 747 and 787 planes", "the 787 fleet"
        if (plainInt && not.names.nameEndingInNumber(t, i, prev, prev2, j)) return null;
        if (plainInt && not.names.modelName(t, k, prev, prev2, j)) return null;
        if (not.ages.ageOf(t, i) || plainInt && not.ages.ageStated(t, i, j)) return null;
        if (plainInt && not.ages.ageInApposition(t, v.intValue(), prev, prev2, i, j)) return null;
        if (plainInt && not.ages.ageOfPerson(t, i, j, v.longValue())) return null;   // "He was 91."
        if (plainInt && addresses.at(t, i, j)) return null;                          // "at 27 Birch Lane", "the 3100 block of"
        Mention m = new Mention(start, end, i, j, v);
        m.scale = scaleMul;
        m.rule = (glued ? NumberRule.GLUED_UNIT : unitScaled ? NumberRule.RATE_UNIT_SCALE : scaled ? NumberRule.SCALED_DIGITS : last > i ? NumberRule.SPLIT_THOUSANDS
                : denominator >= 0 ? NumberRule.MIXED_FRACTION : NumberRule.DIGITS).id;
        return numbers.finishUnits(text, t, m, unit, currency);
    }

    /**
     * {@link NumberRule#GLUED_TO_NAME}: a bracket glued to the number at {@code j} holding one to three letters, glued shut:
     * a section of a code that names a plan or a status ("a 401(k) account", "a 403(b) plan"), no figure.
     */
    private static boolean sectionLetter(List<Tok> t, int j) {
        if (j + 2 >= t.size()) return false;
        Tok in = t.get(j + 1), close = t.get(j + 2);
        return in.isWord() && in.start() == t.get(j).end() && in.text().length() <= 3 && close.is(")") && close.start() == in.end();
    }

    /**
     * The multiplier of a scale word at {@code j} that stands after a figure: a number word of scale ("million",
     * "dozen") or a suffix that may stand alone, or after a currency ("bn", "mln"); null when there is none.
     */
    private BigDecimal scaleWordAt(List<Tok> t, int j, boolean currency) {
        if (j >= t.size() || !t.get(j).isWord()) return null;
        String w = t.get(j).lower();
        long[] nw = lx.numberWords.get(w);
        return nw != null && nw[1] == 2 ? BigDecimal.valueOf(nw[0]) : standingSuffix(w, currency);
    }

    /** The multiplier of a scale suffix that stands apart from its figure: "28.3 mln dlrs", or "$5 bn" after a currency; null if none. */
    private BigDecimal standingSuffix(String w, boolean currency) {
        BigDecimal mul = lx.suffixes.get(w);
        return mul != null && (currency && w.length() > 1 || lx.suffixStandsAlone.contains(w)) ? mul : null;
    }

    /**
     * {@link NumberRule#DIGIT_RANGE} of scaled ends: "1.5 million-2 million people": the scale word at {@code j - 1}, then a
     * hyphen, digits and the same scale word, all glued but the last; null when the second end is not the greater.
     */
    private static Mention scaledRange(List<Tok> t, int i, int j, int start, BigDecimal low, BigDecimal scale) {
        if (j + 2 >= t.size()) return null;
        Tok dash = t.get(j), n2 = t.get(j + 1);
        if (!(dash.is("-") || dash.is("–")) || dash.start() != t.get(j - 1).end() || !n2.isNum() || n2.start() != dash.end()
                || !t.get(j + 2).lower().equals(t.get(j - 1).lower())) return null;
        BigDecimal high = NumberRecognizer.parse(n2.text()).multiply(scale);
        if (high.compareTo(low) <= 0) return null;
        Mention r = new Mention(start, t.get(j + 2).end(), i, j + 3, low);
        r.high = high;
        r.hedge = Hedge.RANGE;
        r.scale = scale;
        r.rule = NumberRule.DIGIT_RANGE.id;
        return r;
    }

    private static final java.util.regex.Pattern INITIALISM = java.util.regex.Pattern.compile("(\\p{Lu}\\.?){1,3}");

    /**
     * "7, 956 wounded", "about 13, 928 U.S. dollars": a number a wire broke after its comma, read as one where it
     * cannot be a list: one to three digits, a comma, one space, exactly three digits, then a unit or a word of
     * people-verbs.txt (past an initialism's letters and stops), and no figure, comma or month right before.
     */
    private boolean splitThousands(List<Tok> t, int i) {
        if (i + 3 >= t.size()) return false;
        Tok a = t.get(i), comma = t.get(i + 1), b = t.get(i + 2);
        if (!digits(a.text(), 1, 3) || !comma.is(",") || comma.start() != a.end()
                || !digits(b.text(), 3, 3) || b.start() != comma.end() + 1) return false;
        if (i > 0) {
            Tok p = t.get(i - 1);
            if (p.isNum() || p.is(",") || not.isMonthToken(p)) return false;
        }
        int j = i + 3;
        while (j + 1 < t.size() && (t.get(j).is(".") || t.get(j).isWord() && INITIALISM.matcher(t.get(j).text()).matches())) j++;
        if (j >= t.size() || !t.get(j).isWord()) return false;
        return lx.peopleVerbs.contains(t.get(j).lower()) || lx.unitIndex.at(t, j) != null;
    }

    /** Whether {@code s} is {@code min} to {@code max} ASCII digits. */
    private static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) return false;
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        return true;
    }

    /**
     * Whether a currency's sign may end right before {@code start} or a space before it: the char there is the last
     * of some sign (most figures follow a space and a word no sign ends with, and need not try each currency).
     */
    private boolean currencyBefore(String text, int start) {
        if (anySignEnd) return true;
        if (start < 1) return false;
        char c = text.charAt(start - 1);
        return signEnds.indexOf(c) >= 0 || c == ' ' && start >= 2 && signEnds.indexOf(text.charAt(start - 2)) >= 0;
    }

    private static boolean boundaryBefore(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }
}
