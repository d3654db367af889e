package dev.dialer.workflows.campaign;

/**
 * How fast a campaign dials. Dials are spaced a little wider than {@code 1/callsPerSecond} ({@link
 * #HEADROOM}): a second then holds {@code callsPerSecond} dials only if one of them is more than
 * {@code (1 - HEADROOM)} of a second late against a later one, which keeps network and scheduling
 * jitter from putting more than {@code callsPerSecond} dials into any one second.
 */
public record Pacing(double callsPerSecond, int maxConcurrentCalls) {

  public static final double HEADROOM = 0.97;

  /**
   * The fastest a campaign may ask for. 200/s, up from 100/s, once the parts that set one
   * campaign's pace no longer grow with it: a second's worth of contacts ({@code 0.97 × 200 = 194})
   * is one claim batch (the hopper locks up to 200 at a time) whose compliance facts load in a
   * handful of queries, its calls start through one activity and their ends are read from the
   * ledger in pages, and the dial pacer admits each dial in one statement. Beyond this, a claim's
   * payload of contacts (each with up to 50 custom parameters) would grow past what one activity
   * result should carry, and the account's own Twilio CPS is usually far lower anyway.
   */
  public static final double MAX_CALLS_PER_SECOND = 200;

  public static final int MAX_CONCURRENT_CALLS = 10_000;

  /** The gap between two dials of the campaign, in microseconds. */
  public long dialIntervalMicros() {
    return intervalMicros(callsPerSecond);
  }

  public static long intervalMicros(double callsPerSecond) {
    return (long) Math.ceil(1_000_000.0 / (callsPerSecond * HEADROOM));
  }
}
