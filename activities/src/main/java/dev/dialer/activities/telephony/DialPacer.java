package dev.dialer.activities.telephony;

import dev.dialer.workflows.call.DialPacing;
import dev.dialer.workflows.campaign.Pacing;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spaces the dials that share a key across every worker process (a generic cell rate algorithm):
 * one statement takes the key's next free slot and moves it one interval on. Slots and the wait are
 * reckoned by the database's clock, so the workers' clocks do not matter.
 */
@Component
public class DialPacer {

  private final JdbcClient jdbc;

  public DialPacer(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes the key's next slot and sleeps until it comes; returns the slot. */
  public Instant awaitSlot(DialPacing pacing) {
    Slot slot = reserve(pacing);
    if (!slot.delay().isZero()) {
      try {
        Thread.sleep(slot.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(
            "interrupted while waiting for the dial slot of " + pacing.key(), e);
      }
    }
    return slot.at();
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
    long interval = Pacing.intervalMillis(pacing.callsPerSecond());
    return jdbc.sql(
            """
            INSERT INTO dial_pacer AS p (pacer_key, next_slot_at)
            VALUES (:key, clock_timestamp() + :interval * interval '1 millisecond')
            ON CONFLICT (pacer_key) DO UPDATE
              SET next_slot_at = GREATEST(p.next_slot_at, clock_timestamp())
                                 + :interval * interval '1 millisecond'
            RETURNING next_slot_at - :interval * interval '1 millisecond' AS slot_at,
                      GREATEST(0, ceil(extract(epoch FROM next_slot_at
                                                 - :interval * interval '1 millisecond'
                                                 - clock_timestamp()) * 1000))::bigint
                        AS wait_millis
            """)
        .param("key", pacing.key())
        .param("interval", interval)
        .query(
            (rs, row) ->
                new Slot(
                    rs.getTimestamp("slot_at").toInstant(),
                    Duration.ofMillis(rs.getLong("wait_millis"))))
        .single();
  }

  /**
   * @param at the instant the dial may go, by the database's clock
   * @param delay how long from now until then
   */
  record Slot(Instant at, Duration delay) {}
}
