package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ClaimantRule#AUTHORITY_INQUIRY}: an authority that is investigating or has counted what the figure counts is its
 * source; a passive inquiry, an arrest and a subject that is no authority name none. Each on a phrasing written for the
 * test, not one of the eval texts.
 */
class ClaimantAuthorityRulesTest {

    @Test
    void anAuthorityInvestigatingTheFiguresIsTheirSource() {
        assertThat(claimants("Police in Ledmore are investigating 212 thefts and a total of 530 complaints after the festival."))
                .containsExactly("Police in Ledmore", "Police in Ledmore");
        assertThat(claimants("In Harbor County, state health officials are investigating 64 cases of the fever."))
                .containsExactly("state health officials");
        assertThat(claimants("Regional police have counted 17 break-ins since March.")).containsExactly("Regional police");
    }

    @Test
    void aPassiveInquiryAnArrestOrAnotherSubjectNamesNoSource() {
        assertThat(claimants("A total of 212 thefts are being investigated in the town.")).containsExactly((String) null);
        assertThat(claimants("Police have arrested a man over at least six fires in the park.")).containsExactly((String) null);
        assertThat(claimants("Volunteers are counting 300 birds on the lake this week.")).containsExactly((String) null);
        assertThat(claimants("Police are investigating a fire that destroyed 40 homes.")).containsExactly((String) null);
    }
}
