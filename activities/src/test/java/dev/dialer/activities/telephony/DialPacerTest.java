package dev.dialer.activities.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.campaign.Pacing;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pacer against real PostgreSQL, with many callers at once as many workers would be. */
class DialPacerTest {

  private static EmbeddedPostgres postgres;
  private static DialPacer pacer;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    pacer = new DialPacer(JdbcClient.create(postgres.getPostgresDatabase()));
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
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
    Thread.sleep(DialPacer.SLOW_SEND.toMillis() * 2);
    long sentAt = System.nanoTime();

    pacer.sent(pacing, first);
    DialPacer.Taken second = pacer.awaitSlot(pacing);

    assertThat((second.dueNanos() - sentAt) / 1000)
        .isGreaterThanOrEqualTo(Pacing.intervalMicros(2) - 1000);
  }

  @Test
  void dialsLeavingTheirSlotsTogetherAreAdmittedAtMostTheRateInAnyWindow() throws Exception {
    // The worst case of late dials: slots taken on time, then every send at once.
    DialPacing pacing = new DialPacing("campaign:crowded", 10);
    pacer.awaitSlot(pacing);

    List<Instant> sends = inParallel(25, () -> pacer.admit(pacing));

    List<Instant> sorted = sends.stream().sorted().toList();
    assertThat(sorted).doesNotHaveDuplicates();
    for (Instant from : sorted) {
      long inWindow =
          sorted.stream()
              .filter(s -> !s.isBefore(from) && s.isBefore(from.plus(DialPacer.SEND_WINDOW)))
              .count();
      assertThat(inWindow).as("sends in the window from %s", from).isLessThanOrEqualTo(10);
    }
    assertThat(Duration.between(sorted.get(0), sorted.get(24)))
        .as("25 sends at 10 per window need two more windows")
        .isGreaterThanOrEqualTo(DialPacer.SEND_WINDOW.multipliedBy(2));
  }

  @Test
  void theWindowHoldsTheRatesWholeCallsAndAtLeastOne() {
    assertThat(DialPacer.perWindow(20)).isEqualTo(20);
    assertThat(DialPacer.perWindow(2.5)).isEqualTo(2);
    assertThat(DialPacer.perWindow(0.2)).isEqualTo(1);
  }

  @Test
  void admittingAKeyThatNeverTookASlotIsRefused() {
    DialPacing pacing = new DialPacing("campaign:no-slot", 1);

    assertThatThrownBy(() -> pacer.admit(pacing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("campaign:no-slot");
  }

  @Test
  void twoKeysDoNotSlowEachOtherDown() throws Exception {
    DialPacing slow = new DialPacing("campaign:slow", 1);
    pacer.awaitSlot(slow);
    pacer.reserve(slow);
    pacer.reserve(slow);

    DialPacing other = new DialPacing("campaign:other", 1);
    long started = System.nanoTime();
    pacer.awaitSlot(other);

    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500);
    assertThat(pacer.reserve(slow).delay()).isGreaterThan(Duration.ofSeconds(2));
  }

  private static List<Instant> awaitAll(DialPacing pacing, int callers) throws Exception {
    return inParallel(callers, () -> pacer.awaitSlot(pacing).at());
  }

  private static List<Instant> inParallel(int callers, Callable<Instant> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Callable<Instant>> tasks = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        tasks.add(call);
      }
      List<Instant> slots = new ArrayList<>();
      for (Future<Instant> slot : pool.invokeAll(tasks)) {
        slots.add(slot.get());
      }
      return slots;
    } finally {
      pool.shutdownNow();
    }
  }
}
