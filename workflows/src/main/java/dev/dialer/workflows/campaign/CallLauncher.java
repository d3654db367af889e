package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.CallWorkflow;
import dev.dialer.workflows.call.Disposition;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/** Starts the calls of claimed contacts as children of the campaign's run. */
final class CallLauncher {

  private static final Logger log = Workflow.getLogger(CallLauncher.class);

  private final String campaignId;
  private final String campaignName;
  private final InFlightCalls calls;

  CallLauncher(String campaignId, String campaignName, InFlightCalls calls) {
    this.campaignId = campaignId;
    this.campaignName = campaignName;
    this.calls = calls;
  }

  /**
   * Starts one call per contact and waits until the server has them all. Each call is in the book
   * before its start, so that an end racing the start event is taken.
   *
   * @return how many calls were started; one that existed already is not counted
   */
  int start(List<ClaimedContact> contacts, CampaignSettings settings) {
    long now = Workflow.currentTimeMillis();
    List<Promise<WorkflowExecution>> starts = new ArrayList<>();
    for (ClaimedContact contact : contacts) {
      calls.started(contact.callId(), contact.contactId(), now);
      CallWorkflow call =
          Workflow.newChildWorkflowStub(
              CallWorkflow.class, ChildCalls.options(campaignId, campaignName, contact));
      Async.function(call::run, ChildCalls.request(campaignId, settings, contact))
          .exceptionally(
              failure -> {
                lost(contact, failure);
                return null;
              });
      starts.add(Workflow.getWorkflowExecution(call));
    }
    int started = 0;
    for (int i = 0; i < starts.size(); i++) {
      try {
        starts.get(i).get();
        started++;
      } catch (ChildWorkflowFailure failure) {
        if (alreadyStarted(failure)) {
          log.info(
              "campaign {}: call {} exists already; waiting for its end",
              campaignId,
              contacts.get(i).callId());
        }
      }
    }
    log.info("campaign {}: started {} calls, {} in flight", campaignId, started, calls.size());
    return started;
  }

  /**
   * Starts one call per contact through the hopper, in parts: the campaign's history holds one
   * activity per part, and neither the calls' starts nor their ends. Each call is in the book
   * first, as above.
   *
   * @return how many calls were started; one that existed already is not counted
   */
  int startThrough(
      CampaignActivities hopper, List<ClaimedContact> contacts, CampaignSettings settings) {
    long now = Workflow.currentTimeMillis();
    contacts.forEach(contact -> calls.started(contact.callId(), contact.contactId(), now));
    int started = 0;
    for (List<ClaimedContact> part : PayloadParts.of(contacts, PayloadParts.ENDS_PER_PART)) {
      started +=
          hopper.startCalls(new StartCalls(campaignId, campaignName, settings, part)).started();
    }
    if (!contacts.isEmpty()) {
      log.info("campaign {}: started {} calls, {} in flight", campaignId, started, calls.size());
    }
    return started;
  }

  /**
   * A call that failed to start, or closed without its signal (terminated, failed), ends FAILED:
   * else its slot would stay taken for good. One that exists already reports its own end.
   */
  private void lost(ClaimedContact contact, Throwable failure) {
    if (alreadyStarted(failure)) {
      return;
    }
    String callId = contact.callId();
    CallResult failed = new CallResult(callId, null, Disposition.FAILED, null, null, null, null);
    if (calls.ended(new CallEnded(callId, contact.contactId(), failed))) {
      log.warn(
          "campaign {}: call {} closed without reporting; FAILED", campaignId, callId, failure);
    }
  }

  private static boolean alreadyStarted(Throwable failure) {
    return failure instanceof ChildWorkflowFailure
        && failure.getCause() instanceof WorkflowExecutionAlreadyStarted;
  }
}
