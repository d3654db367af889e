package dev.dialer.workflows.call;

import java.time.Duration;

/** Turns how Twilio says a call ended into the business result of the attempt. */
public final class DispositionRules {

  /**
   * An answered call shorter than this never became a conversation: the callee hung up on the
   * greeting.
   */
  public static final Duration HUNG_UP_BELOW = Duration.ofSeconds(3);

  private DispositionRules() {}

  /**
   * @param finalStatus one of {@link CallStatuses}' final statuses
   * @param durationSeconds Twilio's CallDuration; unknown durations are not judged short
   * @param answeredBy the AMD result, null when none came
   */
  public static Disposition of(String finalStatus, Integer durationSeconds, String answeredBy) {
    if (finalStatus == null) {
      throw new IllegalArgumentException("no final call status");
    }
    return switch (finalStatus) {
      case CallStatuses.COMPLETED -> answered(durationSeconds, answeredBy);
      case CallStatuses.BUSY -> Disposition.BUSY;
      case CallStatuses.NO_ANSWER -> Disposition.NO_ANSWER;
      case CallStatuses.FAILED -> Disposition.FAILED;
      case CallStatuses.CANCELED -> Disposition.CANCELED;
      default -> throw new IllegalArgumentException("not a final call status: " + finalStatus);
    };
  }

  /** True for Twilio's machine_* results and fax: nobody there to talk to. */
  /**
   * What the conversation makes of the disposition Twilio's status gave: an opt-out ends the call
   * OPTED_OUT, and a call whose media connected is COMPLETED however short it was — the callee did
   * not hang up on the greeting. The workflow decides it from the media worker's signals; a call
   * settled without its workflow, from what the media worker wrote.
   */
  public static Disposition withConversation(
      Disposition byStatus, boolean mediaConnected, boolean optedOut) {
    if (optedOut) {
      return Disposition.OPTED_OUT;
    }
    return mediaConnected && byStatus == Disposition.HUNG_UP ? Disposition.COMPLETED : byStatus;
  }

  public static boolean isMachine(String answeredBy) {
    return answeredBy != null && (answeredBy.startsWith("machine_") || answeredBy.equals("fax"));
  }

  private static Disposition answered(Integer durationSeconds, String answeredBy) {
    if (isMachine(answeredBy)) {
      return Disposition.ANSWERING_MACHINE;
    }
    if (durationSeconds != null && durationSeconds < HUNG_UP_BELOW.toSeconds()) {
      return Disposition.HUNG_UP;
    }
    return Disposition.COMPLETED;
  }
}
