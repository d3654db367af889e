package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.campaign.Pacing;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pacer against real PostgreSQL, with many callers at once as many workers would be. */
class DialPacerTest {

  private static DialStack db;
  private static JdbcClient jdbc;
  private static DialPacer pacer;

  @BeforeAll
  static void start() throws IOException {
    db = new DialStack();
    jdbc = db.jdbc;
    pacer = db.pacer;
  }

  @AfterAll
  static void stop() throws IOException {
    db.postgres.close();
  }

  @Test
  void concurrentDialsOfOneKeyAreSpacedAndNoSecondHoldsMoreThanTheRate() throws Exception {
    DialPacing pacing = new DialPacing("campaign:spaced", 20);
    long interval = Pacing.intervalMicros(20);

    List<Instant> slots = awaitAll(pacing, 45);

    List<Instant> sorted = slots.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(Duration.between(sorted.get(i - 1), sorted.get(i)).toNanos() / 1000)
          .isGreaterThanOrEqualTo(interval);
    }
    for (Instant from : sorted) {
      long inSecond =
          sorted.stream().filter(s -> !s.isBefore(from) && s.isBefore(from.plusSeconds(1))).count();
      assertThat(inSecond).isLessThanOrEqualTo(20);
    }
  }

  @Test
  void eachCallerSleepsUntilItsSlot() {
    DialPacing pacing = new DialPacing("campaign:sleeps", 10);
    pacer.awaitSlot(pacing);
    long started = System.nanoTime();

    pacer.awaitSlot(pacing);
    pacer.awaitSlot(pacing);

    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(tookMillis).isGreaterThanOrEqualTo(2 * Pacing.intervalMicros(10) / 1000 - 5);
  }

  @Test
  void aDialThatLeftSlowlyPushesTheNextSlotAFullIntervalOut() throws InterruptedException {
    DialPacing pacing = new DialPacing("campaign:late", 2);
    DialPacer.Taken first = pacer.awaitSlot(pacing);
    DialPacer.Send send = pacer.admit(pacing);
    Thread.sleep(DialPacer.SLOW_SEND.toMillis() * 2);
    long sentAt = System.nanoTime();

    pacer.sent(pacing, first, send);
    DialPacer.Taken second = pacer.awaitSlot(pacing);

    assertThat((second.dueNanos() - sentAt) / 1000)
        .isGreaterThanOrEqualTo(Pacing.intervalMicros(2) - 1000);
  }

  @Test
  void dialsLeavingTheirSlotsTogetherAreAdmittedSoThatNoSecondAtTheCarrierHoldsMoreThanTheRate()
      throws Exception {
    // The worst case of late dials: slots taken on time, then every send at once, each answered
    // 0-30 ms after it went.
    DialPacing pacing = new DialPacing("campaign:crowded", 10);
    DialPacer.Taken slot = pacer.awaitSlot(pacing);

    List<Long> ids =
        inParallel(
            25,
            () -> {
              DialPacer.Send send = pacer.admit(pacing);
              Thread.sleep(ThreadLocalRandom.current().nextInt(30));
              pacer.sent(pacing, slot, send);
              return send.id();
            });

    List<SendRow> sends = sends(ids);
    for (SendRow send : sends) {
      // A dial reaches the carrier between its admission and its answer: the ones that could
      // share a second with this one are those admitted before it and answered after a second
      // before it.
      long sharing =
          sends.stream()
              .filter(other -> !other.admitted().isAfter(send.admitted()))
              .filter(other -> other.answered().isAfter(send.admitted().minusSeconds(1)))
              .count();
      assertThat(sharing).as("dials that may share a second with %s", send).isLessThanOrEqualTo(10);
    }
    assertThat(Duration.between(sends.get(0).admitted(), sends.get(24).admitted()))
        .as("25 dials at 10 a second need two more seconds")
        .isGreaterThan(Duration.ofSeconds(2));
  }

  @Test
  void aDialNotYetAnsweredHoldsItsPlaceUntilItIsAndASecondMore() throws Exception {
    DialPacing pacing = new DialPacing("campaign:unanswered", 1);
    DialPacer.Taken slot = pacer.awaitSlot(pacing);
    DialPacer.Send first = pacer.admit(pacing);
    ExecutorService second = Executors.newSingleThreadExecutor();
    try {
      Future<DialPacer.Send> next = second.submit(() -> pacer.admit(pacing));
      Thread.sleep(1_300);
      assertThat(next).as("admitted while the first dial was unanswered").isNotDone();

      pacer.sent(pacing, slot, first);
      DialPacer.Send admitted = next.get(5, TimeUnit.SECONDS);

      Instant answered = sends(List.of(first.id())).get(0).answered();
      assertThat(admitted.at()).isAfterOrEqualTo(answered.plusSeconds(1));
    } finally {
      second.shutdownNow();
    }
  }

  @Test
  void theCarriersSecondHoldsTheRatesWholeCallsAndAtLeastOne() {
    assertThat(DialPacer.perSecond(20)).isEqualTo(20);
    assertThat(DialPacer.perSecond(2.5)).isEqualTo(2);
    assertThat(DialPacer.perSecond(0.2)).isEqualTo(1);
  }

  @Test
  void admittingAKeyThatNeverTookASlotIsRefused() {
    DialPacing pacing = new DialPacing("campaign:no-slot", 1);

    assertThatThrownBy(() -> pacer.admit(pacing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("campaign:no-slot");
  }

  /** How long the wait takes on a given machine is {@link DialPacerBenchmark}'s to measure. */
  @Test
  void twoKeysDoNotSlowEachOtherDown() {
    DialPacing slow = new DialPacing("campaign:slow", 1);
    pacer.awaitSlot(slow);
    pacer.reserve(slow);
    pacer.reserve(slow);

    DialPacing other = new DialPacing("campaign:other", 1);
    DialPacer.Slot first = pacer.reserve(other);
    DialPacer.Slot second = pacer.reserve(other);

    assertThat(first.delay()).as("the other key's first slot is due at once").isZero();
    assertThat(second.delay())
        .as("the other key's own pace, one interval at most")
        .isPositive()
        .isLessThanOrEqualTo(Duration.of(Pacing.intervalMicros(1), ChronoUnit.MICROS));
    assertThat(pacer.reserve(slow).delay()).isGreaterThan(Duration.ofSeconds(2));
  }

  private static List<Instant> awaitAll(DialPacing pacing, int callers) throws Exception {
    return inParallel(callers, () -> pacer.awaitSlot(pacing).at());
  }

  record SendRow(Instant admitted, Instant answered) {}

  /** The sends' rows, in the order they were admitted. */
  private static List<SendRow> sends(List<Long> ids) {
    return jdbc.sql(
            "SELECT admitted_at, answered_at FROM dial_send WHERE send_id IN (:ids)"
                + " ORDER BY admitted_at")
        .param("ids", ids)
        .query(
            (rs, row) ->
                new SendRow(
                    rs.getTimestamp("admitted_at").toInstant(),
                    rs.getTimestamp("answered_at").toInstant()))
        .list();
  }

  private static <T> List<T> inParallel(int callers, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Callable<T>> tasks = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        tasks.add(call);
      }
      List<T> results = new ArrayList<>();
      for (Future<T> result : pool.invokeAll(tasks)) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
