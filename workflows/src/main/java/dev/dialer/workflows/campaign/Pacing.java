package dev.dialer.workflows.campaign;

/**
 * How fast a campaign dials. Dials are spaced a little wider than {@code 1/callsPerSecond} ({@link
 * #HEADROOM}): a second then holds {@code callsPerSecond} dials only if one of them is more than
 * {@code (1 - HEADROOM)} of a second late against a later one, which keeps network and scheduling
 * jitter from putting more than {@code callsPerSecond} dials into any one second.
 */
public record Pacing(double callsPerSecond, int maxConcurrentCalls) {

  public static final double HEADROOM = 0.97;
  public static final double MAX_CALLS_PER_SECOND = 100;
  public static final int MAX_CONCURRENT_CALLS = 10_000;

  /** The gap between two dials of the campaign, in microseconds. */
  public long dialIntervalMicros() {
    return intervalMicros(callsPerSecond);
  }

  public static long intervalMicros(double callsPerSecond) {
    return (long) Math.ceil(1_000_000.0 / (callsPerSecond * HEADROOM));
  }
}
