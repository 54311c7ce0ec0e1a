package io.claimwatch.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodyBudgetTest {

  @Test
  void bodiesAreLetThroughUpToTheBudgetAndRefusedPastIt() {
    BodyBudget budget = new BodyBudget(30);
    BodyBudget.Reservation a = budget.tryReserve(10);
    BodyBudget.Reservation b = budget.tryReserve(20);
    assertThat(a).isNotNull();
    assertThat(b).isNotNull();
    assertThat(budget.inFlight()).isEqualTo(30);
    assertThat(budget.tryReserve(1)).as("past the budget").isNull();
    a.close();
    a.close(); // given back once only
    assertThat(budget.inFlight()).isEqualTo(20);
    assertThat(budget.tryReserve(10)).isNotNull();
  }

  @Test
  void oneRequestAloneIsLetThroughWhateverItsSize() {
    BodyBudget budget = new BodyBudget(30);
    BodyBudget.Reservation big = budget.tryReserve(100);
    assertThat(big).as("a body at the size limit must be sendable").isNotNull();
    assertThat(budget.tryReserve(1)).isNull();
    big.close();
    assertThat(budget.inFlight()).isZero();
    assertThat(budget.tryReserve(1)).isNotNull();
  }

  @Test
  void aBudgetMustBePositive() {
    assertThatThrownBy(() -> new BodyBudget(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
