package dev.dialer.workflows.call;

import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.compliance.OptOutRequest;
import dev.dialer.workflows.conversation.CommandExecuted;
import dev.dialer.workflows.conversation.ConversationEnded;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.OptOutRequested;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * What the media worker told the call's workflow about the conversation, and what that changes in
 * the call's result. Signals only record; {@link #settle} acts once the call has ended. Histories
 * from before the conversation existed carry none of these signals, so they take none of these
 * branches and replay unchanged.
 */
final class CallConversation {

  private static final Logger log = Workflow.getLogger(CallConversation.class);

  /** Opt-outs and conversations shape the disposition from this version on. */
  static final String CONVERSATION_OUTCOME_CHANGE = "conversation-outcome";

  private final List<CommandExecuted> commands = new ArrayList<>();
  private MediaConnected connected;
  private ConversationEnded ended;
  private OptOutRequested optOut;

  void connected(MediaConnected signal) {
    if (connected == null) {
      connected = signal;
      log.info("call {}: conversation connected on {}", signal.callSid(), signal.hostTaskQueue());
    }
  }

  void ended(ConversationEnded signal) {
    if (ended == null) {
      ended = signal;
      log.info("call {}: conversation ended {}", signal.callSid(), signal.sessionStatus());
    }
  }

  void optOut(OptOutRequested signal) {
    if (optOut == null) {
      optOut = signal;
      log.info("call {}: callee opted out by {}", signal.callSid(), signal.via());
    }
  }

  void commandExecuted(CommandExecuted signal) {
    commands.add(signal);
  }

  /** The media host's task queue while a conversation is live, else null. */
  String hostTaskQueue() {
    return connected != null && ended == null ? connected.hostTaskQueue() : null;
  }

  /** Whether the media worker ever had the call: only then is there an outcome to read. */
  boolean conversed() {
    return connected != null;
  }

  boolean optedOut() {
    return optOut != null;
  }

  int commandCount() {
    return commands.size();
  }

  /**
   * An opt-out goes on the internal do-not-call list through the compliance engine, so that the
   * history shows it was recorded, and the call ends OPTED_OUT. A call that had a conversation is
   * COMPLETED however short: the callee did not hang up on the greeting.
   */
  CallResult settle(CallResult result, String to, String callId, ComplianceActivities compliance) {
    if (connected == null && optOut == null) {
      return result;
    }
    if (Workflow.getVersion(CONVERSATION_OUTCOME_CHANGE, Workflow.DEFAULT_VERSION, 1)
        == Workflow.DEFAULT_VERSION) {
      return result;
    }
    if (optOut != null) {
      try {
        compliance.recordOptOut(new OptOutRequest(to, "call:" + callId, optOut.words()));
      } catch (ActivityFailure failure) {
        log.warn("call {}: opt-out could not be recorded", callId, failure);
      }
    }
    Disposition disposition =
        DispositionRules.withConversation(result.disposition(), connected != null, optOut != null);
    return disposition == result.disposition() ? result : with(result, disposition);
  }

  private static CallResult with(CallResult result, Disposition disposition) {
    return new CallResult(
        result.callId(),
        result.callSid(),
        disposition,
        result.finalStatus(),
        result.durationSeconds(),
        result.answeredBy(),
        result.errorCode(),
        result.nextAllowedAt(),
        result.complianceReason());
  }
}
