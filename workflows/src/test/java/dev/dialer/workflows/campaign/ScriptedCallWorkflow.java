package dev.dialer.workflows.campaign;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.AmdResult;
import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.CallRequest;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.CallState;
import dev.dialer.workflows.call.CallStatusUpdate;
import dev.dialer.workflows.call.CallWorkflow;
import dev.dialer.workflows.call.ClarificationReply;
import dev.dialer.workflows.call.ClarificationState;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.call.EndCallRequest;
import dev.dialer.workflows.call.OverrideResult;
import dev.dialer.workflows.call.SupervisorOverride;
import dev.dialer.workflows.conversation.ClarificationRequested;
import dev.dialer.workflows.conversation.CommandExecuted;
import dev.dialer.workflows.conversation.ConversationEnded;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.OptOutRequested;
import dev.dialer.workflows.conversation.OutcomeExtracted;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.unsafe.WorkflowUnsafe;

/**
 * A stand-in for the call workflow, registered as "CallWorkflow": it is dialed, talks for its
 * scripted time unless asked to end, writes the ledger and tells its campaign, as the real one
 * does. What it sees goes to {@link ScriptedCalls}, once, not again on replay.
 */
public class ScriptedCallWorkflow implements CallWorkflow {

  private final ScriptedCalls script;
  private String callId;
  private EndCallRequest endRequest;
  private Disposition disposition;

  ScriptedCallWorkflow(ScriptedCalls script) {
    this.script = script;
  }

  @Override
  public CallResult run(CallRequest request) {
    callId = request.callId();
    long contactId = request.campaign().contactId();
    int attempt = Integer.parseInt(callId.substring(callId.lastIndexOf('-') + 1));
    ScriptedCalls.Outcome outcome = script.outcome(request.to(), attempt);
    if (!WorkflowUnsafe.isReplaying()) {
      script.dialed(
          new ScriptedCalls.Dial(
              callId,
              contactId,
              attempt,
              Workflow.currentTimeMillis(),
              Workflow.getInfo().getParentRunId().orElse(script.startedBy(callId)),
              request));
    }
    Workflow.await(outcome.duration(), () -> endRequest != null);
    disposition = endRequest == null ? outcome.disposition() : Disposition.CANCELED;
    CallResult result = new CallResult(callId, "CA-" + callId, disposition, null, 30, null, null);
    CallEnded end = new CallEnded(callId, contactId, result);
    if (!WorkflowUnsafe.isReplaying()) {
      script.ended(
          end, Workflow.currentTimeMillis(), endRequest == null ? null : endRequest.reason());
    }
    if (!outcome.reports()) {
      if (!WorkflowUnsafe.isReplaying()) {
        script.unreported(end);
      }
    } else if (request.campaign().tells(disposition)) {
      report(request.campaign().campaignId(), end);
    }
    if (script.lingers()) {
      Workflow.await(() -> false);
    }
    return result;
  }

  /**
   * Tells the campaign, as the real call does: a campaign that did not get the signal settles the
   * end from the ledger. The test server answers NOT_FOUND to a signal that comes while the
   * campaign continues as new, where a real server hands it to the new run.
   */
  private void report(String campaignId, CallEnded end) {
    try {
      Workflow.newUntypedExternalWorkflowStub(WorkflowIds.campaign(campaignId))
          .signal(CallEnded.SIGNAL, end);
    } catch (ApplicationFailure notFound) {
      if (!WorkflowUnsafe.isReplaying()) {
        script.unreported(end);
      }
    }
  }

  @Override
  public void statusChanged(CallStatusUpdate update) {}

  @Override
  public void machineDetected(AmdResult result) {}

  @Override
  public void end(EndCallRequest request) {
    if (endRequest == null) {
      endRequest = request;
    }
  }

  @Override
  public CallState state() {
    return new CallState(callId, "CA-" + callId, null, 0, null, disposition);
  }

  @Override
  public void mediaConnected(MediaConnected connected) {}

  @Override
  public void conversationEnded(ConversationEnded ended) {}

  @Override
  public void optOutRequested(OptOutRequested optOut) {}

  @Override
  public void commandExecuted(CommandExecuted command) {}

  @Override
  public void outcomeExtracted(OutcomeExtracted outcome) {}

  @Override
  public void clarificationRequested(ClarificationRequested request) {}

  @Override
  public void validateAnswerClarification(ClarificationReply reply) {}

  @Override
  public OverrideResult answerClarification(ClarificationReply reply) {
    return new OverrideResult(OverrideResult.NOT_DELIVERED, "scripted call");
  }

  @Override
  public ClarificationState clarifications() {
    return new ClarificationState(null, null, null);
  }

  @Override
  public void validateOverride(SupervisorOverride override) {}

  @Override
  public OverrideResult override(SupervisorOverride override) {
    return new OverrideResult(OverrideResult.NOT_DELIVERED, "scripted call");
  }
}
