package dev.dialer.sim.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.sim.error.TwilioApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class CallListQueryTest {

  private static final Instant CREATED = Instant.parse("2024-03-10T23:59:30Z");

  @Test
  void givenQueuedCallWithoutStartTime_whenFilteringByStartTime_itIsNotListedAsTwilioDoes() {
    CallSnapshot queued = snapshot(null);

    assertThat(query("StartTime>", "2024-03-10").matches(queued)).isFalse();
    assertThat(query("StartTime", "2024-03-10").matches(queued)).isFalse();
    assertThat(query("To", "+14155550100").matches(queued)).isTrue();
  }

  @Test
  void givenStartTimeSet_whenFiltering_itUsesStartTimeNotDateCreated() {
    CallSnapshot dialed = snapshot(CREATED.plus(Duration.ofMinutes(1)));

    assertThat(query("StartTime", "2024-03-11").matches(dialed)).isTrue();
    assertThat(query("StartTime", "2024-03-10").matches(dialed)).isFalse();
  }

  @Test
  void givenUpperBounds_whenFiltering_lessThanExcludesTheDayAndLessOrEqualIncludesIt() {
    CallSnapshot call = snapshot(CREATED);

    assertThat(query("StartTime<", "2024-03-10").matches(call)).isFalse();
    assertThat(query("StartTime<=", "2024-03-10").matches(call)).isTrue();
    assertThat(query("StartTime<", "2024-03-10T23:59:31").matches(call)).isTrue();
    assertThat(query("StartTime<", "Sun, 10 Mar 2024 23:59:30 +0000").matches(call)).isFalse();
    assertThat(query("StartTime<=", "2024-03-10T23:59:30Z").matches(call)).isTrue();
  }

  @Test
  void givenEndTimeFilter_whenCallHasNotEnded_itIsExcluded() {
    assertThat(query("EndTime>", "2024-01-01").matches(snapshot(CREATED))).isFalse();
  }

  @Test
  void givenUnparseableDate_whenParsing_itRefusesNamingTheParameter() {
    assertThatThrownBy(() -> query("StartTime>", "yesterday"))
        .isInstanceOf(TwilioApiException.class)
        .hasMessageContaining("StartTime>");
  }

  private static CallListQuery query(String name, String value) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.add(name, value);
    return CallListQuery.parse(params);
  }

  private static CallSnapshot snapshot(Instant startTime) {
    CallRequest request =
        new CallRequest(
            "+14155550100",
            "+14155550000",
            null,
            "POST",
            "<Response/>",
            null,
            "POST",
            Set.of(),
            null,
            false,
            null,
            "POST",
            Duration.ofSeconds(60));
    return new CallSnapshot(
        "CA" + "1".repeat(32),
        "AC" + "1".repeat(32),
        request,
        Outcome.HUMAN,
        startTime == null ? CallStatus.QUEUED : CallStatus.RINGING,
        CREATED,
        CREATED,
        startTime,
        null,
        null,
        null,
        "<Response/>");
  }
}
