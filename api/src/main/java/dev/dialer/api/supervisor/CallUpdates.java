package dev.dialer.api.supervisor;

import dev.dialer.activities.call.CallLedger;
import dev.dialer.api.web.ApiException;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallWorkflow;
import dev.dialer.workflows.call.OverrideResult;
import dev.dialer.workflows.call.UpdateRefusal;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowUpdateException;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A supervisor's action as an Update on the call's workflow, audited: 404 for an unknown call, 400
 * with the validator's code when the workflow refuses it, else the result and its audit row.
 */
@Component
public class CallUpdates {

  private final CallLedger ledger;
  private final WorkflowClient temporal;
  private final SupervisorAudit audit;

  CallUpdates(CallLedger ledger, WorkflowClient temporal, SupervisorAudit audit) {
    this.ledger = ledger;
    this.temporal = temporal;
    this.audit = audit;
  }

  /** An action on a call whose workflow has ended is refused as {@code CALL_NOT_LIVE}. */
  public OverrideResponse send(
      String callId,
      String keyId,
      String action,
      String value,
      Function<CallWorkflow, OverrideResult> update) {
    return send(callId, keyId, action, value, update, "CALL_NOT_LIVE");
  }

  /**
   * @param endedCode the 400's code when the call's workflow has ended
   */
  public OverrideResponse send(
      String callId,
      String keyId,
      String action,
      String value,
      Function<CallWorkflow, OverrideResult> update,
      String endedCode) {
    if (ledger.find(callId).isEmpty()) {
      throw new ApiException(
          HttpStatus.NOT_FOUND, "CALL_NOT_FOUND", "No call with id '" + callId + "'.", null);
    }
    OverrideResult result;
    try {
      result = update.apply(temporal.newWorkflowStub(CallWorkflow.class, WorkflowIds.call(callId)));
    } catch (WorkflowUpdateException refused) {
      String[] coded = UpdateRefusal.codeAndMessage(refused).orElseThrow(() -> refused);
      throw new ApiException(HttpStatus.BAD_REQUEST, coded[0], coded[1], null);
    } catch (WorkflowException over) {
      // The workflow has ended (or never ran): nothing is live to act on.
      throw new ApiException(
          HttpStatus.BAD_REQUEST, endedCode, "Call " + callId + " is not live any more.", null);
    }
    long auditId =
        audit.record(
            keyId == null ? "unknown" : keyId,
            callId,
            action,
            value,
            result.status(),
            result.message());
    return new OverrideResponse(result.status(), result.message(), auditId);
  }
}
