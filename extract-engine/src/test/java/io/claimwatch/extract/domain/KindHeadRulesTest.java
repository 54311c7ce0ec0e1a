package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.all;
import static io.claimwatch.extract.domain.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One count named by a broader and a narrower noun, or by a synonym, keys as one kind. */
class KindHeadRulesTest {

  private static final LocalDate PUB = LocalDate.of(2025, 5, 6);

  @Test
  void peopleByRoleArePeople() {
    // people-by-role (keys/kinds.txt): guests, lawmakers, crewmen are people, as "people" are in another report
    String text = "Fire at resort hotel\n\nA fire swept through a resort hotel on Sunday. Some 14 guests were taken"
        + " out by ladder, and nine lawmakers attending a retreat there left unharmed, the mayor said.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "14").kind()).isEqualTo("person");
    assertThat(key(cs, "nine").kind()).isEqualTo("person");
  }

  @Test
  void officersCountedBareArePolice() {
    // officers-are-police: "officers" alone are a police force's, as "police officers" are; an army's are soldiers
    String text = "Rally passes off quietly\n\nAbout 300 officers patrolled the square as the rally went ahead on"
        + " Saturday, while 40 army officers guarded the ministry, the city said.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "300").kind()).isEqualTo("police");
    assertThat(key(cs, "40").kind()).isEqualTo("soldier");
  }

  @Test
  void synonymsKeyAsOneKind() {
    // aircraft-nouns: jets are aircraft as planes are
    String text = "Carrier idles fleet\n\nThe carrier kept 23 jets on the ground on Monday, the airline said.\n";
    List<ExtractedClaim> cs = all(text, PUB);
    assertThat(key(cs, "23").kind()).isEqualTo("aircraft");
  }
}
