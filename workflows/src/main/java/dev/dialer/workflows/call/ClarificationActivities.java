package dev.dialer.workflows.call;

import io.temporal.activity.ActivityInterface;

/** Keeps the database's list of clarifications in step with the call's workflow. */
@ActivityInterface
public interface ClarificationActivities {

  /**
   * Writes the clarification's row. Idempotent, and a settled row is never set back to pending: the
   * record of the question and the record of its answer may run in either order.
   */
  void recordClarification(ClarificationRecord record);
}
