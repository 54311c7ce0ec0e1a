package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule "factbox-section-party": a factbox that lists companies one section each, every section opening with the
 * company's name in capitals and then again in prose ("COUNTRYWIDE FINANCIAL CORP Countrywide Financial Corp, the
 * largest U.S. mortgage lender, plans to cut 10,000 to 12,000 jobs", "BEAR STEARNS COS Bear Stearns, a Wall Street
 * investment bank said it will cut 240 subprime lending jobs"), tells each company's figures in its own section: a
 * figure with no party of its own takes as party the company whose heading it follows, in its normal form
 * (company-party-name, {@link CompanyNames}), so that seven lenders' job cuts no longer meet in one group. A heading is
 * a run of at least two all-capital words right followed by a capitalised word in small letters that repeats its
 * first word (or the first word's stem: "ACCREDITED HOME LENDERS HOLDING CO Accredit") and runs on as a name
 * ("Bear Stearns"), or after a heading with a legal suffix ("CORP"), so that an advice subhead ("CHECK YOUR CREDIT
 * SCORE Check your") heads nothing; an article is a list only
 * with two headings at least, so that one capital headline ("NEW YORK") parts nothing. The headings are read once
 * per article.
 */
final class ListedCompanies {

    private ListedCompanies() {}

    /** Two or more all-capital words (an "&" among them), then a capitalised word in small letters. */
    private static final Pattern HEADING = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}{2,}[\\p{Lu}'-]*)(?: (?:\\p{Lu}{2,}[\\p{Lu}'-]*|&))+ (\\p{Lu}\\p{Ll}+\\p{L}*)");
    /** The shortest stem two spellings of one name's first word share: "accredit" of "ACCREDITED" and "Accredit". */
    private static final int STEM = 4;

    /** The prose name runs on: a space, then a capitalised word. */
    private static final Pattern NAME_RUNS_ON = Pattern.compile(" \\p{Lu}");

    private record Heading(int start, String party) {}

    private static final PerArticle<List<Heading>> READ = new PerArticle<>(ListedCompanies::headings);

    /** The party of the section the figure at {@code figureStart} stands in, or "" outside a company list. */
    static String of(String text, int figureStart) {
        String party = "";
        for (Heading h : READ.of(text)) {
            if (h.start() >= figureStart) break;
            party = h.party();
        }
        return party;
    }

    /** Whether a capital word of the heading, before its prose word, is a legal suffix ("CORP", "INC"). */
    private static boolean suffixed(String heading) {
        String[] ws = heading.split(" ");
        for (int i = 1; i < ws.length - 1; i++) if (CompanyNames.isLegalSuffix(ws[i])) return true;
        return false;
    }

    private static List<Heading> headings(String text) {
        List<Heading> found = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String capital = m.group(1).toLowerCase(Locale.ROOT);
            String prose = m.group(2).toLowerCase(Locale.ROOT);
            if (prose.length() < STEM || !(capital.startsWith(prose) || prose.startsWith(capital))) continue;
            // a name, not a subhead: the prose runs on in capitals ("Bear Stearns") or the heading ends in a legal suffix
            // ("COUNTRYWIDE CORP"); "CHECK YOUR CREDIT SCORE Check your" heads advice, no company
            if (!NAME_RUNS_ON.matcher(text).region(m.end(), text.length()).lookingAt() && !suffixed(m.group())) continue;
            String party = CompanyNames.normal(text, m.group(2));
            if (!party.isEmpty()) found.add(new Heading(m.start(), party));
        }
        return found.size() >= 2 ? List.copyOf(found) : List.of();
    }
}
