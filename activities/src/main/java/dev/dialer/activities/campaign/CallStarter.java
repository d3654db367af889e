package dev.dialer.activities.campaign;

import dev.dialer.activities.DialerProperties;
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
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Starts a campaign's calls as workflows of their own, not as the campaign's children: a child's
 * start and end are events in the campaign's history, and events that come while the campaign
 * continues as new make the server refuse it. The call reads its campaign from its request, and the
 * campaign reads the call's end from the ledger.
 */
@Component
class CallStarter {

  /**
   * Starts in flight at once. Each start is a round trip to Temporal; one after the other, a
   * second's claim of 100 contacts took seconds on a busy machine.
   */
  static final int PARALLEL_STARTS = 16;

  private final WorkflowClient client;
  private final Duration reconcileAfter;
  private final ExecutorService starts =
      Executors.newFixedThreadPool(
          PARALLEL_STARTS,
          task -> {
            Thread thread = new Thread(task, "call-start");
            thread.setDaemon(true);
            return thread;
          });

  @Autowired
  CallStarter(WorkflowClient client, DialerProperties properties) {
    this(client, properties.webhooks().reconcileAfter());
  }

  CallStarter(WorkflowClient client, Duration reconcileAfter) {
    this.client = client;
    this.reconcileAfter = reconcileAfter;
  }

  /**
   * A callId names one attempt in the ledger: starting it twice must fail, not dial twice. A start
   * that fails otherwise fails the activity, whose retry starts the rest.
   */
  StartedCalls start(StartCalls request) {
    List<CompletableFuture<Boolean>> pending =
        request.contacts().stream()
            .map(contact -> CompletableFuture.supplyAsync(() -> start(request, contact), starts))
            .toList();
    int started = 0;
    for (CompletableFuture<Boolean> start : pending) {
      started += start.join() ? 1 : 0;
    }
    return new StartedCalls(started);
  }

  private boolean start(StartCalls request, ClaimedContact contact) {
    CallWorkflow call = client.newWorkflowStub(CallWorkflow.class, options(request, contact));
    try {
      WorkflowClient.start(
          call::run,
          ChildCalls.request(request.campaignId(), request.settings(), contact, true)
              .withReconcileAfter(reconcileAfter));
      return true;
    } catch (WorkflowExecutionAlreadyStarted retried) {
      // A retried start, or a call rebuilt after a restart: it reports to the ledger as well.
      return false;
    }
  }

  @PreDestroy
  void stop() {
    starts.shutdownNow();
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
