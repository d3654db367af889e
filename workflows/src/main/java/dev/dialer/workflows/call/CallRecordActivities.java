package dev.dialer.workflows.call;

import io.temporal.activity.ActivityInterface;

/** Writes the call ledger. Implemented in the activities module. */
@ActivityInterface
public interface CallRecordActivities {

  /** Stores the disposition and final status on the call's ledger row; idempotent. */
  void finish(CallCompletion completion);

  /**
   * Stores a conversation's outcome on the call's ledger row and applies it to the campaign contact
   * (a callback's time, a wrong number's close); idempotent.
   */
  void recordOutcome(OutcomeRecord outcome);
}
