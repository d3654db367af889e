package dev.dialer.api.campaign;

import dev.dialer.api.web.ApiException;
import dev.dialer.workflows.campaign.CampaignControl;
import dev.dialer.workflows.campaign.CampaignControlReply;
import dev.dialer.workflows.campaign.CampaignStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Start, pause, resume and cancel: which are possible in each status, and the status they leave in
 * the database at once. The workflow saves the same status itself.
 */
@Service
class CampaignControls {

  private final CampaignRecords store;
  private final CampaignWorkflows workflows;
  private final Clock clock = Clock.systemUTC();

  CampaignControls(CampaignRecords store, CampaignWorkflows workflows) {
    this.store = store;
    this.workflows = workflows;
  }

  /** Starting a campaign that was started before is answered with its status now. */
  CampaignAck start(String id) {
    CampaignRecord campaign = find(id);
    if (campaign.status().isFinal()) {
      throw CampaignErrors.ended(campaign, "started");
    }
    if (campaign.status() != CampaignStatus.DRAFT) {
      return new CampaignAck(id, campaign.status());
    }
    if (!store.hasContacts(id)) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "CAMPAIGN_HAS_NO_CONTACTS",
          "Campaign "
              + id
              + " has no contacts; add them with POST /api/campaigns/"
              + id
              + "/contacts first.",
          null);
    }
    workflows.start(campaign);
    Instant startAt = campaign.settings().schedule().startAt();
    CampaignStatus status =
        startAt != null && startAt.isAfter(clock.instant())
            ? CampaignStatus.SCHEDULED
            : CampaignStatus.RUNNING;
    if (!store.markStarted(id, status)) {
      status = find(id).status();
    }
    return new CampaignAck(id, status);
  }

  CampaignAck pause(String id, String reason) {
    return control(id, reason, "paused", workflows::pause);
  }

  CampaignAck resume(String id, String reason) {
    return control(id, reason, "resumed", workflows::resume);
  }

  /** A campaign that never started is canceled here; one that runs, by its workflow. */
  CampaignAck cancel(String id, String reason) {
    CampaignRecord campaign = find(id);
    if (campaign.status() == CampaignStatus.DRAFT && store.cancelDraft(id)) {
      return new CampaignAck(id, CampaignStatus.CANCELED);
    }
    return control(id, reason, "canceled", workflows::cancel);
  }

  private CampaignAck control(
      String id,
      String reason,
      String verb,
      BiFunction<String, CampaignControl, CampaignControlReply> update) {
    CampaignRecord campaign = find(id);
    if (campaign.status().isFinal()) {
      throw CampaignErrors.ended(campaign, verb);
    }
    if (campaign.status() == CampaignStatus.DRAFT) {
      throw CampaignErrors.notStarted(id, verb);
    }
    CampaignControlReply reply = update.apply(id, new CampaignControl(reason));
    store.saveStatus(id, reply.status());
    return new CampaignAck(id, reply.status());
  }

  private CampaignRecord find(String id) {
    return store.find(id).orElseThrow(() -> CampaignErrors.notFound(id));
  }
}
