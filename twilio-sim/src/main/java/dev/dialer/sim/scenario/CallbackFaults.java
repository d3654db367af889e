package dev.dialer.sim.scenario;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * Faults of the network between Twilio and the dialer, drawn per status callback (per call for
 * {@code early}) for every call whose number starts with {@code numberPrefix} (every call when it
 * is empty). The draws are a function of the seed, the number, how many calls that number had
 * before, the event and its SequenceNumber, so one seed makes one run reproducible however the
 * threads interleave.
 *
 * @param seed picks the draws; the same seed and the same dials give the same faults
 * @param duplicate share of callbacks delivered twice (same idempotency token, as Twilio retries)
 * @param reorder share of non-final callbacks held back and delivered after the call's final one
 * @param early share of calls whose first callback is delivered before the create response returns,
 *     so the dialer hears of a CallSid it has not stored yet
 * @param drop share of callbacks never sent: the dialer must settle the call from the REST API
 */
public record CallbackFaults(
    Long seed,
    @DecimalMin("0") @DecimalMax("1") Double duplicate,
    @DecimalMin("0") @DecimalMax("1") Double reorder,
    @DecimalMin("0") @DecimalMax("1") Double early,
    @DecimalMin("0") @DecimalMax("1") Double drop,
    String numberPrefix) {

  public static final CallbackFaults NONE = new CallbackFaults(0L, 0.0, 0.0, 0.0, 0.0, "");

  public CallbackFaults {
    seed = seed == null ? 0L : seed;
    duplicate = duplicate == null ? 0.0 : duplicate;
    reorder = reorder == null ? 0.0 : reorder;
    early = early == null ? 0.0 : early;
    drop = drop == null ? 0.0 : drop;
    numberPrefix = numberPrefix == null ? "" : numberPrefix;
  }

  boolean covers(String to) {
    return to != null && to.startsWith(numberPrefix);
  }
}
