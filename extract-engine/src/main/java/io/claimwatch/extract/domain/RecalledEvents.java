package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * frame.recalled-event: what a sentence brings in as the reason for the event it tells ("Rebels shelled the town on
 * Monday in retaliation for raids on their camps last week that killed nine fighters") is an earlier event: from the
 * word after a link of {@code lexicon/recalled-event-links.txt} to the end of its clause (a comma, a semicolon, a colon,
 * a dash or a parenthesis), its mentions of an event and its figures are of that event, not the article's
 * ({@link ArticleEvents}: no such mention is the lead's mention of the article's event; a toll there takes its mention).
 */
final class RecalledEvents {

    private static final List<String[]> LINKS = Lexicon.lines("recalled-event-links.txt").stream()
            .map(l -> l.toLowerCase(Locale.ROOT).split("\\s+")).toList();

    private RecalledEvents() {}

    /** The recalled spans of [from, to), each {start, end} in the text, in order. */
    static List<int[]> spans(String text, int from, int to) {
        List<Integer> starts = new ArrayList<>(), ends = new ArrayList<>();
        List<String> ws = new ArrayList<>();
        for (int a = LetterWords.next(text, from, to); a >= 0; ) {
            int e = LetterWords.end(text, a, to);
            starts.add(a);
            ends.add(e);
            ws.add(text.substring(a, e).toLowerCase(Locale.ROOT));
            a = LetterWords.next(text, e, to);
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            for (String[] link : LINKS) {
                if (i + link.length >= ws.size() || !matches(ws, i, link)) continue;
                int s = starts.get(i + link.length);
                out.add(new int[] {s, clauseEnd(text, s, to)});
                i += link.length - 1;
                break;
            }
        }
        return out;
    }

    /** Whether offset {@code at} lies in one of the spans. */
    static boolean within(List<int[]> spans, int at) {
        for (int[] s : spans) if (at >= s[0] && at < s[1]) return true;
        return false;
    }

    /** Whether offset {@code at} of [from, to) lies in a recalled span. */
    static boolean recalled(String text, int from, int to, int at) {
        return at >= from && at < to && within(spans(text, from, to), at);
    }

    private static boolean matches(List<String> ws, int i, String[] link) {
        for (int k = 0; k < link.length; k++) if (!ws.get(i + k).equals(link[k])) return false;
        return true;
    }

    /** The end of the clause from s: the first comma, semicolon, colon, dash or parenthesis, else {@code to}. */
    private static int clauseEnd(String text, int s, int to) {
        for (int i = s; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '—' || c == '–') return i;
        }
        return to;
    }
}
