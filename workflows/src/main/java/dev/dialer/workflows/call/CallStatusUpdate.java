package dev.dialer.workflows.call;

import java.time.Instant;

/**
 * One Twilio status callback as the workflow needs it. {@code sequenceNumber} is Twilio's
 * SequenceNumber: callbacks of one call are ordered by it, whatever order they arrive in.
 *
 * @param callStatus Twilio's CallStatus: initiated, ringing, in-progress, completed, busy,
 *     no-answer, failed, canceled
 * @param callDurationSeconds CallDuration, present on the final callback only
 * @param answeredBy AnsweredBy when Twilio sent it, else null
 * @param timestamp Twilio's Timestamp, or the time the webhook was received when absent
 */
public record CallStatusUpdate(
    String callSid,
    String callStatus,
    long sequenceNumber,
    Integer callDurationSeconds,
    String answeredBy,
    String sipResponseCode,
    Instant timestamp) {}
