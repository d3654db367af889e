package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.Disposition;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which outcomes a campaign dials again, and after how long. An outcome without a delay ends the
 * contact.
 *
 * @param maxAttempts dials per contact, the first included
 * @param delays by disposition name ({@link #RETRYABLE}): the least time between the end of one
 *     attempt and the next dial
 */
public record RetryPolicy(int maxAttempts, Map<String, Duration> delays) {

  /**
   * The outcomes a delay may be given for. A machine ends VOICEMAIL_LEFT when the campaign has a
   * voicemail message, else ANSWERING_MACHINE.
   */
  public static final Set<String> RETRYABLE =
      Set.of(
          Disposition.NO_ANSWER.name(),
          Disposition.BUSY.name(),
          Disposition.FAILED.name(),
          Disposition.ANSWERING_MACHINE.name(),
          Disposition.HUNG_UP.name(),
          Disposition.CANCELED.name(),
          Disposition.VOICEMAIL_LEFT.name());

  /** Without a deferral's own time, a blocked dial is tried again this much later. */
  static final Duration DEFERRAL_FALLBACK = Duration.ofHours(1);

  public RetryPolicy {
    delays = delays == null ? Map.of() : Map.copyOf(delays);
  }

  /** One dial, no retries. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Map.of());
  }

  /** The delays in a stable order, for display. */
  public Map<String, Duration> sortedDelays() {
    return new TreeMap<>(delays);
  }

  /**
   * Where a contact goes after an attempt.
   *
   * @param attempts the contact's attempts, this one included
   * @param endedAt when the attempt ended
   * @param nextAllowedAt when compliance deferred the dial: the earliest it would allow it
   */
  public RetryPlan plan(
      Disposition disposition, int attempts, Instant endedAt, Instant nextAllowedAt) {
    return switch (disposition) {
      case BLOCKED_DNC -> new RetryPlan(ContactState.BLOCKED, null, false);
      case DEFERRED_WINDOW, CAPPED ->
          new RetryPlan(
              attempts <= 1 ? ContactState.PENDING : ContactState.RETRY,
              nextAllowedAt != null ? nextAllowedAt : endedAt.plus(DEFERRAL_FALLBACK),
              false);
      // The system failed, not the number: the attempt is given back, the campaign pauses.
      case SYSTEM_UNAVAILABLE ->
          new RetryPlan(
              attempts <= 1 ? ContactState.PENDING : ContactState.RETRY,
              endedAt.plus(DEFERRAL_FALLBACK),
              false);
      case COMPLETED -> new RetryPlan(ContactState.DONE, null, true);
      case OPTED_OUT -> new RetryPlan(ContactState.BLOCKED, null, true);
      default -> {
        Duration delay = delays.get(disposition.name());
        if (delay == null) {
          yield new RetryPlan(ContactState.DONE, null, true);
        }
        if (attempts >= maxAttempts) {
          yield new RetryPlan(ContactState.EXHAUSTED, null, true);
        }
        yield new RetryPlan(ContactState.RETRY, endedAt.plus(delay), true);
      }
    };
  }
}
