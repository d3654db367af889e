package dev.dialer.workflows.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.Disposition;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Temporal refuses payloads over 2 MB. A cancel of a campaign at its largest (every one of {@link
 * Pacing#MAX_CONCURRENT_CALLS} calls in flight) brings that many ends and settles at once, and the
 * continue-as-new that follows carries every call still in flight.
 */
class CampaignPayloadSizeTest {

  private static final long LIMIT = 2L * 1024 * 1024;
  private static final DataConverter JSON = DefaultDataConverter.newDefaultInstance();
  private static final String CAMPAIGN = UUID.randomUUID().toString();
  private static final Instant AT = Instant.parse("2026-11-18T18:00:00Z");
  private static final CampaignSettings SETTINGS =
      CampaignTesting.settings(new Pacing(100, Pacing.MAX_CONCURRENT_CALLS));

  @Test
  void givenEveryCallOfTheLargestCampaignEndingAtOnce_eachRecordResultsShouldStayFarBelow2Mb() {
    List<CallEnded> ends = new ArrayList<>();
    for (long contact = 1; contact <= Pacing.MAX_CONCURRENT_CALLS; contact++) {
      ends.add(end(contact));
    }
    assertThat(size(new RecordResults(CAMPAIGN, AT, SETTINGS, ends)))
        .as("all ends in one payload")
        .isGreaterThan(LIMIT);

    List<List<CallEnded>> parts = PayloadParts.of(ends, PayloadParts.ENDS_PER_PART);

    assertThat(parts.stream().mapToInt(List::size).sum()).isEqualTo(ends.size());
    assertThat(parts)
        .allSatisfy(
            part ->
                assertThat(size(new RecordResults(CAMPAIGN, AT, SETTINGS, part)))
                    .isLessThan(LIMIT / 4));
    assertThat(
            PayloadParts.of(ends, PayloadParts.CALLS_PER_SETTLE).stream()
                .map(part -> size(new SettledCalls(part))))
        .allSatisfy(bytes -> assertThat(bytes).isLessThan(LIMIT / 4));
  }

  @Test
  void givenTheLargestCampaignInFlight_theContinueAsNewInputShouldStayFarBelow2Mb() {
    Map<String, Long> inFlight = new LinkedHashMap<>();
    List<Long> since = new ArrayList<>();
    for (long contact = 1; contact <= Pacing.MAX_CONCURRENT_CALLS; contact++) {
      inFlight.put(CampaignCallIds.of(CAMPAIGN, contact, 20), contact);
      since.add(AT.toEpochMilli() + contact);
    }
    CampaignCarryOver carried =
        new CampaignCarryOver(
            CampaignStatus.RUNNING,
            true,
            inFlight,
            List.of(),
            3.5,
            AT.toEpochMilli(),
            1_000_000,
            true,
            since,
            AT.toEpochMilli(),
            AT.toEpochMilli());

    assertThat(size(new CampaignRun(CAMPAIGN, "December reminders", SETTINGS, carried)))
        .isLessThan(LIMIT / 2);
  }

  private static CallEnded end(long contact) {
    String callId = CampaignCallIds.of(CAMPAIGN, contact, 20);
    return new CallEnded(
        callId,
        contact,
        new CallResult(
            callId,
            "CA" + UUID.randomUUID().toString().replace("-", ""),
            Disposition.CANCELED,
            "canceled",
            1234,
            "machine_end_beep",
            21211,
            AT.plus(Duration.ofDays(1)),
            "frequency cap: 3 calls in 24 hours in FL; calling hours 08:00-20:00 America/New_York"));
  }

  private static long size(Object value) {
    return JSON.toPayload(value).orElseThrow().getSerializedSize();
  }
}
