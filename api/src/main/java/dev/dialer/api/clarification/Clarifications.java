package dev.dialer.api.clarification;

import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.clarification.ClarificationStore;
import dev.dialer.api.supervisor.CallUpdates;
import dev.dialer.api.supervisor.OverrideResponse;
import dev.dialer.api.web.ApiException;
import dev.dialer.workflows.call.ClarificationRecord;
import dev.dialer.workflows.call.ClarificationReply;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * A supervisor's answer to a call's clarification, as a Temporal Update on the call's workflow: the
 * workflow's validator refuses an answer nothing waits for, so it never enters the history.
 */
@Service
class Clarifications {

  private static final String NO_PENDING_CLARIFICATION = "NO_PENDING_CLARIFICATION";

  /**
   * Only for rows written before the workflow stored its own deadline ({@code times_out_at}): a
   * campaign call then waited the workflow's default ({@code CallClarifications.DEFAULT_TIMEOUT})
   * unless its campaign set {@code agent.clarificationTimeout}; single calls wait
   * DIALER_CLARIFICATION_TIMEOUT.
   */
  private static final Duration CAMPAIGN_CALL_TIMEOUT = Duration.ofSeconds(45);

  private final CallUpdates updates;
  private final ClarificationStore store;
  private final Duration singleCallTimeout;

  Clarifications(CallUpdates updates, ClarificationStore store, DialerProperties properties) {
    this.updates = updates;
    this.store = store;
    this.singleCallTimeout = properties.media().clarificationTimeout();
  }

  ClarificationList list(String status, int limit) {
    String stored =
        switch (status.toLowerCase(Locale.ROOT)) {
          case "pending" -> ClarificationRecord.PENDING;
          case "answered" -> ClarificationRecord.ANSWERED;
          case "timed_out" -> ClarificationRecord.TIMED_OUT;
          default ->
              throw ApiException.invalid(
                  "status",
                  "'status' must be pending, answered or timed_out, not '" + status + "'.");
        };
    if (limit < 1 || limit > 500) {
      throw ApiException.invalid("limit", "'limit' must be between 1 and 500.");
    }
    return new ClarificationList(
        store.list(stored, limit).stream()
            .map(
                row ->
                    ClarificationView.of(
                        row, row.campaignId() == null ? singleCallTimeout : CAMPAIGN_CALL_TIMEOUT))
            .toList());
  }

  OverrideResponse answer(String callId, ClarificationAnswerRequest request, String keyId) {
    if (request == null || request.response() == null || request.response().isBlank()) {
      throw ApiException.invalid("response", "'response' is required: the answer to speak.");
    }
    String response = request.response().strip();
    return updates.send(
        callId,
        keyId,
        "clarification",
        response,
        call -> call.answerClarification(new ClarificationReply(response, keyId)),
        NO_PENDING_CLARIFICATION);
  }
}
