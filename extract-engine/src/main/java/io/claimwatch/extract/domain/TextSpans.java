package io.claimwatch.extract.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where words a rule took stand in the text, for explanations (never on the extraction's own path). */
final class TextSpans {

    private TextSpans() {}

    /**
     * Where {@code words} (any whitespace between them) stand: in [from, to) nearest {@code near}, else
     * first in [to, onTo) (the pieces of a wrapped sentence), else last before {@code from} (a name a
     * later "he said" refers to); null when nowhere.
     */
    static int[] find(String text, String words, int from, int to, int near, int onTo) {
        StringBuilder p = new StringBuilder();
        for (String w : words.strip().split("\\s+")) p.append(p.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
        Matcher m = Pattern.compile(p.toString()).matcher(text);
        int[] best = null;
        for (m.region(from, to); m.find(); ) {
            if (best == null || Math.abs(m.start() - near) < Math.abs(best[0] - near)) best = new int[] {m.start(), m.end()};
        }
        if (best == null && m.region(to, Math.max(to, onTo)).find()) best = new int[] {m.start(), m.end()};
        if (best == null) {
            for (m.region(0, from); m.find(); ) best = new int[] {m.start(), m.end()};
        }
        return best;
    }
}
