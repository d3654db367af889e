package dev.dialer.workflows.compliance;

import io.temporal.activity.ActivityInterface;

/**
 * The compliance engine, run as an activity because it reads the clock's zone rules, the
 * do-not-call lists and the call history. Implemented in the activities module.
 */
@ActivityInterface
public interface ComplianceActivities {

  /**
   * Decides whether the number may be called at {@code request.at()}. Called right before each dial
   * so that the decision, with its reasons, is kept in the workflow's history.
   */
  ComplianceDecision check(ComplianceCheckRequest request);

  /**
   * Puts the number on the internal do-not-call list (idempotent): effective for every campaign
   * from the next check on.
   */
  OptOutRecorded recordOptOut(OptOutRequest request);
}
