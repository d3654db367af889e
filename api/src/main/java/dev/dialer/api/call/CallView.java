package dev.dialer.api.call;

import dev.dialer.activities.call.CallRecord;
import dev.dialer.activities.telephony.CallHandoff;
import dev.dialer.api.recording.CallRecording;
import dev.dialer.api.recording.RecordingView;
import dev.dialer.workflows.conversation.CallOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A call as the API shows it. {@code startTime} is when the dial was sent, {@code duration} the
 * talk time in seconds Twilio reported, {@code disposition} null until the call is over; {@code
 * events} is null in lists. A call compliance refused has status not-dialed, the blocking rules in
 * {@code complianceReason} and, unless it may never be called, {@code nextAllowedAt}. {@code
 * outcome} is what the conversation came to (promise to pay, callback, wrong person, summary…);
 * {@code recording} the call's recording; {@code transferTarget} the number a TRANSFERRED call was
 * handed to, {@code voicemailMessage} the message a VOICEMAIL_LEFT call left. Each is null when the
 * call has none, and in lists.
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
    CallOutcome outcome,
    List<CallEventView> events,
    RecordingView recording,
    String transferTarget,
    String voicemailMessage) {

  /** A call in a list: no events, outcome, recording or handoff. */
  static CallView of(CallRecord call) {
    return of(call, null, null, null, null);
  }

  static CallView of(
      CallRecord call,
      List<CallEventView> events,
      CallOutcome outcome,
      CallRecording recording,
      CallHandoff handoff) {
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
        outcome,
        events,
        recording == null ? null : RecordingView.of(recording),
        handoff == null ? null : handoff.transferTarget(),
        handoff == null ? null : handoff.voicemailMessage());
  }
}
