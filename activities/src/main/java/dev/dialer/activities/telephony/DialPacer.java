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
 * Spaces the dials that share a key across every worker process, in two steps reckoned by the
 * database's clock, so the workers' clocks do not matter:
 *
 * <ol>
 *   <li>{@link #awaitSlot}: one statement takes the key's next free slot and moves it one interval
 *       on (a generic cell rate algorithm), then the caller sleeps until its slot. This sets the
 *       rate.
 *   <li>{@link #admit}, right before the request to the carrier, and {@link #sent} once the carrier
 *       has answered it: a dial goes only while fewer than {@link #perSecond} of the key's dials
 *       could still share a second with it at the carrier — those not answered yet, and those
 *       answered less than a second ago. A dial reaches the carrier between its admission and the
 *       answer, so no second there holds more than the rate, however late a dial leaves its slot (a
 *       slow ledger write, a busy CPU, a stalled request). On time, a rate's worth of dials spans
 *       {@code 1 / 0.97} s and this never holds one back.
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
   * How long a dial may stay unanswered before its admission stops counting: beyond the longest a
   * create request can take ({@link BaseUrlHttpClient#REQUEST_BOUND}), only for dials whose worker
   * died before it could record the answer. Short, because until then it blocks the key's second.
   */
  static final Duration UNANSWERED = BaseUrlHttpClient.REQUEST_BOUND.plusSeconds(5);

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
    return awaitSlot(pacing, DialWait.unbounded());
  }

  /**
   * As {@link #awaitSlot(DialPacing)}, heartbeating; a slot beyond the wait's deadline is given up
   * (the key's rate only drops by it) and the dial fails retryably.
   */
  Taken awaitSlot(DialPacing pacing, DialWait wait) {
    for (int attempt = 1; ; attempt++) {
      Slot slot = reserve(pacing);
      long due = System.nanoTime() + slot.delay().toNanos();
      wait.sleepUntil(due, "the dial slot of " + pacing.key());
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
   * The last step before the dial goes out: waits while {@link #perSecond} of the key's dials could
   * still share a second with this one at the carrier, then records it as sent. Pass the result to
   * {@link #sent} once the carrier has answered, whether it took the call or not. The key's row
   * exists: {@link #awaitSlot} made it.
   */
  public Send admit(DialPacing pacing) {
    return admit(pacing, DialWait.unbounded());
  }

  /**
   * As {@link #admit(DialPacing)}, heartbeating and within the wait's deadline: a dial held back by
   * sends that never got an answer (their worker died) fails retryably instead of outliving its
   * activity's timeout.
   */
  Send admit(DialPacing pacing, DialWait wait) {
    int limit = perSecond(pacing.callsPerSecond());
    while (true) {
      Admission admission = tryAdmit(pacing.key(), limit);
      if (admission.send() != null) {
        return admission.send();
      }
      log.debug(
          "dial of {} held {} µs to keep its second at the carrier under the rate",
          pacing.key(),
          admission.waitMicros());
      wait.sleepUntil(
          System.nanoTime() + admission.waitMicros() * 1000,
          "a place in the carrier's second of " + pacing.key());
    }
  }

  /**
   * Under the key's row lock, so that two dials cannot both take the last place in a second: one
   * statement (V20's {@code dial_admit}), so the lock is held inside the server only, not across
   * round trips that every other dial of the key would queue behind.
   */
  private Admission tryAdmit(String key, int limit) {
    Admission admission =
        jdbc.sql(
                """
                SELECT out_send_id, out_admitted_at, out_wait_micros, out_sharing
                  FROM dial_admit(:key, :limit, :unanswered)
                """)
            .param("key", key)
            .param("limit", limit)
            .param("unanswered", UNANSWERED.toNanos() / 1000)
            .query(
                (rs, row) -> {
                  long id = rs.getLong("out_send_id");
                  Send send =
                      rs.wasNull()
                          ? null
                          : new Send(id, rs.getTimestamp("out_admitted_at").toInstant());
                  return new Admission(
                      send, rs.getLong("out_wait_micros"), rs.getLong("out_sharing"));
                })
            .single();
    if (admission.sharing() < 0) {
      throw new IllegalStateException("no dial pacer row for " + key + "; take a slot first");
    }
    return admission;
  }

  /** The most dials of a key in one second at the carrier: the rate's whole calls, at least one. */
  static int perSecond(double callsPerSecond) {
    return Math.max(1, (int) Math.floor(callsPerSecond));
  }

  /**
   * Called once the carrier has answered the dial's request, or the request failed: records the
   * answer for {@link #admit}. A dial that left more than {@link #SLOW_SEND} after its slot (a cold
   * HTTP client, a stalled process) also moves the key's next free slot to a full interval after
   * now; dials that already hold a slot keep it.
   */
  public void sent(DialPacing pacing, Taken taken, Send send) {
    jdbc.sql("UPDATE dial_send SET answered_at = clock_timestamp() WHERE send_id = :id")
        .param("id", send.id())
        .update();
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

  /**
   * A dial admitted to the carrier.
   *
   * @param at when it was admitted, by the database's clock
   */
  public record Send(long id, Instant at) {}

  /**
   * Either the send admitted, or how long to wait before asking again.
   *
   * @param sharing the key's dials that could share a second with one sent now
   */
  private record Admission(Send send, long waitMicros, long sharing) {}
}
