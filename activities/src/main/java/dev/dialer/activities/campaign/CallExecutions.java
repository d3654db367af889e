package dev.dialer.activities.campaign;

import dev.dialer.workflows.WorkflowIds;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Asks Temporal whether a call's workflow is still running: for calls that neither signalled their
 * end nor wrote it to the ledger, such as one terminated from Temporal UI after its campaign
 * continued as new (before that, the campaign hears of it as its child).
 */
@Component
public class CallExecutions {

  private final WorkflowClient client;

  CallExecutions(WorkflowClient client) {
    this.client = client;
  }

  /** Whether Temporal has never heard of this workflow ID, or lost it (a restarted test server). */
  public boolean unknownWorkflow(String workflowId) {
    try {
      client.newUntypedWorkflowStub(workflowId).describe();
      return false;
    } catch (WorkflowNotFoundException e) {
      return true;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return true;
      }
      throw e;
    }
  }

  boolean unknown(String callId) {
    return unknownWorkflow(WorkflowIds.call(callId));
  }

  /**
   * Whether the call's workflow has closed. One that Temporal does not know closed long ago: a
   * campaign only waits for calls whose start the server confirmed.
   */
  boolean closed(String callId) {
    try {
      return client.newUntypedWorkflowStub(WorkflowIds.call(callId)).describe().getStatus()
          != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (WorkflowNotFoundException e) {
      return true;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return true;
      }
      throw e;
    }
  }
}
