package dev.dialer.workflows.campaign;

import java.time.Duration;

/**
 * When the ledger is asked about calls whose end signal never came, so that they do not hold their
 * slots forever: every {@link #SETTLE_EVERY} while dialing, and {@link #DRAIN_SETTLE_AFTER} into a
 * drain (canceled, or past the end time) and as often after.
 */
final class SettleSchedule {

  static final Duration SETTLE_EVERY = Duration.ofMinutes(15);

  /** A call younger than this is still dialing or talking, not lost. */
  static final Duration QUIET_FOR = Duration.ofMinutes(5);

  /** Calls asked to end, or past the end time, have this long to report before they are settled. */
  static final Duration DRAIN_SETTLE_AFTER = Duration.ofMinutes(10);

  private long lastSettleAtMillis;
  private long drainingSinceMillis = -1;

  SettleSchedule(long nowMillis) {
    lastSettleAtMillis = nowMillis;
  }

  /** The schedule a continued run takes over; one from an older run starts at {@code nowMillis}. */
  static SettleSchedule carried(CampaignCarryOver carried, long nowMillis) {
    SettleSchedule schedule =
        new SettleSchedule(
            carried.lastSettleAtMillis() == null ? nowMillis : carried.lastSettleAtMillis());
    if (carried.drainingSinceMillis() != null) {
      schedule.drainingSinceMillis = carried.drainingSinceMillis();
    }
    return schedule;
  }

  long lastSettleAtMillis() {
    return lastSettleAtMillis;
  }

  long drainingSinceMillis() {
    return drainingSinceMillis;
  }

  /**
   * @return true when the drain starts now
   */
  boolean draining(long nowMillis) {
    if (drainingSinceMillis >= 0) {
      return false;
    }
    drainingSinceMillis = nowMillis;
    return true;
  }

  /** The end time moved out again: the campaign dials on. */
  void notDraining() {
    drainingSinceMillis = -1;
  }

  long dueAtMillis() {
    return drainingSinceMillis < 0
        ? lastSettleAtMillis + SETTLE_EVERY.toMillis()
        : Math.max(drainingSinceMillis, lastSettleAtMillis) + DRAIN_SETTLE_AFTER.toMillis();
  }

  /**
   * Marks a settle at {@code nowMillis}.
   *
   * @return the start time at or before which a live call counts as quiet
   */
  long settling(long nowMillis) {
    lastSettleAtMillis = nowMillis;
    return nowMillis - QUIET_FOR.toMillis();
  }
}
