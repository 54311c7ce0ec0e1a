package io.claimwatch.extract.domain;

/** Engines with a fault injected, for the edge's tests (the engine's own seam is package-private). */
public final class FaultyEngines {

    private FaultyEngines() {}

    /** An engine that fails on the sentence with index {@code sentence} (from 0). */
    public static ClaimExtractor failingOnSentence(int sentence) {
        return ClaimExtractor.withFault(i -> {
            if (i == sentence) throw new IllegalStateException("injected fault");
        });
    }
}
