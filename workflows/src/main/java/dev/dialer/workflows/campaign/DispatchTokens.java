package dev.dialer.workflows.campaign;

/**
 * The campaign's dial budget: a token bucket refilled from workflow time at {@link
 * Pacing#dialIntervalMicros()} (headroom included) that holds one second's worth. The dispatcher
 * claims at most once a second, so no one-second window gets more than {@code callsPerSecond}
 * dials, while a batch per second keeps the history small.
 */
final class DispatchTokens {

  /**
   * Rounding may leave a refill a hair below a whole token at the very millisecond the token is
   * due; it counts as whole, and the wait for it is computed alike.
   */
  private static final double ROUNDING = 1e-9;

  /** Just under a whole token: what a full bucket may hold above its capacity. */
  private static final double KEPT_FRACTION = 1 - 1e-6;

  private double tokens;
  private long atMillis;

  DispatchTokens(double tokens, long atMillis) {
    this.tokens = tokens;
    this.atMillis = atMillis;
  }

  /** A full bucket: a new campaign dials its first second's worth at once. */
  static DispatchTokens full(Pacing pacing, long nowMillis) {
    return new DispatchTokens(capacity(pacing), nowMillis);
  }

  static double perSecond(Pacing pacing) {
    return 1_000_000.0 / pacing.dialIntervalMicros();
  }

  static int capacity(Pacing pacing) {
    return Math.max(1, (int) Math.ceil(perSecond(pacing)));
  }

  /** Whole tokens at {@code nowMillis}; refills the bucket up to then. */
  int refill(Pacing pacing, long nowMillis) {
    if (nowMillis > atMillis) {
      tokens += (nowMillis - atMillis) * perSecond(pacing) / 1000.0;
      atMillis = nowMillis;
    }
    // A lower pace also lowers what the bucket may hold. The fraction of a token above a full
    // bucket is kept: dropped at every once-a-second claim, it would cost a tenth of a 5/s pace.
    tokens = Math.min(tokens, capacity(pacing) + KEPT_FRACTION);
    return (int) Math.floor(tokens + ROUNDING);
  }

  void spend(int dials) {
    tokens = Math.max(0, tokens - dials);
  }

  /** When the bucket next holds a whole token, without refilling it. */
  long nextTokenAtMillis(Pacing pacing, long nowMillis) {
    double held = tokens + Math.max(0, nowMillis - atMillis) * perSecond(pacing) / 1000.0;
    if (held + ROUNDING >= 1) {
      return nowMillis;
    }
    return nowMillis + (long) Math.ceil((1 - held - ROUNDING) * 1000.0 / perSecond(pacing));
  }

  double tokens() {
    return tokens;
  }

  /** When the bucket was last refilled: the last time the dispatcher looked for contacts. */
  long atMillis() {
    return atMillis;
  }
}
