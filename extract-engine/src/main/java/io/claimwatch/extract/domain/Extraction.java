package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The claims of one text, the publication date used (given, detected, or null), the engine version
 * and the event the article reports.
 */
public record Extraction(List<ExtractedClaim> claims, LocalDate publicationDate, String extractorVersion, EventFrame frame) {
    public Extraction {
        claims = List.copyOf(claims);
    }
}
