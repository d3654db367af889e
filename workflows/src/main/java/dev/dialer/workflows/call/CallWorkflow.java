package dev.dialer.workflows.call;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One dial attempt to one person, started as {@code call:{callId}}. */
@WorkflowInterface
public interface CallWorkflow {

  @WorkflowMethod
  CallResult run(CallRequest request);

  /** A Twilio status callback, relayed from the webhook inbox; may be duplicated or reordered. */
  @SignalMethod
  void statusChanged(CallStatusUpdate update);

  /** An answering-machine-detection callback, relayed from the webhook inbox. */
  @SignalMethod
  void machineDetected(AmdResult result);

  /** A user asked to end the call ({@code POST /api/calls/{id}/end}). */
  @SignalMethod
  void end(EndCallRequest request);

  @QueryMethod
  CallState state();
}
