package dev.dialer.activities.campaign;

import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.TaskQueues;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallWorkflow;
import dev.dialer.workflows.campaign.ChildCalls;
import dev.dialer.workflows.campaign.ClaimedContact;
import dev.dialer.workflows.campaign.StartCalls;
import dev.dialer.workflows.campaign.StartedCalls;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import org.springframework.stereotype.Component;

/**
 * Starts a campaign's calls as workflows of their own, not as the campaign's children: a child's
 * start and end are events in the campaign's history, and events that come while the campaign
 * continues as new make the server refuse it. The call reads its campaign from its request, and the
 * campaign reads the call's end from the ledger.
 */
@Component
class CallStarter {

  private final WorkflowClient client;

  CallStarter(WorkflowClient client) {
    this.client = client;
  }

  /** A callId names one attempt in the ledger: starting it twice must fail, not dial twice. */
  StartedCalls start(StartCalls request) {
    int started = 0;
    for (ClaimedContact contact : request.contacts()) {
      CallWorkflow call = client.newWorkflowStub(CallWorkflow.class, options(request, contact));
      try {
        WorkflowClient.start(
            call::run, ChildCalls.request(request.campaignId(), request.settings(), contact, true));
        started++;
      } catch (WorkflowExecutionAlreadyStarted retried) {
        // A retried start, or a call rebuilt after a restart: it reports to the ledger as well.
      }
    }
    return new StartedCalls(started);
  }

  private static WorkflowOptions options(StartCalls request, ClaimedContact contact) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(WorkflowIds.call(contact.callId()))
        .setTaskQueue(TaskQueues.DIALER)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setTypedSearchAttributes(
            io.temporal.common.SearchAttributes.newBuilder()
                .set(SearchAttributes.CAMPAIGN_ID, request.campaignId())
                .set(SearchAttributes.CONTACT_ID, String.valueOf(contact.contactId()))
                .build())
        .setMemo(ChildCalls.memo(request.campaignId(), request.campaignName(), contact))
        .build();
  }
}
