package dev.dialer.workflows.call;

import java.time.Duration;

/** How long a call waits on Twilio before it asks, or acts, on its own. */
public final class CallTimings {

  /**
   * A live conversation sends no callbacks, so a quiet spell is normal; asking Twilio after this
   * long bounds how long a lost final callback keeps the call open.
   */
  public static final Duration RECONCILE_AFTER = Duration.ofMinutes(2);

  /** Twilio's default TimeLimit: a call still up after it is stuck, not talking. */
  public static final Duration MAX_CALL_DURATION = Duration.ofHours(4);

  /**
   * Async AMD reports a few seconds after the answer and may lose the race with the final status
   * callback of a short call.
   */
  public static final Duration AMD_GRACE = Duration.ofSeconds(10);

  /** Tries at telling the campaign a call ended, and the wait between two. */
  public static final int CAMPAIGN_SIGNAL_ATTEMPTS = 3;

  public static final Duration CAMPAIGN_SIGNAL_RETRY = Duration.ofSeconds(2);

  private CallTimings() {}
}
