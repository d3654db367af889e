package dev.dialer.workflows.call;

import io.temporal.activity.ActivityInterface;

/** Writes the call ledger. Implemented in the activities module. */
@ActivityInterface
public interface CallRecordActivities {

  /** Stores the disposition and final status on the call's ledger row; idempotent. */
  void finish(CallCompletion completion);
}
