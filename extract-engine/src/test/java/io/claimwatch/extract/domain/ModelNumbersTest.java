package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** numbers.model-list, numbers.model-before-noun: bare model numbers before the noun they name the kind of. */
class ModelNumbersTest {

    private static List<String> values(String s) {
        return Fixtures.mentions(s).stream().map(m -> m.value.toPlainString()).toList();
    }

    @Test
    void aListOfModelNumbersBeforeAModelNounIsNoFigure() {
        // fresh-aq aq05 (Reuters, 2008)
        assertThat(values("A strike would bring Boeing's massive plants at Everett and Renton, Washington to a standstill, "
                + "halting production of its 737, 747, 767, 777 and 787 planes.")).isEmpty();
        assertThat(values("Airlines flying the 777 and 787 models were told to check 14 valves.")).containsExactly("14");
        assertThat(values("The carrier flies its A320, 737 and 787 jets on 12 routes.")).containsExactly("12");
    }

    @Test
    void aModelNumberBeforeASingularModelNounIsNoFigure() {
        // fresh-af af23 (RT, 2018)
        assertThat(values("It can lift a payload of nearly 64 metric tons (141,000 lb) - more than a fully laden 737 aircraft - into space."))
                .doesNotContain("737");
        // fresh-am am19 (Reuters, 2013)
        assertThat(values("Officials looking into a battery fire on a separate 787 jet said on Thursday they were far from done.")).isEmpty();
        assertThat(values("The airline grounded the 787 fleet after 3 battery fires.")).containsExactly("3");
        // fresh-al al08 (Reuters, 2010), fresh-c c11 (Guardian, 2024)
        assertThat(values("Airbus hoped to attract customers looking for aircraft even larger than Boeing's aging 747 jumbo.")).isEmpty();
        assertThat(values("It came after a cabin panel blowout on a brand-new 737 Max 9 jet in January.")).isEmpty();
    }

    @Test
    void countsOfPlanesStayFigures() {
        assertThat(values("The strike cost 737 jobs.")).containsExactly("737");
        assertThat(values("The airline grounded its 350 aircraft.")).containsExactly("350");
        assertThat(values("The carrier ordered 100 737s last year.")).containsExactly("100");
        assertThat(values("The directive will affect about 171 planes worldwide.")).containsExactly("171");
        assertThat(Fixtures.one("Deliveries rose to between 437 and 453 jets.").high.toPlainString()).isEqualTo("453");
        assertThat(values("Boeing delivered 462 and 477 jets in the two years.")).containsExactly("462", "477");
        assertThat(values("The airline has 187 aircraft.")).containsExactly("187");
        assertThat(values("A firm delivered 737 aircraft last year.")).containsExactly("737");
        assertThat(values("The maker built 787 jet engines.")).containsExactly("787");
        assertThat(values("Regulators grounded 171 Max 9 aircraft for several weeks.")).containsExactly("171");
        assertThat(values("There are 215 Boeing 737 Max 9 planes in service worldwide.")).containsExactly("215");
    }
}
