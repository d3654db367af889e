package dev.dialer.workflows.call;

import dev.dialer.workflows.conversation.ClarificationRequested;
import dev.dialer.workflows.conversation.CommandExecuted;
import dev.dialer.workflows.conversation.ConversationEnded;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.OptOutRequested;
import dev.dialer.workflows.conversation.OutcomeExtracted;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
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

  /** The media worker accepted the call's ConversationRelay socket. */
  @SignalMethod
  void mediaConnected(MediaConnected connected);

  /** Twilio's {@code <Connect action>} request, relayed from the webhook inbox. */
  @SignalMethod
  void conversationEnded(ConversationEnded ended);

  /** The callee asked, on this call, not to be called again. */
  @SignalMethod
  void optOutRequested(OptOutRequested optOut);

  /** The agent gave a command and the media worker carried it out. */
  @SignalMethod
  void commandExecuted(CommandExecuted command);

  /** The media worker's reading of the finished conversation. */
  @SignalMethod
  void outcomeExtracted(OutcomeExtracted outcome);

  /** The agent asked a supervisor something; it holds the line until an answer or the timeout. */
  @SignalMethod
  void clarificationRequested(ClarificationRequested request);

  /** A supervisor answers the pending clarification; the agent speaks the answer. */
  @UpdateMethod
  OverrideResult answerClarification(ClarificationReply reply);

  /** Refuses an answer when no clarification is pending ({@code NO_PENDING_CLARIFICATION}). */
  @UpdateValidatorMethod(updateName = "answerClarification")
  void validateAnswerClarification(ClarificationReply reply);

  /** A supervisor's text, key, transfer or end on the live call. */
  @UpdateMethod
  OverrideResult override(SupervisorOverride override);

  /**
   * Refuses an override that cannot apply ({@code CALL_NOT_LIVE}, {@code INVALID_DIGIT}, {@code
   * TRANSFER_NOT_ALLOWED}).
   */
  @UpdateValidatorMethod(updateName = "override")
  void validateOverride(SupervisorOverride override);

  @QueryMethod
  CallState state();

  @QueryMethod
  ClarificationState clarifications();
}
