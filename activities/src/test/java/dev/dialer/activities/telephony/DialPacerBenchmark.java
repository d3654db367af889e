package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.call.DialRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the pacer makes a dial wait when it should not wait at all: a key whose first slot is
 * due while another key is backed up, and a dial without pacing. {@code -Dbench.pacer=N} runs each
 * N times and prints BENCH lines; the bounds that used to be asserted in {@link DialPacerTest} and
 * {@link PacedDialTest} (500 ms, 1 s) are checked here, on a machine chosen to measure. Skipped in
 * the normal build ({@code bench/pacer-bench.sh}).
 */
@EnabledIfSystemProperty(named = "bench.pacer", matches = "\\d+")
class DialPacerBenchmark {

  private static final Duration OTHER_KEY_BOUND = Duration.ofMillis(500);
  private static final Duration UNPACED_BOUND = Duration.ofSeconds(1);

  @Test
  void measuresTheWaitsThatShouldBeNone() throws Exception {
    int runs = Integer.parseInt(System.getProperty("bench.pacer"));
    try (PacedDialFixture db = new PacedDialFixture()) {
      DialPacing slow = new DialPacing("campaign:backed-up", 1);
      db.pacer.awaitSlot(slow);
      for (int i = 0; i < 3; i++) {
        db.pacer.reserve(slow);
      }

      Duration otherKey =
          report(
              "first slot of another key",
              runs,
              () -> {
                DialPacing fresh = new DialPacing("campaign:" + UUID.randomUUID(), 1);
                long started = System.nanoTime();
                db.pacer.awaitSlot(fresh);
                return System.nanoTime() - started;
              });
      Duration unpaced =
          report(
              "unpaced dial",
              runs,
              () -> {
                long started = System.nanoTime();
                db.telephony.dial(
                    new DialRequest(UUID.randomUUID().toString(), "+12125550101", null, Map.of()));
                return System.nanoTime() - started;
              });

      assertThat(otherKey).isLessThan(OTHER_KEY_BOUND);
      assertThat(unpaced).isLessThan(UNPACED_BOUND);
    }
  }

  /** Prints median and worst of {@code runs} timings and returns the worst. */
  private static Duration report(String what, int runs, LongSupplier nanos) {
    List<Long> taken = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      taken.add(nanos.getAsLong());
    }
    taken.sort(null);
    Duration median = Duration.ofNanos(taken.get(taken.size() / 2));
    Duration worst = Duration.ofNanos(taken.get(taken.size() - 1));
    System.out.printf(
        "BENCH pacer %s: runs=%d median_ms=%.2f max_ms=%.2f%n",
        what, runs, median.toNanos() / 1e6, worst.toNanos() / 1e6);
    return worst;
  }
}
