package dev.dialer.activities.call;

import dev.dialer.activities.outcome.OutcomeRecorder;
import dev.dialer.workflows.call.CallCompletion;
import dev.dialer.workflows.call.CallRecordActivities;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.OutcomeRecord;
import java.time.Instant;
import org.springframework.stereotype.Component;

@Component
public class CallRecordActivitiesImpl implements CallRecordActivities {

  /** The ledger status of a call compliance refused: nothing was sent to Twilio. */
  public static final String NOT_DIALED = "not-dialed";

  private final CallLedger ledger;
  private final OutcomeRecorder outcomes;

  public CallRecordActivitiesImpl(CallLedger ledger, OutcomeRecorder outcomes) {
    this.ledger = ledger;
    this.outcomes = outcomes;
  }

  @Override
  public void recordOutcome(OutcomeRecord outcome) {
    outcomes.record(outcome);
  }

  @Override
  public void finish(CallCompletion completion) {
    CallResult result = completion.result();
    Instant now = Instant.now();
    String status = finalStatus(completion);
    // Callback events are stored when their webhook arrives; a final status that came from
    // anywhere else gets its own event, so the ledger shows where every status came from.
    if (!CallCompletion.STATUS_CALLBACK.equals(completion.source())) {
      ledger.addEvent(
          new CallEvent(
              result.callId(),
              result.callSid(),
              status,
              null,
              completion.source(),
              result.answeredBy(),
              result.durationSeconds(),
              null,
              now,
              completion.source() + ":" + result.callId()));
    }
    ledger.finish(result, status, now);
  }

  /** Twilio's last status, or ours for a call that never reached Twilio. */
  private static String finalStatus(CallCompletion completion) {
    if (completion.result().finalStatus() != null) {
      return completion.result().finalStatus();
    }
    return CallCompletion.COMPLIANCE.equals(completion.source()) ? NOT_DIALED : "failed";
  }
}
