package dev.dialer.workflows.call;

import java.time.Instant;

/**
 * One of a call's clarifications as the database lists it for supervisors.
 *
 * @param number which question of the call (1, 2, …)
 * @param campaignId the call's campaign; null for a single call
 * @param contactId the campaign's contact; null for a single call
 * @param status {@link #PENDING}, {@link #ANSWERED} or {@link #TIMED_OUT}
 * @param settledAt when it was answered or timed out; null while pending
 * @param answeredBy the key id of the supervisor who answered; null otherwise
 * @param response the supervisor's answer; null otherwise
 * @param timesOutAt while pending: when the agent stops waiting, by the call's own timeout; null
 *     once settled, and on rows written before the workflow said so
 */
public record ClarificationRecord(
    String callId,
    int number,
    String campaignId,
    Long contactId,
    String question,
    String status,
    Instant askedAt,
    Instant settledAt,
    String answeredBy,
    String response,
    Instant timesOutAt) {

  public static final String PENDING = "PENDING";
  public static final String ANSWERED = "ANSWERED";
  public static final String TIMED_OUT = "TIMED_OUT";
}
