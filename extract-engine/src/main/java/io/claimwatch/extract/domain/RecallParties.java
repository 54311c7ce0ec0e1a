package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimwatch.extract.domain.NameRunWords.breaks;
import static io.claimwatch.extract.domain.NameRunWords.capitalised;
import static io.claimwatch.extract.domain.NameRunWords.clean;
import static io.claimwatch.extract.domain.NameRunWords.runStart;

/**
 * Rule "recall-party": the company that recalls is the party of a recall's counts, so that the recalls of two companies
 * of one season never share a group, while one company's recall told in several stories still does. The recaller is
 * the capitalised name before the recall word of the figure's sentence, over the words of
 * {@code lexicon/recall-agent-skips.txt} in its normal form (company-party-name, {@link CompanyNames}) ("Ford recalls more than 8 million vehicles", "Chrysler LLC says it would
 * recall more than 575,000 vehicles", "Ford completes a series of recalls affecting 14 million vehicles", "Toyota's
 * recall of 2 million cars": "ford", "chrysler", "toyota"), its first word that is no month or weekday
 * ({@code keys/not-place-names.txt}); a passive "recalled" ({@code lexicon/recall-passive-words.txt}) has none before
 * it. A sentence that speaks of a recall and names no recaller before its figure ("media believe 2 million may be
 * affected" where vehicles "would be recalled") is of the article's recall: the first recaller of its opening.
 */
final class RecallParties {

    private RecallParties() {}

    /** "recall", "recalls", "recalled", "recalling". */
    private static final Pattern RECALL = Pattern.compile("(?i)\\brecall(?:s|ed|ing)?\\b");
    /** How far into the article its recaller is looked for. */
    private static final int OPENING = 1500;
    /** Words at most walked back from a recall word. */
    private static final int WALK = 8;

    private static final Set<String> SKIPS = Lexicon.words("recall-agent-skips.txt");
    private static final Set<String> PASSIVE = Lexicon.words("recall-passive-words.txt");
    private static final ConceptLexicon NOT_NAMES = ConceptLexicon.load("/keys/not-place-names.txt");
    /** The first recaller of the article's opening, read once per article. */
    private static final PerArticle<String> OPENING_RECALLER = new PerArticle<>(RecallParties::opening);

    /** The recaller of the figure at {@code figureStart} in the sentence [sentenceStart, sentenceEnd), or "". */
    static String of(String text, int sentenceStart, int figureStart, int sentenceEnd) {
        if (sentenceStart >= sentenceEnd || !RECALL.matcher(text).region(sentenceStart, sentenceEnd).find()) return "";
        String own = "";
        Matcher m = RECALL.matcher(text).region(sentenceStart, Math.max(sentenceStart, figureStart));
        while (m.find()) {
            String a = agent(text, sentenceStart, m.start(), m.group());
            if (!a.isEmpty()) own = a;
        }
        return own.isEmpty() ? OPENING_RECALLER.of(text) : own;
    }

    /** The first recaller of the article's opening, or "". */
    private static String opening(String text) {
        Matcher m = RECALL.matcher(text).region(0, Math.min(text.length(), OPENING));
        while (m.find()) {
            String a = agent(text, sentenceStart(text, m.start()), m.start(), m.group());
            if (!a.isEmpty()) return a;
        }
        return "";
    }

    /** Where the sentence holding {@code at} starts: after the last ". " or line break before it. */
    private static int sentenceStart(String text, int at) {
        int from = Math.max(0, at - 400);
        int s = from;
        for (int i = at - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (c == ' ' && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '!' || text.charAt(i - 1) == '?'))) {
                s = i + 1;
                break;
            }
        }
        return s;
    }

    /** The recaller named before the recall word at {@code at} (no earlier than {@code from}), or "". */
    private static String agent(String text, int from, int at, String word) {
        String[] ws = text.substring(from, at).strip().split("\\s+");
        int i = ws.length - 1;
        if (word.equalsIgnoreCase("recalled") && i >= 0 && PASSIVE.contains(clean(ws[i]).toLowerCase(Locale.ROOT))) return "";
        int walked = 0;
        while (i >= 0 && walked < WALK && !ws[i].isEmpty() && !breaks(ws[i])
                && SKIPS.contains(clean(ws[i]).toLowerCase(Locale.ROOT))) {
            i--;
            walked++;
        }
        if (i < 0 || ws[i].isEmpty() || breaks(ws[i]) || !capitalised(ws[i])) return "";
        // "Toyota Motor Corp", "France's PSA Peugeot Citroen": the capitalised run, up to an owner's "'s" before it
        int first = runStart(ws, i);
        for (int k = first; k <= i; k++) {
            String w = clean(ws[k]);
            if (!w.isEmpty() && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) return CompanyNames.normal(text, w);
        }
        return "";
    }
}
