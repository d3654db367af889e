package dev.dialer.workflows.call;

import dev.dialer.workflows.conversation.CallOutcome;
import dev.dialer.workflows.conversation.OutcomeExtracted;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * The outcome of a call that had a conversation. The media worker reads it from the transcript once
 * the socket closes, which may be after Twilio's final status, so the call waits a while for it;
 * without it, the outcome holds what the workflow knows itself (open questions, an opt-out). It is
 * stored before the call's end is recorded and told to its campaign, so whatever settles the
 * contact from the ledger finds it there. Histories from before outcomes replay without it.
 */
final class CallOutcomes {

  private static final Logger log = Workflow.getLogger(CallOutcomes.class);

  static final String OUTCOME_CHANGE = "call-outcome";

  /**
   * A real model reads a transcript in seconds; past this the media worker is taken as gone (a
   * crash, a restart) and the call ends without its reading.
   */
  static final Duration OUTCOME_GRACE = Duration.ofSeconds(90);

  static final String NO_READING = "the media worker sent no outcome within " + OUTCOME_GRACE;

  private OutcomeExtracted extracted;

  void extracted(OutcomeExtracted signal) {
    if (extracted == null && signal != null && signal.outcome() != null) {
      extracted = signal;
      log.info("call {}: outcome {}", signal.callSid(), signal.outcome().labels());
    }
  }

  /** The outcome as it stands now, for queries; null before one came. */
  CallOutcome current() {
    return extracted == null ? null : extracted.outcome();
  }

  /**
   * Waits for the media worker's reading, completes it with what this workflow knows and stores it.
   * Returns the outcome, null for a call that had no conversation.
   */
  CallOutcome settle(
      CallRequest call,
      boolean conversed,
      boolean optedOut,
      String openQuestion,
      CallRecordActivities records) {
    if (!conversed) {
      return null;
    }
    if (Workflow.getVersion(OUTCOME_CHANGE, Workflow.DEFAULT_VERSION, 1)
        == Workflow.DEFAULT_VERSION) {
      return null;
    }
    Workflow.await(OUTCOME_GRACE, () -> extracted != null);
    CallOutcome outcome =
        extracted != null ? extracted.outcome() : CallOutcome.unknown(null, null, NO_READING);
    if (extracted == null) {
      log.warn("call {}: {}", call.callId(), NO_READING);
    }
    outcome = outcome.withOpenQuestion(openQuestion);
    if (optedOut) {
      outcome = outcome.withOptedOut();
    }
    try {
      records.recordOutcome(new OutcomeRecord(call.callId(), call.campaign(), call.to(), outcome));
    } catch (ActivityFailure failure) {
      log.warn("call {}: outcome not stored", call.callId(), failure);
    }
    return outcome;
  }
}
