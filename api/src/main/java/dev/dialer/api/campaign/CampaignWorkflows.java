package dev.dialer.api.campaign;

import dev.dialer.api.web.ApiException;
import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.TaskQueues;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.campaign.CampaignCarryOver;
import dev.dialer.workflows.campaign.CampaignControl;
import dev.dialer.workflows.campaign.CampaignControlReply;
import dev.dialer.workflows.campaign.CampaignRun;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.CampaignStatus;
import dev.dialer.workflows.campaign.CampaignWorkflow;
import dev.dialer.workflows.campaign.ContactsAdded;
import dev.dialer.workflows.campaign.SettingsChange;
import dev.dialer.workflows.campaign.UpdateRefusal;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** A campaign's workflow, as the API starts, signals and updates it. */
@Service
class CampaignWorkflows {

  private static final Logger log = LoggerFactory.getLogger(CampaignWorkflows.class);

  private final WorkflowClient temporal;

  CampaignWorkflows(WorkflowClient temporal) {
    this.temporal = temporal;
  }

  /** Starts {@code campaign:{id}}; one started before counts as started. */
  void start(CampaignRecord campaign) {
    start(campaign, null);
  }

  /**
   * Starts the workflow of a campaign Temporal lost, from its stored status: a PAUSED one stays
   * paused; a SCHEDULED or RUNNING one starts as new, and its first pass decides by the start time
   * (a start that passed while the stack was down starts it now).
   */
  void rebuild(CampaignRecord campaign) {
    CampaignCarryOver carried =
        campaign.status() == CampaignStatus.PAUSED
            ? new CampaignCarryOver(
                CampaignStatus.PAUSED,
                false,
                Map.of(),
                List.of(),
                0,
                0,
                0,
                campaign.startedAt() != null)
            : null;
    start(campaign, carried);
  }

  private void start(CampaignRecord campaign, CampaignCarryOver carried) {
    CampaignWorkflow workflow =
        temporal.newWorkflowStub(
            CampaignWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.campaign(campaign.id()))
                .setTaskQueue(TaskQueues.DIALER)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setTypedSearchAttributes(
                    io.temporal.common.SearchAttributes.newBuilder()
                        .set(SearchAttributes.CAMPAIGN_ID, campaign.id())
                        .build())
                .setMemo(Map.of("campaignName", campaign.name()))
                .build());
    try {
      WorkflowClient.start(
          workflow::run,
          new CampaignRun(campaign.id(), campaign.name(), campaign.settings(), carried));
    } catch (WorkflowExecutionAlreadyStarted e) {
      log.info("campaignId={} was started before", campaign.id());
    } catch (RuntimeException e) {
      log.error("campaignId={} could not be started in Temporal", campaign.id(), e);
      throw unavailable("The campaign could not be started: Temporal did not answer. Retry.");
    }
  }

  CampaignControlReply pause(String id, CampaignControl control) {
    return update(id, workflow -> workflow.pause(control));
  }

  CampaignControlReply resume(String id, CampaignControl control) {
    return update(id, workflow -> workflow.resume(control));
  }

  CampaignControlReply cancel(String id, CampaignControl control) {
    return update(id, workflow -> workflow.cancel(control));
  }

  /** The settings the workflow runs by after the change; a refused change is a 400. */
  CampaignSettings updateSettings(String id, SettingsChange change) {
    return update(id, workflow -> workflow.updateSettings(change));
  }

  /** Wakes the dispatcher; without it, the contacts are found at its next look anyway. */
  void contactsAdded(String id, long accepted) {
    try {
      stub(id).contactsAdded(new ContactsAdded(accepted));
    } catch (RuntimeException e) {
      log.warn("campaignId={} was not told of {} new contacts: {}", id, accepted, e.toString());
    }
  }

  private <T> T update(String id, Function<CampaignWorkflow, T> call) {
    try {
      return call.apply(stub(id));
    } catch (WorkflowUpdateException e) {
      if (e.getCause() instanceof ApplicationFailure failure) {
        Optional<UpdateRefusal> refusal = UpdateRefusal.parse(failure.getOriginalMessage());
        if (refusal.isPresent() && UpdateRefusal.INVALID_SETTINGS.equals(refusal.get().kind())) {
          throw ApiException.invalid(refusal.get().field(), refusal.get().reason());
        }
        throw new ApiException(
            HttpStatus.CONFLICT,
            refusal.isPresent() ? "CAMPAIGN_ENDED" : "CAMPAIGN_CONFLICT",
            refusal.map(UpdateRefusal::reason).orElse(failure.getOriginalMessage()),
            null);
      }
      throw conflict(id, e);
    } catch (WorkflowNotFoundException e) {
      throw conflict(id, e);
    } catch (WorkflowException e) {
      log.error("campaignId={}: the update failed", id, e);
      throw unavailable("Temporal did not take the change; retry. (" + e.getMessage() + ")");
    }
  }

  private CampaignWorkflow stub(String id) {
    return temporal.newWorkflowStub(CampaignWorkflow.class, WorkflowIds.campaign(id));
  }

  private static ApiException conflict(String id, RuntimeException e) {
    log.info("campaignId={}: its workflow is not running: {}", id, e.toString());
    return new ApiException(
        HttpStatus.CONFLICT,
        "CAMPAIGN_NOT_RUNNING",
        "Campaign " + id + " is not running: its workflow has ended.",
        null);
  }

  private static ApiException unavailable(String message) {
    return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "TEMPORAL_UNAVAILABLE", message, null);
  }
}
