package dev.dialer.cli;

import static dev.dialer.cli.ContactResultTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultSummaryTest {

  /** Sunday 04:00 in New York, 23:00 on Saturday in Honolulu. */
  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

  @Test
  void givenDeferredContacts_whenSummed_theyShouldBeListedByAreaCodeWithANote() {
    List<ContactResult> results =
        List.of(
            result("+12125550100", "EXPIRED", 0, null, "outside the calling window", true),
            result("+12125550111", "EXPIRED", 0, null, "outside the calling window", true),
            result("+12125550122", "EXPIRED", 0, null, "outside the calling window at 04:01", true),
            result("+18085550122", "EXPIRED", 0, "DEFERRED_WINDOW", null, true),
            result("+13125550105", "DONE", 1, "ANSWERING_MACHINE", null, false));

    assertThat(ResultSummary.render(results, NOW))
        .isEqualTo(
            "Not dialed, held back by compliance:\n"
                + "  212 (04:00 EST now)  3 contacts, the first: outside the calling window\n"
                + "  808 (23:00 HST now)  1 contact: EXPIRED, DEFERRED_WINDOW\n"
                + "\n"
                + "✓ all 5 contacts ended as expected: 1 as the sim scripts them,"
                + " 4 rightly not dialed by the compliance rules.\n");
  }

  @Test
  void givenManyWrongContacts_whenSummed_itShouldNameAtMostTwentyAndCountTheRest() {
    List<ContactResult> results = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      results.add(result("+1212555010" + (i % 10), "EXPIRED", 0, null, null, false));
    }

    List<String> lines = ResultSummary.render(results, NOW).lines().toList();

    assertThat(lines.get(0)).isEqualTo("✗ 25 of 25 contacts did not end as expected:");
    assertThat(lines).hasSize(1 + ResultSummary.MAX_LINES);
    assertThat(lines.get(1)).startsWith("  +12125550100: expected COMPLETED");
    assertThat(lines.get(ResultSummary.MAX_LINES)).isEqualTo("  … and 6 more (see the report)");
  }
}
