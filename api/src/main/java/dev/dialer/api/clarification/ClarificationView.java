package dev.dialer.api.clarification;

import dev.dialer.workflows.call.ClarificationRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One clarification in {@code GET /api/clarifications}.
 *
 * @param timesOutAt while pending: when the agent stops waiting and says its fallback line
 */
public record ClarificationView(
    String callId,
    int number,
    String campaignId,
    Long contactId,
    String question,
    String status,
    Instant waitingSince,
    Instant settledAt,
    String answeredBy,
    String response,
    Instant timesOutAt) {

  static ClarificationView of(ClarificationRecord row, Duration timeout) {
    return new ClarificationView(
        row.callId(),
        row.number(),
        row.campaignId(),
        row.contactId(),
        row.question(),
        row.status().toLowerCase(Locale.ROOT),
        row.askedAt(),
        row.settledAt(),
        row.answeredBy(),
        row.response(),
        timesOutAt(row, timeout));
  }

  /** The workflow's own deadline; for rows from before it wrote one, the configured default. */
  private static Instant timesOutAt(ClarificationRecord row, Duration timeout) {
    if (!ClarificationRecord.PENDING.equals(row.status())) {
      return null;
    }
    return row.timesOutAt() != null ? row.timesOutAt() : row.askedAt().plus(timeout);
  }
}
