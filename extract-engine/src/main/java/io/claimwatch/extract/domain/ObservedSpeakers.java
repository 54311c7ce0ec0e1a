package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClauseMarks.insideQuote;
import static io.claimwatch.extract.domain.ClauseMarks.isQuote;

import java.util.List;

/**
 * The speakers that a sentence without figures names after its words, whom a later "he added" means: after a quotation
 * ("\"Tomorrow will be worse,\" said Ana Ruiz.") or after a comma ("Growth has stalled, said Ana Ruiz"). Read by
 * {@link Attribution#observe}.
 */
final class ObservedSpeakers {

    private final ReportingVerbs verbs;
    private final SpeakerPhrase speaker;

    ObservedSpeakers(ReportingVerbs verbs, SpeakerPhrase speaker) {
        this.verbs = verbs;
        this.speaker = speaker;
    }

    /**
     * "\"Tomorrow is expected to be a more intense burning day,\" said Bruce Mayer.": the speaker named
     * after a quotation without figures, whom a later "..., he added." means.
     */
    String quoteSpeaker(int idx, List<Tok> t) {
        for (int v : verbs.find(t)) {
            int q = v - 1;
            while (q > 0 && !isQuote(t.get(q)) && v - q <= 10) q--;
            if (q <= 0 || !isQuote(t.get(q)) || !(t.get(q - 1).is(",") || insideQuote(t, q))) continue;
            if (speaker.pronounSubject(t, v)) continue;       // "\"God saved us,\" he said": names no one new
            String s = speaker.afterQuote(idx, t, v, q);
            if (s != null) return s;
        }
        return null;
    }

    /** "Growth has stalled, said Ana Ruiz, chair of ...": a speaker named after a comma, without a quotation. */
    String invertedSpeaker(int idx, List<Tok> t) {
        for (int v : verbs.find(t)) {
            if (v < 2 || !t.get(v - 1).is(",") || v + 1 >= t.size() || !t.get(v + 1).isWord()) continue;
            String s = speaker.afterQuote(idx, t, v, v - 2);
            if (s != null) return s;
        }
        return null;
    }
}
