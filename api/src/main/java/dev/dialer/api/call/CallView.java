package dev.dialer.api.call;

import dev.dialer.activities.call.CallRecord;
import dev.dialer.activities.telephony.CallHandoff;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A call as the API shows it. {@code startTime} is when the dial was sent, {@code duration} the
 * talk time in seconds Twilio reported, {@code disposition} null until the call is over; {@code
 * events} is null in lists. A call compliance refused has status not-dialed, the blocking rules in
 * {@code complianceReason} and, unless it may never be called, {@code nextAllowedAt}. {@code
 * transferTarget} is the number a TRANSFERRED call was handed to, {@code voicemailMessage} the
 * message a VOICEMAIL_LEFT call left; both null otherwise, and in lists.
 */
public record CallView(
    String callId,
    String callSid,
    String status,
    String disposition,
    String to,
    String from,
    Instant createdAt,
    Instant startTime,
    Instant answerTime,
    Instant endTime,
    Integer duration,
    String answeredBy,
    Integer errorCode,
    Map<String, String> customParameters,
    Instant nextAllowedAt,
    String complianceReason,
    List<CallEventView> events,
    String transferTarget,
    String voicemailMessage) {

  static CallView of(CallRecord call, List<CallEventView> events) {
    return of(call, events, null);
  }

  static CallView of(CallRecord call, List<CallEventView> events, CallHandoff handoff) {
    return new CallView(
        call.callId(),
        call.callSid(),
        call.status(),
        call.disposition(),
        call.to(),
        call.from(),
        call.createdAt(),
        call.dialStartedAt(),
        call.answeredAt(),
        call.endedAt(),
        call.durationSeconds(),
        call.answeredBy(),
        call.errorCode(),
        call.customParameters(),
        call.nextAllowedAt(),
        call.complianceReason(),
        events,
        handoff == null ? null : handoff.transferTarget(),
        handoff == null ? null : handoff.voicemailMessage());
  }
}
