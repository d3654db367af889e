package dev.dialer.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallPlanTest {

  private final List<String> asked = new ArrayList<>();

  @Test
  void givenSomeAreaCodesCallableNow_whenChosen_theCallsShouldTakeThemInTurns() {
    Set<String> open = Set.of("+18085550100", "+19075550100", "+16715550100");

    CallPlan plan =
        CallPlan.choose(
            phone -> {
              asked.add(phone);
              return Optional.of(
                  open.contains(phone)
                      ? ComplianceAnswer.allowedNow()
                      : ComplianceAnswer.blocked("FEDERAL_WINDOW", "2026-11-22T13:00:00Z"));
            });

    assertThat(asked).hasSize(CallPlan.MAX_CHECKS).doesNotHaveDuplicates();
    assertThat(plan.checked()).isTrue();
    assertThat(plan.callableNow().stream().map(AreaCode::code))
        .containsExactly("907", "808", "671");
    assertThat(plan.calls()).hasSize(12);
    assertThat(plan.calls().stream().map(call -> call.area().code()))
        .containsExactly(
            "907", "808", "671", "907", "808", "671", "907", "808", "671", "907", "808", "671");
    assertThat(plan.describe()).contains("907, 808, 671");
  }

  @Test
  void givenNoAreaCodeCallableNow_whenChosen_itShouldUseTheDefaultSpread() {
    CallPlan plan =
        CallPlan.choose(phone -> Optional.of(ComplianceAnswer.blocked("FEDERAL_WINDOW", null)));

    assertThat(plan.callableNow()).isEmpty();
    assertThat(plan.calls()).isEqualTo(DemoCall.spread(AreaCode.POOL));
    assertThat(plan.describe()).contains("end deferred");
  }

  @Test
  void givenTheCheckIsUnavailable_whenChosen_itShouldStopAskingAndUseTheDefaultSpread() {
    CallPlan plan =
        CallPlan.choose(
            phone -> {
              asked.add(phone);
              return Optional.empty();
            });

    assertThat(asked).hasSize(1);
    assertThat(plan.checked()).isFalse();
    assertThat(plan.calls()).isEqualTo(DemoCall.spread(AreaCode.POOL));
    assertThat(plan.describe()).contains("unavailable");
  }
}
