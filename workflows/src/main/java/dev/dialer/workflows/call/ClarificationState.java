package dev.dialer.workflows.call;

import java.time.Instant;
import java.util.List;

/**
 * The call's clarifications, for supervisors' lists.
 *
 * @param pendingQuestion the question waiting for an answer now, null when none
 * @param pendingSince when the agent asked it (workflow time), null when none
 * @param openQuestions questions that timed out unanswered: the callee was told someone will get
 *     back to them
 */
public record ClarificationState(
    String pendingQuestion, Instant pendingSince, List<String> openQuestions) {

  public ClarificationState {
    openQuestions = openQuestions == null ? List.of() : List.copyOf(openQuestions);
  }
}
