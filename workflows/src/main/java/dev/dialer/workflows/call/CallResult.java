package dev.dialer.workflows.call;

/**
 * How the attempt ended.
 *
 * @param finalStatus Twilio's last CallStatus, or null when no call was ever created
 * @param errorCode Twilio's error code when the dial itself was refused (e.g. 21211)
 */
public record CallResult(
    String callId,
    String callSid,
    Disposition disposition,
    String finalStatus,
    Integer durationSeconds,
    String answeredBy,
    Integer errorCode) {}
