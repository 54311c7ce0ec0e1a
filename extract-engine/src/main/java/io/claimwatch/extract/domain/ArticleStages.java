package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The stages that read the whole article (its event frame, the election's and the story's day, the passes that settle
 * the claims against one another), each run so that a failure in it costs the article that stage's reading, never its
 * claims: the failure is reported as one over the whole text ({@link Extraction.Failure} from 0 to the text's end; the
 * service logs it with the article's name and counts the extraction {@code outcome="error"}) and the stage's fallback is
 * used. A sentence's failure is handled where the sentences are read ({@link ClaimExtractor}); a spent time budget
 * ({@link Deadline.BudgetExceeded}) is never swallowed.
 */
final class ArticleStages {

    private ArticleStages() {
    }

    /** What {@code stage} gives, or {@code fallback} with the failure added to {@code failures}. */
    static <T> T or(Supplier<T> stage, T fallback, String text, List<Extraction.Failure> failures) {
        try {
            return stage.get();
        } catch (Deadline.BudgetExceeded e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(new Extraction.Failure(0, text.length(), e));
            return fallback;
        }
    }

    /**
     * The claims settled against one another and the article, one pass at a time; a pass that fails leaves the claims as
     * the passes before it left them.
     */
    static List<ExtractedClaim> settle(String text, SentenceTokens tokens, List<ExtractedClaim> claims, EventFrame frame, ClaimKeys keys,
                                       Lexicon lx, TimeResolver time, LocalDate pub, List<Extraction.Failure> failures) {
        List<Sentences.Sentence> ss = tokens.sentences();
        List<ExtractedClaim> parts = or(() -> PartScopes.othersOfAnotherFate(PartScopes.partsBeforeAnother(text,
                PartScopes.settle(Continuations.settle(text, ss, claims, frame), keys.sites(text)))), claims, text, failures);
        // bodies-as-toll; counted.part-of-set, -others-of-fate, -article-event, -event-antecedent
        List<ExtractedClaim> named = or(() -> ArticleEvents.named(text, tokens,
                OthersOfFate.named(text, ss, PartsOfSets.named(text, ss, BodyCounts.keyed(text, parts), lx)), frame, lx), parts, text, failures);
        // counted.list-label, claimant.list-source, dates.list-period
        List<ExtractedClaim> listed = or(() -> FactSheetLines.settle(text, ss, named, lx, time, pub), named, text, failures);
        // conversion-key, respectively-party
        return or(() -> Respectively.keyed(text, Conversions.keyed(text, listed, lx)), listed, text, failures);
    }
}
