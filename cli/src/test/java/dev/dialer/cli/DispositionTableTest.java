package dev.dialer.cli;

import static dev.dialer.cli.ContactResultTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DispositionTableTest {

  @Test
  void givenContactsOfEveryOutcome_whenRendered_itShouldShowOneRowPerOutcomeInDigitOrder() {
    List<ContactResult> results =
        List.of(
            result("+13125550107", "EXHAUSTED", 3, "BUSY", null, false),
            result("+12125550100", "DONE", 1, "COMPLETED", null, false),
            result("+12125550101", "DONE", 1, "COMPLETED", null, false),
            result("+12125550104", "EXPIRED", 0, null, "deferred", true),
            result("+12125550105", "DONE", 1, "ANSWERING_MACHINE", null, false),
            result("+12125550106", "EXHAUSTED", 3, "NO_ANSWER", null, false),
            result("+12125550117", "EXHAUSTED", 2, "BUSY", null, false),
            result("+12125550108", "EXHAUSTED", 3, "FAILED", null, false),
            result("+12125550109", "DONE", 1, "HUNG_UP", null, false));

    assertThat(DispositionTable.render(results).lines())
        .containsExactly(
            "   digits   expected           contacts  final states        attempts   right",
            "✓  0, 1, 4  COMPLETED          3         DONE 2 · EXPIRED 1  1×2 · 0×1  3/3",
            "✓  5        ANSWERING_MACHINE  1         DONE 1              1 each     1/1",
            "✓  6        NO_ANSWER          1         EXHAUSTED 1         3 each     1/1",
            "✗  7        BUSY               2         EXHAUSTED 2         3×1 · 2×1  1/2",
            "✓  8        FAILED             1         EXHAUSTED 1         3 each     1/1",
            "✓  9        HUNG_UP            1         DONE 1              1 each     1/1");
  }

  @Test
  void givenARunOfDigits_theyShouldShowAsARange() {
    List<ContactResult> group =
        List.of(
            result("+12125550100", "DONE", 1, "COMPLETED", null, false),
            result("+12125550101", "DONE", 1, "COMPLETED", null, false),
            result("+12125550102", "DONE", 1, "COMPLETED", null, false),
            result("+12125550103", "DONE", 1, "COMPLETED", null, false),
            result("+12125550114", "DONE", 1, "COMPLETED", null, false));

    assertThat(DispositionTable.digits(group)).isEqualTo("0–4");
  }
}
