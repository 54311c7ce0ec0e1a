package io.claimwatch.extract.domain;

import java.util.List;

/**
 * Whether a figure counts the people of the report itself, read on the reporting verbs right around it: those told
 * (claimant.addressees-counted: "Ruiz told 40 delegates that ...", in the outlet's voice), a survey's respondents
 * (claimant.survey-agent, {@link SurveyAgents}), or the speakers themselves ("14 had predicted ...", "while eight said
 * ...": no source, or the survey that asked them, claimant.survey-frame).
 */
final class SpeakersCountedByFigure {

    /** The rule that read the figure so, and its claimant (null: the outlet's voice). */
    record Reading(ClaimantRule rule, String claimant) {}

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;
    private final String text;
    private final SpeakerPhrase speaker;

    SpeakersCountedByFigure(Lexicon lx, String text, SpeakerPhrase speaker) {
        this.lx = lx;
        this.text = text;
        this.speaker = speaker;
    }

    /** How the figure {@code m} of the sentence {@code t}, with its reporting verbs at {@code vs}, counts the report's people, or null. */
    Reading of(List<Tok> t, Mention m, List<Integer> vs) {
        // claimant.addressees-counted: a figure right after a verb whose object is the addressee counts those told
        // ("told more than 250 people": past a hedge)
        int h = ClaimantWords.hedgeStart(t, m.tokStart, lx);
        if (vs.contains(h - 1) && w.addresseeCountVerbs.contains(t.get(h - 1).lower())) return new Reading(ClaimantRule.ADDRESSEES_COUNTED, null);
        String asker = SurveyAgents.ofRespondents(text, t, m, vs);   // claimant.survey-agent
        if (asker != null) return new Reading(ClaimantRule.SURVEY_AGENT, asker);
        // "14 had predicted ...", "while eight said ...": the figure counts the speakers themselves
        int y = m.tokEnd;
        while (y < t.size() && t.get(y).isWord() && w.verbAdverbs.contains(t.get(y).lower())) y++;
        // (not a verb that reports with an evidential subject only: "three times the 410 recorded over the same period")
        if (y < t.size() && vs.contains(y) && y > m.tokStart
                && (lx.reportingVerbs.contains(t.get(y).lower()) || !lx.evidentialVerbs.contains(t.get(y).lower()))) {
            // ("In the Countryfile survey, 47% said ...": the survey that asked them)
            String frame = speaker.surveyFrame(t);
            return new Reading(frame != null ? ClaimantRule.SURVEY_FRAME : ClaimantRule.SPEAKERS_COUNTED, frame);
        }
        return null;
    }
}
