package dev.dialer.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoRowTest {

  private static DemoRow row(String to, String disposition, String nextAllowedAt) {
    return new DemoRow(
        DemoCall.of(to),
        new ApiCall("c1", to, "not-dialed", disposition, null, nextAllowedAt, "reason"));
  }

  @ParameterizedTest
  @CsvSource({
    "+12125550100, COMPLETED, , true",
    "+12125550100, NO_ANSWER, , false",
    "+12125550107, BUSY, , true",
    "+12125550107, DEFERRED_WINDOW, 2026-11-22T13:00:00Z, true",
    "+12125550107, CAPPED, 2026-11-23T00:00:00Z, true",
    "+12125550107, BLOCKED_DNC, , true",
    "+12125550107, DEFERRED_WINDOW, , false",
    "+12125550107, CAPPED, , false",
    "+12125550107, , , false"
  })
  void givenHowACallEnded_whenJudged_itShouldBeOkOnlyAsScriptedOrRightlyNotDialed(
      String to, String disposition, String nextAllowedAt, boolean ok) {
    assertThat(row(to, disposition, nextAllowedAt).ok()).isEqualTo(ok);
  }

  @Test
  void givenADeferredAndABlockedCall_theyShouldBeNotDialedButOnlyTheDeferredWaiting() {
    DemoRow deferred = row("+12125550100", "DEFERRED_WINDOW", "2026-11-22T13:00:00Z");
    DemoRow blocked = row("+12125550100", "BLOCKED_DNC", null);

    assertThat(deferred.notDialed()).isTrue();
    assertThat(deferred.waiting()).isTrue();
    assertThat(blocked.notDialed()).isTrue();
    assertThat(blocked.waiting()).isFalse();
    assertThat(row("+12125550100", "DEFERRED_WINDOW", null).deferredWithoutTime()).isTrue();
  }
}
