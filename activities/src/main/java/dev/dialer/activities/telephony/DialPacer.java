package dev.dialer.activities.telephony;

import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.campaign.Pacing;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spaces the dials that share a key across every worker process, in two steps reckoned by the
 * database's clock, so the workers' clocks do not matter:
 *
 * <ol>
 *   <li>{@link #awaitSlot}: one statement takes the key's next free slot and moves it one interval
 *       on (a generic cell rate algorithm), then the caller sleeps until its slot. This sets the
 *       rate.
 *   <li>{@link #admit}, right before the request to the carrier: the send is recorded among the
 *       key's latest sends, or waits while that would put more than the rate's worth of dials in
 *       one {@link #SEND_WINDOW}. This is the bound: a dial that left its slot late (a slow ledger
 *       write, a busy CPU) cannot land in the same second as the ones after it.
 * </ol>
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

  /**
   * The window {@link #admit} keeps to at most {@link #perWindow} sends: a second plus a margin for
   * what can still differ between sends on the way to the carrier (twilio-java, HTTP). With slots
   * {@code 1 / (0.97 × rate)} apart, a rate's worth of sends spans 1.031 s, so on time the window
   * never holds a dial back.
   */
  static final Duration SEND_WINDOW = Duration.ofMillis(1025);

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
   * The last step before the dial goes out: records its send time among the key's latest, waiting
   * first while {@link #perWindow} sends of the key already fall inside the last {@link
   * #SEND_WINDOW}. On time this passes at once. The key's row exists: {@link #awaitSlot} made it.
   *
   * @return the send time recorded, by the database's clock
   */
  public Instant admit(DialPacing pacing) {
    int limit = perWindow(pacing.callsPerSecond());
    long window = SEND_WINDOW.toNanos() / 1000;
    while (true) {
      Optional<Instant> admitted =
          jdbc.sql(
                  """
                  UPDATE dial_pacer
                     SET recent_sends = (ARRAY[clock_timestamp()] || recent_sends)[1:(:limit)]
                   WHERE pacer_key = :key
                     AND (cardinality(recent_sends) < :limit
                          OR recent_sends[:limit]
                             <= clock_timestamp() - :window * interval '1 microsecond')
                  RETURNING recent_sends[1] AS sent_at
                  """)
              .param("key", pacing.key())
              .param("limit", limit)
              .param("window", window)
              .query((rs, row) -> rs.getTimestamp("sent_at").toInstant())
              .optional();
      if (admitted.isPresent()) {
        return admitted.get();
      }
      long waitMicros =
          jdbc.sql(
                  """
                  SELECT GREATEST(1, ceil(extract(epoch FROM recent_sends[:limit]
                                                     + :window * interval '1 microsecond'
                                                     - clock_timestamp()) * 1000000))::bigint
                    FROM dial_pacer
                   WHERE pacer_key = :key
                  """)
              .param("key", pacing.key())
              .param("limit", limit)
              .param("window", window)
              .query(Long.class)
              .optional()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no dial pacer row for " + pacing.key() + "; take a slot first"));
      log.debug(
          "dial of {} held {} µs to keep its second under the rate", pacing.key(), waitMicros);
      sleepUntil(System.nanoTime() + waitMicros * 1000, pacing);
    }
  }

  /** The most sends of a key in one {@link #SEND_WINDOW}: the rate's whole calls, at least one. */
  static int perWindow(double callsPerSecond) {
    return Math.max(1, (int) Math.floor(callsPerSecond));
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
