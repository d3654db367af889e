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
        ClarificationRecord.PENDING.equals(row.status()) ? row.askedAt().plus(timeout) : null);
  }
}
