package dev.dialer.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.Disposition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  private static DemoRow row(
      String callId, String to, String status, String disposition, Integer duration) {
    return new DemoRow(
        new DemoCall(to, ExpectedDisposition.forNumber(to)),
        new ApiCall(callId, to, status, disposition, duration));
  }

  @Test
  void givenCallsThatEndedAsScripted_whenRendered_everyRowShouldBeTickedAndTheSummaryCounted() {
    List<DemoRow> rows =
        List.of(
            row("c1", "+12125550100", "completed", "COMPLETED", 12),
            row("c2", "+13125550111", "completed", "COMPLETED", 9),
            row("c3", "+12065550166", "no-answer", "NO_ANSWER", null));

    String table = ResultTable.render(rows);

    assertThat(table.lines().limit(4))
        .containsExactly(
            "   callId  to            expected   status     disposition  duration",
            "✓  c1      +12125550100  COMPLETED  completed  COMPLETED    12s",
            "✓  c2      +13125550111  COMPLETED  completed  COMPLETED    9s",
            "✓  c3      +12065550166  NO_ANSWER  no-answer  NO_ANSWER    -");
    assertThat(table)
        .contains("Dispositions: COMPLETED 2 · NO_ANSWER 1")
        .contains("✓ all 3 calls ended as expected.");
  }

  @Test
  void givenAWrongAndAnUnfinishedCall_whenRendered_theyShouldBeCrossedAndExplained() {
    List<DemoRow> rows =
        List.of(
            row("c1", "+14045550177", "no-answer", "NO_ANSWER", null),
            row("c2", "+12125550100", "in-progress", null, null),
            row("c3", "+15125550155", "completed", "ANSWERING_MACHINE", 3));

    String table = ResultTable.render(rows);

    assertThat(table.lines().skip(1).limit(3).map(line -> line.substring(0, 1)))
        .containsExactly("✗", "✗", "✓");
    assertThat(table)
        .contains("Dispositions: ANSWERING_MACHINE 1 · NO_ANSWER 1 · not finished 1")
        .contains("✗ 2 of 3 calls did not end as expected:")
        .contains("c1 to +14045550177: expected BUSY, got NO_ANSWER")
        .contains("c2 to +12125550100: expected COMPLETED, still in-progress at the timeout");
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
