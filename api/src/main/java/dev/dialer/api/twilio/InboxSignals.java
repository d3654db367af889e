package dev.dialer.api.twilio;

import dev.dialer.api.metrics.WebhookLag;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.AmdResult;
import dev.dialer.workflows.call.CallStatusUpdate;
import dev.dialer.workflows.call.CallWorkflow;
import dev.dialer.workflows.conversation.ConversationEnded;
import io.temporal.client.WorkflowClient;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Signals one stored webhook to its CallWorkflow. Throws what the client throws. */
@Component
class InboxSignals {

  private final WorkflowClient temporal;
  private final WebhookLag lag;

  InboxSignals(WorkflowClient temporal, WebhookLag lag) {
    this.temporal = temporal;
    this.lag = lag;
  }

  void signal(InboxEntry entry) {
    CallWorkflow workflow =
        temporal.newWorkflowStub(CallWorkflow.class, WorkflowIds.call(entry.callId()));
    var params = entry.params();
    if (InboxEntry.AMD.equals(entry.kind())) {
      workflow.machineDetected(
          new AmdResult(
              params.get("CallSid"),
              params.get("AnsweredBy"),
              TwilioParams.integer(params, "MachineDetectionDuration").orElse(null)));
      return;
    }
    if (InboxEntry.CONNECT_ACTION.equals(entry.kind())) {
      workflow.conversationEnded(
          new ConversationEnded(
              params.get("CallSid"),
              params.get("SessionStatus"),
              TwilioParams.integer(params, "SessionDuration").orElse(null),
              params.get("HandoffData")));
      return;
    }
    Instant stamped = TwilioParams.timestamp(params).orElse(entry.receivedAt());
    workflow.statusChanged(
        new CallStatusUpdate(
            params.get("CallSid"),
            params.get("CallStatus"),
            TwilioParams.sequenceNumber(params).orElse(0L),
            TwilioParams.integer(params, "CallDuration").orElse(null),
            params.get("AnsweredBy"),
            params.get("SipResponseCode"),
            stamped));
    lag.signalled(stamped);
  }
}
