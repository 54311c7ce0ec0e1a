package io.claimwatch.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageTokenTest {

  @Test
  void aTokenGivesBackItsPositionForItsOwnQueryOnly() {
    PageToken.Position p = new PageToken.Position("a-17", 3, "2025-05-25");
    String token = PageToken.encode(p, "articles/a-17|hedge=EXACT");
    assertThat(PageToken.decode(token, "articles/a-17|hedge=EXACT")).isEqualTo(p);
    assertThatThrownBy(() -> PageToken.decode(token, "articles/a-17|hedge=RANGE"))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("PAGE_TOKEN_MISMATCH"));
  }

  @Test
  void aGroupTokenGivesBackItsPosition() {
    PageToken.GroupPosition g = new PageToken.GroupPosition(Instant.parse("2025-05-25T10:15:30.123456789Z"), "g-9");
    assertThat(PageToken.decodeGroup(PageToken.encodeGroup(g))).isEqualTo(g);
    assertThat(PageToken.decodeGroup("")).isNull();
  }

  @Test
  void aTokenNotIssuedHereIsInvalidWhateverItHolds() {
    String claimsToken = PageToken.encode(new PageToken.Position("a", 1, ""), "q");
    String groupToken = PageToken.encodeGroup(new PageToken.GroupPosition(Instant.EPOCH, "g"));
    for (Runnable r : new Runnable[] {
        () -> PageToken.decode("not base64!", "q"),
        () -> PageToken.decode("aGVsbG8", "q"),                 // base64 of "hello": one line, not four
        () -> PageToken.decodeGroup(claimsToken),
        () -> PageToken.decodeGroup("not base64!"),
    }) {
      assertThatThrownBy(r::run)
          .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("INVALID_PAGE_TOKEN"));
    }
    // a group token read as a claims token belongs to no claims query
    assertThatThrownBy(() -> PageToken.decode(groupToken, "q")).isInstanceOf(DomainException.InvalidInput.class);
  }
}
