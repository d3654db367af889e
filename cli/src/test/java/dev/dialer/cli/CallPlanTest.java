package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallPlanTest {

  private final List<String> asked = new ArrayList<>();

  @Test
  void givenSomeAreaCodesCallableNow_whenChosen_theContactsShouldGoOnlyThere() {
    Set<String> open = Set.of("+18085550100", "+19075550100", "+16715550100");

    CallPlan plan =
        CallPlan.choose(
            phone -> {
              asked.add(phone);
              return Optional.of(
                  open.contains(phone)
                      ? ComplianceAnswer.allowedNow()
                      : ComplianceAnswer.blocked("WINDOW", "2026-11-22T13:00:00Z"));
            });

    assertThat(asked).hasSize(CallPlan.MAX_CHECKS).doesNotHaveDuplicates();
    assertThat(plan.checked()).isTrue();
    assertThat(plan.areas().stream().map(AreaCode::code)).containsExactly("907", "808", "671");
    assertThat(plan.mayBeClosed(AreaCode.forNumber("+12125550100"))).isTrue();
    assertThat(plan.mayBeClosed(AreaCode.forNumber("+18085550100"))).isFalse();
    assertThat(plan.describe())
        .isEqualTo(
            "Callable now: area codes 907, 808, 671"
                + " (in America/Anchorage, Pacific/Honolulu, Pacific/Guam).");
  }

  @Test
  void givenNoAreaCodeCallableNow_whenChosen_itShouldUseThePoolAndSayTheContactsWillExpire() {
    CallPlan plan = CallPlan.choose(phone -> Optional.of(ComplianceAnswer.blocked("WINDOW", null)));

    assertThat(plan.callableNow()).isEmpty();
    assertThat(plan.areas()).isEqualTo(AreaCode.POOL);
    assertThat(plan.mayBeClosed(AreaCode.POOL.get(0))).isTrue();
    assertThat(plan.describe()).contains("end EXPIRED, not dialed");
  }

  @Test
  void givenTheCheckIsUnavailable_whenChosen_itShouldStopAskingAndKnowNoZoneOpen() {
    CallPlan plan =
        CallPlan.choose(
            phone -> {
              asked.add(phone);
              return Optional.empty();
            });

    assertThat(asked).hasSize(1);
    assertThat(plan.checked()).isFalse();
    assertThat(plan.areas()).isEqualTo(AreaCode.POOL);
    assertThat(plan.mayBeClosed(AreaCode.POOL.get(0))).isTrue();
    assertThat(plan.describe()).contains("unavailable");
  }
}
