package io.claimwatch.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void aKeyIsFoundByItsHashWithItsScopes() {
    ApiKeys keys = ApiKeys.parse(List.of("ci:" + ApiKeys.hash("s3cret") + ":read+write", "# a comment", ""));
    assertThat(keys.size()).isEqualTo(1);
    ApiKeys.Caller c = keys.find("s3cret").orElseThrow();
    assertThat(c.name()).isEqualTo("ci");
    assertThat(c.scopes()).isEqualTo(Set.of(Scope.READ, Scope.WRITE));
    assertThat(c.may(Scope.ADMIN)).isFalse();
    assertThat(keys.find("s3cret ")).isEmpty();
    assertThat(keys.find("")).isEmpty();
  }

  @Test
  void anEntryThatIsNoHashIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> ApiKeys.parse(List.of("ops:plain-key-by-mistake:admin")))
        .hasMessageNotContaining("plain-key-by-mistake");
  }

  @Test
  void anonymousCallersMayReadOnlyWhenAllowed() {
    assertThat(ApiKeys.Caller.anonymous(true).may(Scope.READ)).isTrue();
    assertThat(ApiKeys.Caller.anonymous(true).may(Scope.WRITE)).isFalse();
    assertThat(ApiKeys.Caller.anonymous(false).may(Scope.READ)).isFalse();
  }

  @Test
  void theScopeOfACallFollowsItsMethodAndPath() {
    assertThat(Scope.required("GET", "/v1/articles/-/claims")).isEqualTo(Scope.READ);
    assertThat(Scope.required("POST", "/v1/articles")).isEqualTo(Scope.WRITE);
    assertThat(Scope.required("POST", "/v1/articles:batchCreate")).isEqualTo(Scope.WRITE);
    assertThat(Scope.required("POST", "/v1/articles:reextract")).isEqualTo(Scope.ADMIN);
    assertThat(Scope.required("POST", "/v1/articles/ab%3Aretry")).isEqualTo(Scope.ADMIN);
    assertThat(Scope.required("GET", "/q/openapi")).isNull();
    assertThat(Scope.required("GET", "/")).isNull();
  }
}
