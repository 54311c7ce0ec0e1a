package io.claimwatch.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimServiceTest {

  private final InMemoryClaimStore store = new InMemoryClaimStore();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ClaimService service = new ClaimService(store, new GroupAssigner(),
      Clock.fixed(Instant.parse("2025-05-26T10:00:00Z"), ZoneOffset.UTC), registry);

  static Claim claim(String quote, String low, String high, Hedge hedge) {
    return new Claim(null, "ignored", 0, quote, 0, quote.length(), low == null ? null : new BigDecimal(low),
        high == null ? null : new BigDecimal(high), hedge, "", "", "soldiers captured", null, null, null, null,
        Modality.ASSERTED, null, "test", null, null, null, TestKeys.of("soldiers captured"), null);
  }

  @Test
  void storingTheSameExtractionTwiceGivesTheSameNamesAndReplacesTheFirst() {
    List<Claim> first = service.replaceArticleClaims("articles/a1",
        List.of(claim("no fewer than 102", "102", null, Hedge.AT_LEAST), claim("971 captured", "971", "971", Hedge.EXACT)), "", "");
    List<Claim> second = service.replaceArticleClaims("articles/a1",
        List.of(claim("no fewer than 102", "102", null, Hedge.AT_LEAST), claim("971 captured", "971", "971", Hedge.EXACT)), "", "");

    assertThat(second).extracting(Claim::id).containsExactlyElementsOf(first.stream().map(Claim::id).toList());
    assertThat(second).extracting(Claim::articleId).containsOnly("a1");
    assertThat(second).extracting(Claim::ordinal).containsExactly(0, 1);
    assertThat(store.byArticle.get("a1")).hasSize(2);
    assertThat(registry.get("claims.writes").counter().count()).isEqualTo(4.0);
  }

  @Test
  void pagesThroughAllArticlesInOrderWithoutGapsOrRepeats() {
    for (String article : List.of("b", "a", "c")) {
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        claims.add(claim("claim " + i, Integer.toString(i + 1), Integer.toString(i + 1), Hedge.EXACT));
      }
      service.replaceArticleClaims("articles/" + article, claims, "", "");
    }
    List<String> seen = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      ClaimService.Page page = service.list("articles/-", 4, token, "");
      page.claims().forEach(c -> seen.add(c.articleId() + c.ordinal()));
      token = page.nextPageToken();
      pages++;
    } while (!token.isEmpty());
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactly("a0", "a1", "a2", "b0", "b1", "b2", "c0", "c1", "c2");
  }

  @Test
  void listsNewestPublicationFirstAcrossPagesWithUndatedLast() {
    for (String[] a : new String[][] {{"a", "2024-08-16"}, {"b", "2025-05-26"}, {"c", null}, {"d", "2025-01-16"}}) {
      Claim c = claim("q" + a[0], "1", "1", Hedge.EXACT);
      Claim dated = new Claim(null, "x", 0, c.quote(), 0, 2, c.low(), c.high(), Hedge.EXACT, "", "", "boats", null, null, null,
          null, Modality.ASSERTED, a[1], "t", null, null, "", null, null);
      service.replaceArticleClaims("articles/" + a[0], List.of(dated), "", "");
    }
    List<String> seen = new ArrayList<>();
    String token = "";
    do {
      ClaimService.Page page = service.list("articles/-", 1, token, "", "publication_date desc");
      page.claims().forEach(c -> seen.add(c.articleId()));
      token = page.nextPageToken();
    } while (!token.isEmpty());
    assertThat(seen).containsExactly("b", "d", "a", "c");
    assertThatThrownBy(() -> service.list("articles/-", 1, "", "", "quote asc"))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("INVALID_ORDER_BY"));
  }

  @Test
  void aPageTokenOnlyWorksForTheQueryThatIssuedIt() {
    service.replaceArticleClaims("articles/a", List.of(claim("one", "1", "1", Hedge.EXACT), claim("two", "2", "2", Hedge.EXACT)), "", "");
    String token = service.list("articles/-", 1, "", "").nextPageToken();
    assertThat(token).isNotEmpty();
    assertThatThrownBy(() -> service.list("articles/-", 1, token, "hedge=EXACT"))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("PAGE_TOKEN_MISMATCH"));
    assertThatThrownBy(() -> service.list("articles/-", 1, "garbage!", ""))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("INVALID_PAGE_TOKEN"));
  }

  @Test
  void pageSizeDefaultsCapsAndRefusesNegatives() {
    assertThatThrownBy(() -> service.list("articles/-", -1, "", ""))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("PAGE_SIZE_NEGATIVE"));
    List<Claim> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(claim("c" + i, "1", "1", Hedge.EXACT));
    }
    service.replaceArticleClaims("articles/x", many, "", "");
    assertThat(service.list("articles/x", 0, "", "").claims()).hasSize(ClaimService.DEFAULT_PAGE_SIZE);
  }

  @Test
  void refusesClaimsThatCannotBeTrue() {
    assertThatThrownBy(() -> service.replaceArticleClaims("articles/a", List.of(claim("q", "10", "5", Hedge.RANGE)), "", ""))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> {
          assertThat(e.reason()).isEqualTo("CLAIM_INTERVAL_INVERTED");
          assertThat(e.getMessage()).contains("claims[0]");
        });
    assertThatThrownBy(() -> service.replaceArticleClaims("articles/a", List.of(claim("q", null, null, Hedge.VAGUE)), "", ""))
        .hasMessageContaining("needs a low or a high bound");
    assertThatThrownBy(() -> service.replaceArticleClaims("article/a", List.of(), "", ""))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("ARTICLE_NAME_INVALID"));
  }

  @Test
  void anUnknownClaimIsNotFound() {
    assertThatThrownBy(() -> service.get("claims/0123456789abcdef"))
        .isInstanceOfSatisfying(DomainException.NotFound.class, e -> assertThat(e.reason()).isEqualTo("CLAIM_NOT_FOUND"));
  }
}
