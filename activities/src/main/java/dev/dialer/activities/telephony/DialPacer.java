package dev.dialer.activities.telephony;

import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.campaign.Pacing;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spaces the dials that share a key across every worker process (a generic cell rate algorithm):
 * one statement takes the key's next free slot and moves it one interval on. Slots and the wait are
 * reckoned by the database's clock, so the workers' clocks do not matter.
 */
@Component
public class DialPacer {

  private static final Logger log = LoggerFactory.getLogger(DialPacer.class);

  /**
   * Lateness a dial may have and still use its slot; well inside the {@code 1 - HEADROOM} of a
   * second that {@link Pacing#HEADROOM} leaves for jitter after the wait.
   */
  static final Duration LATE = Duration.ofMillis(10);

  /**
   * How long after its slot a dial may take to leave (ledger mark, HTTP to Twilio) before the next
   * free slot is pushed back; a warm send takes a few milliseconds.
   */
  static final Duration SLOW_SEND = Duration.ofMillis(50);

  /** A dial gives up at most this many slots before it goes late rather than not at all. */
  private static final int MAX_SLOTS = 5;

  private final JdbcClient jdbc;

  public DialPacer(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Takes the key's next slot and sleeps until it comes; returns the slot. A caller that wakes more
   * than {@link #LATE} after its slot (a slow database answer, a busy CPU) gives the slot up and
   * takes another: sent late, its dial would crowd the next one into the same second.
   */
  public Taken awaitSlot(DialPacing pacing) {
    for (int attempt = 1; ; attempt++) {
      Slot slot = reserve(pacing);
      long due = System.nanoTime() + slot.delay().toNanos();
      sleepUntil(due, pacing);
      // Only oversleeping counts: the database round trip delays every dial alike, which moves
      // them all without crowding any two.
      long lateNanos = System.nanoTime() - due;
      if (lateNanos <= LATE.toNanos() || attempt == MAX_SLOTS) {
        return new Taken(slot.at(), due);
      }
      log.debug(
          "dial slot of {} missed by {} ms; taking the next", pacing.key(), lateNanos / 1_000_000);
    }
  }

  /**
   * Called once the dial has gone out. A dial that left more than {@link #SLOW_SEND} after its slot
   * (a cold HTTP client, a stalled process) reached the carrier late: the key's next free slot
   * moves to a full interval after now, so the dial that takes it cannot land in the same second.
   * Dials that already hold a slot keep it.
   */
  public void sent(DialPacing pacing, Taken taken) {
    if (System.nanoTime() - taken.dueNanos() <= SLOW_SEND.toNanos()) {
      return;
    }
    jdbc.sql(
            """
            UPDATE dial_pacer
               SET next_slot_at = GREATEST(next_slot_at,
                                           clock_timestamp() + :interval * interval '1 microsecond')
             WHERE pacer_key = :key
            """)
        .param("key", pacing.key())
        .param("interval", Pacing.intervalMicros(pacing.callsPerSecond()))
        .update();
  }

  private static void sleepUntil(long dueNanos, DialPacing pacing) {
    long waitNanos;
    while ((waitNanos = dueNanos - System.nanoTime()) > 0) {
      try {
        Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(
            "interrupted while waiting for the dial slot of " + pacing.key(), e);
      }
    }
  }

  /** Takes the key's next slot without waiting for it. */
  Slot reserve(DialPacing pacing) {
    if (!(pacing.callsPerSecond() > 0)) {
      throw new IllegalArgumentException(
          "dial pacing of "
              + pacing.key()
              + " needs callsPerSecond above 0; got "
              + pacing.callsPerSecond());
    }
    long interval = Pacing.intervalMicros(pacing.callsPerSecond());
    return jdbc.sql(
            """
            INSERT INTO dial_pacer AS p (pacer_key, next_slot_at)
            VALUES (:key, clock_timestamp() + :interval * interval '1 microsecond')
            ON CONFLICT (pacer_key) DO UPDATE
              SET next_slot_at = GREATEST(p.next_slot_at, clock_timestamp())
                                 + :interval * interval '1 microsecond'
            RETURNING next_slot_at - :interval * interval '1 microsecond' AS slot_at,
                      GREATEST(0, ceil(extract(epoch FROM next_slot_at
                                                 - :interval * interval '1 microsecond'
                                                 - clock_timestamp()) * 1000000))::bigint
                        AS wait_micros
            """)
        .param("key", pacing.key())
        .param("interval", interval)
        .query(
            (rs, row) ->
                new Slot(
                    rs.getTimestamp("slot_at").toInstant(),
                    Duration.of(rs.getLong("wait_micros"), ChronoUnit.MICROS)))
        .single();
  }

  /**
   * @param at the instant the dial may go, by the database's clock
   * @param delay how long from now until then
   */
  record Slot(Instant at, Duration delay) {}

  /**
   * A slot waited for.
   *
   * @param at the slot, by the database's clock
   * @param dueNanos the slot on this JVM's {@link System#nanoTime()}
   */
  public record Taken(Instant at, long dueNanos) {}
}
