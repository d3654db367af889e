package dev.dialer.workflows.call;

import java.time.Instant;

/**
 * How the attempt ended.
 *
 * @param finalStatus Twilio's last CallStatus, or null when no call was ever created
 * @param errorCode Twilio's error code when the dial itself was refused (e.g. 21211)
 * @param nextAllowedAt when compliance blocked the dial: the earliest instant the call would be
 *     allowed, null when never (do-not-call) or when the call was placed
 * @param complianceReason when compliance blocked the dial: the blocking rules, in words
 */
public record CallResult(
    String callId,
    String callSid,
    Disposition disposition,
    String finalStatus,
    Integer durationSeconds,
    String answeredBy,
    Integer errorCode,
    Instant nextAllowedAt,
    String complianceReason) {

  /** A call that was placed, or refused by Twilio: compliance had nothing to say against it. */
  public CallResult(
      String callId,
      String callSid,
      Disposition disposition,
      String finalStatus,
      Integer durationSeconds,
      String answeredBy,
      Integer errorCode) {
    this(
        callId,
        callSid,
        disposition,
        finalStatus,
        durationSeconds,
        answeredBy,
        errorCode,
        null,
        null);
  }
}
