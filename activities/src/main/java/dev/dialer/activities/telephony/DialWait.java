package dev.dialer.activities.telephony;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;

/**
 * The waits of one dial try: each heartbeats, so that Temporal notices a dead worker within the
 * heartbeat timeout and delivers a cancellation (an end before the dial), and all of them together
 * end by a deadline well inside the activity's start-to-close timeout. A try that would wait past
 * it fails retryably instead: a try that outlives its timeout keeps running while its retry runs
 * too.
 */
final class DialWait {

  /** Error type of the retryable failure of a try whose waits would pass its deadline. */
  static final String TOO_LONG = "DialWaitTooLong";

  /** How long one try may wait for its slot and its admission together. */
  static final Duration BUDGET = Duration.ofSeconds(12);

  private static final long BEAT_NANOS = Duration.ofMillis(500).toNanos();

  private final ActivityExecutionContext context;
  private final long startNanos = System.nanoTime();
  private final long deadlineNanos;

  private DialWait(ActivityExecutionContext context, long deadlineNanos) {
    this.context = context;
    this.deadlineNanos = deadlineNanos;
  }

  /** The waits of the dial running on this thread: within an activity, they heartbeat. */
  static DialWait start(Duration budget) {
    return new DialWait(currentContext(), System.nanoTime() + budget.toNanos());
  }

  /** No deadline and no heartbeat: for callers outside any activity. */
  static DialWait unbounded() {
    return new DialWait(null, Long.MAX_VALUE);
  }

  /**
   * Now by the clock of the Temporal server the workflow's own check read: when this try started
   * there, plus the time it has run since. The compliance re-check asks about this instant, so it
   * judges the call by the same clock as the check before it (they differ on a test server that
   * starts at a chosen time); outside an activity, the wall clock.
   */
  Instant now() {
    if (context == null) {
      return Instant.now();
    }
    return Instant.ofEpochMilli(context.getInfo().getStartedTimestamp())
        .plusNanos(System.nanoTime() - startNanos);
  }

  /**
   * Tells Temporal this try is alive; throws {@code ActivityCanceledException} once the workflow
   * has canceled the dial, which is how an end before the dial stops it.
   */
  void beat() {
    if (context != null) {
      context.heartbeat(null);
    }
  }

  /** Whether a wait until then stays within the deadline. */
  boolean allows(long dueNanos) {
    return dueNanos - deadlineNanos <= 0;
  }

  /** Sleeps until {@code dueNanos}, heartbeating; fails retryably if that is past the deadline. */
  void sleepUntil(long dueNanos, String what) {
    if (!allows(dueNanos)) {
      throw tooLong(what);
    }
    long waitNanos;
    while ((waitNanos = dueNanos - System.nanoTime()) > 0) {
      beat();
      long step = Math.min(waitNanos, BEAT_NANOS);
      try {
        Thread.sleep(step / 1_000_000, (int) (step % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
    beat();
  }

  ApplicationFailure tooLong(String what) {
    return ApplicationFailure.newFailure(
        "the dial would wait past its deadline for " + what + "; a retry waits again", TOO_LONG);
  }

  private static ActivityExecutionContext currentContext() {
    try {
      return Activity.getExecutionContext();
    } catch (IllegalStateException | NullPointerException notInAnActivity) {
      return null;
    }
  }
}
