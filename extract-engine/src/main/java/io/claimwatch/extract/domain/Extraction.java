package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The claims of one text, the publication date used (given, detected, or null), the engine version,
 * the event the article reports, and the sentences whose extraction failed (their claims are left
 * out; the other sentences' are kept).
 */
public record Extraction(List<ExtractedClaim> claims, LocalDate publicationDate, String extractorVersion, EventFrame frame,
                         List<Failure> failures) {
    public Extraction {
        claims = List.copyOf(claims);
        failures = List.copyOf(failures);
    }

    /**
     * A sentence the engine failed on: where it is in the text (UTF-16 offsets) and the error (a bug
     * of the engine's, to be logged with the article's id).
     */
    public record Failure(int start, int end, Throwable error) {}
}
