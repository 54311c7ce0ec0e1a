package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link ModalityDetector}: the cues of lexicon/modality.txt found in a window, a projection's winning over an estimate's. */
class ModalityDetectorTest {

    private static final ModalityDetector MODALITY = new ModalityDetector(Lexicon.get());

    @Test
    void aProjectionCueWinsWhereverItStandsElseAnEstimateCue() {
        assertThat(MODALITY.of("The council said 40 homes were flooded")).isEqualTo(Modality.ASSERTED);
        assertThat(MODALITY.of("Some 40 homes may have been flooded")).isEqualTo(Modality.ESTIMATE);
        // an estimate's cue before the projection's, and after it: the projection either way
        assertThat(MODALITY.of("Reportedly the river could reach 6 metres")).isEqualTo(Modality.PROJECTION);
        assertThat(MODALITY.of("Prices are expected to rise 3%, reportedly")).isEqualTo(Modality.PROJECTION);
        // a cue's words must stand together, in order, between word boundaries
        assertThat(MODALITY.of("Talk of 40 homes; there is more")).isEqualTo(Modality.ASSERTED);
        assertThat(MODALITY.of("The WILL to build 40 homes")).isEqualTo(Modality.PROJECTION);
        assertThat(MODALITY.of("The willing built 40 homes")).isEqualTo(Modality.ASSERTED);
        assertThat(MODALITY.of("")).isEqualTo(Modality.ASSERTED);
    }
}
