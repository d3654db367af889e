package dev.dialer.workflows.campaign;

/**
 * How fast a campaign dials. Dials are spaced a little wider than {@code 1/callsPerSecond} ({@link
 * #HEADROOM}), so that network jitter never puts more than {@code callsPerSecond} dials into one
 * second.
 */
public record Pacing(double callsPerSecond, int maxConcurrentCalls) {

  public static final double HEADROOM = 0.98;
  public static final double MAX_CALLS_PER_SECOND = 100;
  public static final int MAX_CONCURRENT_CALLS = 10_000;

  /** The gap between two dials of the campaign, in milliseconds. */
  public long dialIntervalMillis() {
    return intervalMillis(callsPerSecond);
  }

  public static long intervalMillis(double callsPerSecond) {
    return (long) Math.ceil(1000.0 / (callsPerSecond * HEADROOM));
  }
}
