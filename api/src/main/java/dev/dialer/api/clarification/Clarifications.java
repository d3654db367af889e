package dev.dialer.api.clarification;

import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.clarification.ClarificationStore;
import dev.dialer.api.web.ApiException;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallWorkflow;
import dev.dialer.workflows.call.ClarificationRecord;
import dev.dialer.workflows.call.ClarificationReply;
import dev.dialer.workflows.call.OverrideResult;
import dev.dialer.workflows.call.UpdateRefusal;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A supervisor's answer to a call's clarification, as a Temporal Update on the call's workflow: the
 * workflow's validator refuses an answer nothing waits for, so it never enters the history.
 */
@Service
class Clarifications {

  private final CallLedger ledger;
  private final WorkflowClient temporal;
  private final ClarificationStore store;

  Clarifications(CallLedger ledger, WorkflowClient temporal, ClarificationStore store) {
    this.ledger = ledger;
    this.temporal = temporal;
    this.store = store;
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
        store.list(stored, limit).stream().map(ClarificationView::of).toList());
  }

  OverrideResponse answer(String callId, ClarificationAnswerRequest request, String keyId) {
    if (request == null || request.response() == null || request.response().isBlank()) {
      throw ApiException.invalid("response", "'response' is required: the answer to speak.");
    }
    if (ledger.find(callId).isEmpty()) {
      throw new ApiException(
          HttpStatus.NOT_FOUND, "CALL_NOT_FOUND", "No call with id '" + callId + "'.", null);
    }
    try {
      OverrideResult result =
          temporal
              .newWorkflowStub(CallWorkflow.class, WorkflowIds.call(callId))
              .answerClarification(new ClarificationReply(request.response().strip(), keyId));
      return new OverrideResponse(result.status(), result.message());
    } catch (WorkflowUpdateException refused) {
      String[] coded = UpdateRefusal.codeAndMessage(refused).orElseThrow(() -> refused);
      throw new ApiException(HttpStatus.BAD_REQUEST, coded[0], coded[1], null);
    } catch (WorkflowNotFoundException ended) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "NO_PENDING_CLARIFICATION",
          "Call " + callId + " is no longer live; no clarification is pending.",
          null);
    }
  }
}
