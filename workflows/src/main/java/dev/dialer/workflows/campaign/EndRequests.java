package dev.dialer.workflows.campaign;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.EndCallRequest;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/** Asks calls to end, as a user's end request would: each hangs up and reports its end. */
final class EndRequests {

  private static final Logger log = Workflow.getLogger(EndRequests.class);

  /** The CallWorkflow signal, by name: the campaign knows calls by id only. */
  static final String END_SIGNAL = "end";

  private EndRequests() {}

  /** Sends them all at once and returns when each was delivered or found the call closed. */
  static void send(String campaignId, List<String> callIds, EndCallRequest request) {
    List<Promise<Void>> sent = new ArrayList<>();
    for (String callId : callIds) {
      sent.add(Async.procedure(() -> send(campaignId, callId, request)));
    }
    Promise.allOf(sent).get();
  }

  private static void send(String campaignId, String callId, EndCallRequest request) {
    try {
      Workflow.newUntypedExternalWorkflowStub(WorkflowIds.call(callId)).signal(END_SIGNAL, request);
    } catch (ApplicationFailure failure) {
      // Typically ..._EXTERNAL_WORKFLOW_EXECUTION_NOT_FOUND: the call ended meanwhile.
      log.info(
          "campaign {}: call {} could not be asked to end: {}",
          campaignId,
          callId,
          failure.getType());
    }
  }
}
