package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facets {@link KeyFacet} reads around a figure: a distance keyed by the places it lies between (a region the event
 * lies in is no such place), and "more" counts beside a count before them.
 */
class KeyFacetRulesTest {

  @Test
  void aRegionNamedBeforeADistanceIsWhereTheEventIsNotAPoint() {
    // region-before-distance: "in Orland County, about 90 miles east of Valdor" is the fire's distance from Valdor, as
    // "the blaze 120 miles east of Valdor" is; a town before it is a point the distance runs to
    String text = "Wildfire spreads in the hills\n\nThe blaze burned near Lake Merrow in Orland County, about 90 miles east of"
        + " Valdor, officials said.\n\nThe fire 120 miles east of Valdor has burned 3,000 acres.\n\n"
        + "Smoke reached Brinton, about 40 miles north of Valdor.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 6, 25));
    assertThat(key(cs, "90").place()).contains("#valdor").doesNotContain("county");
    assertThat(key(cs, "90").place()).isEqualTo(key(cs, "120").place());
    assertThat(key(cs, "40").place()).contains("#brinton-valdor");
  }

  @Test
  void moreBeforeAPlaceOrAWayAreOthersThanTheCountBefore() {
    // others-more: "with dozens more on the way" are others than the 40 divers searching; "thousands more injured" is the injured
    String text = "Divers search flooded mine\n\nSome 40 divers searched the shafts on Monday with dozens more on the way.\n\n"
        + "The blast killed 12 people and injured hundreds more.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 6, 25));
    assertThat(key(cs, "40").place()).doesNotContain("#other");
    assertThat(key(cs, "dozens").place()).contains("#other");
    assertThat(key(cs, "hundreds").place()).doesNotContain("#other");
  }

  @Test
  void moreBeforeAPluralNounAreTheOnesAddedToACountBefore() {
    // others-more-noun: "12 more bodies" were added to the toll, another quantity than the 60 they bring it to
    String text = "Mudslide toll rises\n\nRescue crews pulled 12 more bodies from the mud on Tuesday, raising the death toll"
        + " to 60, officials said.\n\nTwo more nurses tested positive on Wednesday.\n";
    List<ExtractedClaim> cs = all(text, LocalDate.of(2016, 6, 25));
    assertThat(key(cs, "12").place()).contains("#other");
    assertThat(key(cs, "60").place()).doesNotContain("#other");
    assertThat(key(cs, "Two").place()).contains("#other");
  }
}
