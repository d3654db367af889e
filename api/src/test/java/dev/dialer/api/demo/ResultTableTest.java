package dev.dialer.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.Disposition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  /** Sunday 04:00 in New York, 23:00 on Saturday in Honolulu. */
  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

  private static DemoRow row(
      String callId, String to, String status, String disposition, Integer duration) {
    return new DemoRow(DemoCall.of(to), new ApiCall(callId, to, status, disposition, duration));
  }

  private static DemoRow notDialed(
      String callId, String to, String disposition, String nextAllowedAt, String reason) {
    return new DemoRow(
        DemoCall.of(to),
        new ApiCall(callId, to, "not-dialed", disposition, null, nextAllowedAt, reason));
  }

  @Test
  void givenCallsThatEndedAsScripted_whenRendered_everyRowShouldBeTickedAndTheSummaryCounted() {
    List<DemoRow> rows =
        List.of(
            row(
                "0b9e21c4-7f3a-4c55-9d0e-1f2a3b4c5d6e",
                "+12125550100",
                "completed",
                "COMPLETED",
                12),
            row("c2", "+13125550111", "completed", "COMPLETED", 9),
            row("c3", "+12065550166", "no-answer", "NO_ANSWER", null));

    String table = ResultTable.render(rows, NOW);

    assertThat(table.lines().limit(4))
        .containsExactly(
            "   call      to            local time  expected   result     took",
            "✓  0b9e21c4  +12125550100  04:00 EST   COMPLETED  COMPLETED  12s",
            "✓  c2        +13125550111  03:00 CST   COMPLETED  COMPLETED  9s",
            "✓  c3        +12065550166  01:00 PST   NO_ANSWER  NO_ANSWER  -");
    assertThat(table)
        .doesNotContain("Waiting for their calling window")
        .contains("Dispositions: COMPLETED 2 · NO_ANSWER 1")
        .contains("✓ all 3 calls ended as expected.");
  }

  @Test
  void givenDeferredAndBlockedCalls_whenRendered_theyShouldBeTickedAndListedWithTheirNextTime() {
    List<DemoRow> rows =
        List.of(
            row(
                "5d1c0a77-0000-4000-8000-000000000000",
                "+18085550100",
                "completed",
                "COMPLETED",
                7),
            notDialed(
                "e3f4a5b6-0000-4000-8000-000000000000",
                "+12125550177",
                "DEFERRED_WINDOW",
                "2026-11-22T13:00:00Z",
                "federal calling window 08:00-21:00 local: closed in America/New_York (04:00)"),
            notDialed(
                "77aa88bb-0000-4000-8000-000000000000",
                "+13125550111",
                "BLOCKED_DNC",
                null,
                "on the national do-not-call list"));

    String table = ResultTable.render(rows, NOW);

    assertThat(table.lines().limit(4))
        .containsExactly(
            "   call      to            local time  expected   result           took",
            "✓  5d1c0a77  +18085550100  23:00 HST   COMPLETED  COMPLETED        7s",
            "✓  e3f4a5b6  +12125550177  04:00 EST   BUSY       DEFERRED_WINDOW  not dialed",
            "✓  77aa88bb  +13125550111  03:00 CST   COMPLETED  BLOCKED_DNC      not dialed");
    assertThat(table)
        .contains(
            "Waiting for their calling window:\n"
                + "  e3f4a5b6  +12125550177  from Sun 08:00 EST (2026-11-22T13:00:00Z)"
                + " — federal calling window 08:00-21:00 local: closed…\n")
        .contains(
            "Never to be called (do-not-call):\n"
                + "  77aa88bb  +13125550111  on the national do-not-call list\n")
        .contains("Dispositions: BLOCKED_DNC 1 · COMPLETED 1 · DEFERRED_WINDOW 1")
        .contains("✓ all 3 calls ended as expected: 1 as the sim scripts them, 2 not dialed");
    assertThat(table.indexOf("Waiting for")).isLessThan(table.indexOf("Dispositions:"));
  }

  @Test
  void givenAWrongAndAnUnfinishedCall_whenRendered_theyShouldBeCrossedAndExplained() {
    List<DemoRow> rows =
        List.of(
            row("c1", "+14045550177", "no-answer", "NO_ANSWER", null),
            row("c2", "+12125550100", "in-progress", null, null),
            row("c3", "+15125550155", "completed", "ANSWERING_MACHINE", 3),
            notDialed("c4", "+12125550122", "DEFERRED_WINDOW", null, "window"));

    String table = ResultTable.render(rows, NOW);

    assertThat(table.lines().skip(1).limit(4).map(line -> line.substring(0, 1)))
        .containsExactly("✗", "✗", "✓", "✗");
    assertThat(table)
        .contains(
            "Dispositions: ANSWERING_MACHINE 1 · DEFERRED_WINDOW 1 · NO_ANSWER 1 · not finished 1")
        .contains("✗ 3 of 4 calls did not end as expected:")
        .contains("c1 to +14045550177: expected BUSY, got NO_ANSWER")
        .contains("c2 to +12125550100: expected COMPLETED, still in-progress at the timeout")
        .contains(
            "c4 to +12125550122: expected COMPLETED, got DEFERRED_WINDOW without a next time");
  }

  @Test
  void givenRowsInEveryState_whenCounted_progressShouldSplitThemByStage() {
    List<DemoRow> rows =
        List.of(
            row("c1", "+12125550100", "queued", null, null),
            row("c2", "+12125550101", "ringing", null, null),
            row("c3", "+12125550102", "in-progress", null, null),
            row("c4", "+12125550103", "in-progress", null, null),
            row("c5", "+12125550107", "busy", Disposition.BUSY.name(), null));

    assertThat(Progress.of(rows).line()).isEqualTo("placed 5 · ringing 1 · in progress 2 · done 1");
  }
}
