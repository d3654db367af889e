package dev.dialer.activities.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.compliance.CallingHours;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.DayHours;
import dev.dialer.workflows.compliance.Purpose;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The activity's request and decision survive Temporal's default converter unchanged. */
class CompliancePayloadsTest {

  private static final DataConverter CONVERTER = DefaultDataConverter.STANDARD_INSTANCE;

  @Test
  void theRequestAndTheDecisionRoundTrip() {
    ComplianceCheckRequest request =
        new ComplianceCheckRequest(
            "+13055551234",
            Instant.parse("2026-07-01T16:00:00Z"),
            "campaign-1",
            Purpose.DEBT_COLLECTION,
            new CallingHours(
                Map.of(DayOfWeek.MONDAY, new DayHours(LocalTime.of(9, 30), LocalTime.of(17, 0)))),
            null,
            "32501",
            null,
            "debt-1",
            3);
    assertThat(roundTrip(request, ComplianceCheckRequest.class)).isEqualTo(request);

    ComplianceDecision decision =
        Cases.ENGINE.decide(Cases.lawOnly("+18504331234", Instant.parse("2026-01-15T13:30:00Z")));
    assertThat(roundTrip(decision, ComplianceDecision.class)).isEqualTo(decision);
  }

  @Test
  void givenCallingHoursSavedBeforeDaysOffExisted_whenRead_itShouldHaveNoneAndNotSkipHolidays() {
    CallingHours now =
        new CallingHours(
            Map.of(DayOfWeek.MONDAY, new DayHours(LocalTime.of(9, 30), LocalTime.of(17, 0))),
            java.util.List.of(java.time.LocalDate.parse("2026-12-24")),
            true);
    assertThat(roundTrip(now, CallingHours.class)).isEqualTo(now);
    String json =
        CONVERTER.toPayload(new CallingHours(now.days())).orElseThrow().getData().toStringUtf8();
    String before = json.replaceAll(",?\"exclude(Dates|Holidays)\":(\\[\\]|null)", "");
    assertThat(before).doesNotContain("exclude");
    io.temporal.api.common.v1.Payload old =
        CONVERTER.toPayload(now).orElseThrow().toBuilder()
            .setData(com.google.protobuf.ByteString.copyFromUtf8(before))
            .build();
    CallingHours read = CONVERTER.fromPayload(old, CallingHours.class, CallingHours.class);
    assertThat(read.days()).isEqualTo(now.days());
    assertThat(read.excludeDates()).isEmpty();
    assertThat(read.skipsHolidays()).isFalse();
  }

  private static <T> T roundTrip(T value, Class<T> type) {
    return CONVERTER.fromPayload(CONVERTER.toPayload(value).orElseThrow(), type, type);
  }
}
