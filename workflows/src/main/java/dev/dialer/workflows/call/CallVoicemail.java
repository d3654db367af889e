package dev.dialer.workflows.call;

import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The voicemail drop: a call with a voicemail message is dialed to detect the end of a machine's
 * greeting, and on {@code machine_end_beep} (only that: {@code machine_end_other}, {@code
 * machine_end_silence}, fax and unknown may not be a mailbox listening) it says the message and
 * hangs up. Calls without a message hang up on machines, as before.
 */
final class CallVoicemail {

  private static final Logger log = Workflow.getLogger(CallVoicemail.class);

  static final String VOICEMAIL_CHANGE = "voicemail-drop";

  static final String AFTER_BEEP = "machine_end_beep";

  /** Twilio REST answers within seconds; past a minute the machine has hung up anyway. */
  private final HandoffActivities handoffs =
      Workflow.newActivityStub(
          HandoffActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setScheduleToCloseTimeout(Duration.ofMinutes(1))
              .build());

  private String callId;
  private String message;
  private boolean left;

  void configure(String callId, VoiceOptions voice, Map<String, String> customParameters) {
    this.callId = callId;
    this.message =
        voice == null
            ? null
            : VoicemailText.render(
                voice.voicemailMessage(), customParameters.get("customerName"), customParameters);
    if (message != null && message.isBlank()) {
      message = null;
    }
  }

  /** Whether to dial with {@code MachineDetection=DetectMessageEnd}. */
  boolean configured() {
    return message != null;
  }

  /**
   * Leaves the message when the machine's greeting ended in a beep.
   *
   * @return false when the call should be hung up instead
   */
  boolean leave(String callSid, String answeredBy) {
    if (message == null
        || !AFTER_BEEP.equals(answeredBy)
        || Workflow.getVersion(VOICEMAIL_CHANGE, Workflow.DEFAULT_VERSION, 1)
            == Workflow.DEFAULT_VERSION) {
      return false;
    }
    try {
      handoffs.leaveVoicemail(new VoicemailDrop(callId, callSid, message));
      left = true;
      log.info("call {} ({}): voicemail message left", callId, callSid);
      return true;
    } catch (ActivityFailure failure) {
      log.warn("call {} ({}): voicemail not left; hanging up", callId, callSid, failure);
      return false;
    }
  }

  /** A machine that took the message ends VOICEMAIL_LEFT instead of ANSWERING_MACHINE. */
  CallResult settle(CallResult result) {
    if (!left || result.disposition() != Disposition.ANSWERING_MACHINE) {
      return result;
    }
    return new CallResult(
        result.callId(),
        result.callSid(),
        Disposition.VOICEMAIL_LEFT,
        result.finalStatus(),
        result.durationSeconds(),
        result.answeredBy(),
        result.errorCode(),
        result.nextAllowedAt(),
        result.complianceReason());
  }
}
