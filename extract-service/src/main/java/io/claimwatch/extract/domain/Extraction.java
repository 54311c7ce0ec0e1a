package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;

/** The claims of one text, the publication date used (given, detected, or null) and the engine version. */
public record Extraction(List<ExtractedClaim> claims, LocalDate publicationDate, String extractorVersion) {
    public Extraction {
        claims = List.copyOf(claims);
    }
}
