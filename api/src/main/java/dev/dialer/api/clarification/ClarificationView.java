package dev.dialer.api.clarification;

import dev.dialer.workflows.call.ClarificationRecord;
import java.time.Instant;
import java.util.Locale;

/** One clarification in {@code GET /api/clarifications}. */
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
    String response) {

  static ClarificationView of(ClarificationRecord row) {
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
        row.response());
  }
}
