package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code claimant.section-label} and {@code claimant.acronym-spelled-out} ({@link ClaimantNames}): a factbox's label and
 * bullet are no part of the speaker's name; an initialism the article spells out in brackets is given with its name. Each on
 * a phrasing written for the test, not one of the eval texts.
 */
class ClaimantNamesRulesTest {

    @Test
    void aSectionLabelOrABulletIsNoPartOfTheName() {
        assertThat(ClaimantNames.withoutLabel("SHIPPING DELAYS The Harbor Ports Authority")).isEqualTo("The Harbor Ports Authority");
        assertThat(ClaimantNames.withoutLabel("UNION RIVALRY Ruiz")).isEqualTo("Ruiz");
        assertThat(ClaimantNames.withoutLabel("HARBOR NEWS * Ruiz")).isEqualTo("Ruiz");
        assertThat(ClaimantNames.withoutLabel("* Harbor officials")).isEqualTo("Harbor officials");
        // (not initialisms, a dateline's one word, a name in capitals alone)
        assertThat(ClaimantNames.withoutLabel("UN OCHA spokesman Tom Baxter")).isEqualTo("UN OCHA spokesman Tom Baxter");
        assertThat(ClaimantNames.withoutLabel("HPA spokeswoman Ana Ruiz")).isEqualTo("HPA spokeswoman Ana Ruiz");
        assertThat(ClaimantNames.withoutLabel("OSLO Harbor Foods Inc")).isEqualTo("OSLO Harbor Foods Inc");
        assertThat(ClaimantNames.withoutLabel("HARBOR FOODS")).isEqualTo("HARBOR FOODS");
        assertThat(claimants("The ships sailed on Monday.\n\nSHIPPING DELAYS The Harbor Ports Authority said 40 ships were delayed."))
                .containsExactly("The Harbor Ports Authority");
    }

    @Test
    void anInitialismSpelledOutInBracketsIsGivenWithItsName() {
        assertThat(claimants("The Harbor Ports Authority (HPA) reopened the port on Monday. The HPA said 40 ships were delayed."))
                .containsExactly("Harbor Ports Authority (HPA)");
        assertThat(claimants("The Office for the Safety of Harbors (OSH) opened an inquiry. The OSH said 12 cranes were unsafe."))
                .containsExactly("Office for the Safety of Harbors (OSH)");
        // (not spelled out, or spelled out by other initials: the words as they stand)
        assertThat(claimants("The HPA said 40 ships were delayed.")).containsExactly("The HPA");
        assertThat(claimants("The Harbor Authority (HPA) reopened the port. The HPA said 40 ships were delayed."))
                .containsExactly("The HPA");
    }

    @Test
    void anInitialismOfANameWrittenInFullIsGivenWithThatName() {
        // claimant.acronym-named-in-full: no brackets, the name written in full before (or after) the initialism
        assertThat(claimants("The Congressional Budget Office released its estimates on Monday. "
                + "The CBO also estimated that the pause will cost the government $20 billion."))
                .containsExactly("Congressional Budget Office (CBO)");
        // (brackets, where the article has them, give the name)
        assertThat(claimants("The Harbor Ports Authority (HPA) reopened the port on Monday. The HPA said 40 ships were delayed."))
                .containsExactly("Harbor Ports Authority (HPA)");
        // (a name of other initials leaves the words as they stand)
        assertThat(claimants("The Harbor Authority reopened the port. The HPA said 40 ships were delayed.")).containsExactly("The HPA");
    }
}
