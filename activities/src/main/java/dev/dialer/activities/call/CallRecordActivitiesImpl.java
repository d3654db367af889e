package dev.dialer.activities.call;

import dev.dialer.workflows.call.CallCompletion;
import dev.dialer.workflows.call.CallRecordActivities;
import dev.dialer.workflows.call.CallResult;
import java.time.Instant;
import org.springframework.stereotype.Component;

@Component
public class CallRecordActivitiesImpl implements CallRecordActivities {

  private final CallLedger ledger;

  public CallRecordActivitiesImpl(CallLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void finish(CallCompletion completion) {
    CallResult result = completion.result();
    Instant now = Instant.now();
    // Callback events are stored when their webhook arrives; a final status that came from
    // anywhere else gets its own event, so the ledger shows where every status came from.
    if (!CallCompletion.STATUS_CALLBACK.equals(completion.source())) {
      ledger.addEvent(
          new CallEvent(
              result.callId(),
              result.callSid(),
              result.finalStatus() == null ? "failed" : result.finalStatus(),
              null,
              completion.source(),
              result.answeredBy(),
              result.durationSeconds(),
              null,
              now,
              completion.source() + ":" + result.callId()));
    }
    ledger.finish(result, now);
  }
}
