package io.claimwatch.extract.domain;

import java.util.List;

/**
 * claimant.dateline-not-subject: a dateline that opens a sentence ("HARBOR CITY (Wire) - Port police said 40 ...",
 * "LEDMORE, Ore., May 3 - Rescuers said ...") is where and by whom the story was filed, never part of the subject after
 * it: the subject of a reporting verb stops at the dateline's dash ("Port police", "Rescuers"). Read by {@link SpeakerPhrase}.
 */
final class DatelineOpening {

    private DatelineOpening() {
    }

    /**
     * Whether the token at d is a dash ("-", "—", "–") that ends a dateline opening the sentence: before it, a word all in
     * capitals of two letters or more first, then only such words, capitalised abbreviations with their dot ("Ore."), commas,
     * numbers and month names; or capitalised words and a credit in brackets right before the dash ("Harbor City (Wire) -");
     * or a date alone, what the sentence splitter left of a dateline cut after a state's abbreviation ("May 3 -").
     */
    static boolean endsAt(List<Tok> t, int d, Lexicon lx) {
        if (d < 1 || d > 16 || !(t.get(d).is("-") || t.get(d).is("—") || t.get(d).is("–"))) return false;
        int e = d;
        boolean credit = false;
        if (t.get(d - 1).is(")")) {                        // "(Reuters)", "(AP)": the agency's credit
            int o = d - 2;
            while (o >= 0 && o > d - 7 && !t.get(o).is("(")) {
                if (!t.get(o).isWord() || !t.get(o).capitalized()) return false;
                o--;
            }
            if (o < 1 || !t.get(o).is("(")) return false;
            e = o;
            credit = true;
        }
        if (!capitals(t.get(0)) && !credit) return dateOnly(t, e, lx);
        for (int i = 0; i < e; i++) {
            Tok y = t.get(i);
            boolean ok = capitals(y) || y.is(",") || y.isNum()
                    || y.is(".") && i > 0 && t.get(i - 1).capitalized()
                    || y.capitalized() && (credit || lx.months.containsKey(y.lower()) || i + 1 < e && t.get(i + 1).is("."));
            if (!ok) return false;
        }
        return true;
    }

    /**
     * "May 3 - Rescuers said": the date of a dateline whose place the sentence splitter left in the sentence before (it cuts
     * after a state's abbreviation, "LEDMORE, Ore."): a month's name, numbers and commas, nothing else.
     */
    private static boolean dateOnly(List<Tok> t, int e, Lexicon lx) {
        boolean month = false;
        for (int i = 0; i < e; i++) {
            Tok y = t.get(i);
            if (y.capitalized() && lx.months.containsKey(y.lower())) month = true;
            else if (!y.isNum() && !y.is(",") && !y.is(".")) return false;
        }
        return month;
    }

    /** A word all in capitals of two letters or more ("CLEVELAND", "U.S."). */
    private static boolean capitals(Tok y) {
        if (!y.isWord() || y.text().length() < 2) return false;
        int letters = 0;
        for (char c : y.text().toCharArray()) {
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2 || y.text().length() >= 3 && letters >= 1;
    }
}
