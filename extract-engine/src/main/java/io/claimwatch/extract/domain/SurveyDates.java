package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DatingRule#NAMED_SURVEY}: a survey named in one sentence with its date ("In July 1999 they asked 801 adults ...
 * for the Mail on Sunday") and its results told in a later one by the same name ("The Mail on Sunday survey found that 63%
 * supported a ban"): the results take that date. The name is the capitalised words (with "on", "of", "for" between)
 * right before a noun of an opinion survey (lexicon OPINION), a leading "The" aside; the sentence that dates it is one of
 * the three before, the nearest that names it, and its first date of no statement and no comparison.
 */
final class SurveyDates {

    /** "Mail on Sunday " before "survey": capitalised words, "on", "of", "for" between them, up to the survey's noun. */
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}[\\p{L}’']*(?:\\s+(?:(?:on|of|for)\\s+)?\\p{Lu}[\\p{L}’']*)*)\\s+$");

    private final TimeResolver time;
    private final TimeWords words;

    SurveyDates(TimeResolver time, TimeWords words) {
        this.time = time;
        this.words = words;
    }

    /** The dates of a figure of the sentence {@code idx}, up to its clause's end {@code ce}, that {@code d} leaves undated. */
    EventDates carried(Context c, List<Sentences.Sentence> ss, int idx, int ce, EventDates d) {
        if (d.start() != null || d.end() != null) return d;
        String name = surveyName(c.text, ss.get(idx).start(), ce);
        if (name == null) return d;
        for (int k = idx - 1; k >= Math.max(0, idx - 3); k--) {
            Sentences.Sentence b = ss.get(k);
            if (!c.text.substring(b.start(), b.end()).contains(name)) continue;
            for (Cand x : time.candidates(c, b.start(), b.end())) {
                if (x.statement() || x.compare()) continue;
                return x.kind() == TimeResolver.Kind.END ? d : EventDates.of(x).by(DatingRule.NAMED_SURVEY);
            }
            return d;
        }
        return d;
    }

    /** "The Mail on Sunday survey found": the survey's name ("Mail on Sunday"), or null when [from, to) names none. */
    private String surveyName(String text, int from, int to) {
        for (int a = LetterWords.next(text, from, to); a >= 0; ) {
            int e = LetterWords.end(text, a, to);
            if (words.opinion.contains(text.substring(a, e).toLowerCase(Locale.ROOT))) {
                Matcher m = NAME.matcher(text.substring(from, a));
                if (m.find()) {
                    String name = m.group(1).replaceFirst("^(?:The|A|An)(?:\\s+|$)", "");
                    if (name.length() > 2) return name;
                }
            }
            a = LetterWords.next(text, e, to);
        }
        return null;
    }
}
