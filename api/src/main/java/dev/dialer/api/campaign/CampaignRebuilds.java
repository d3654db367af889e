package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.CampaignStatus;
import java.util.List;
import org.springframework.stereotype.Component;

/** The campaign side of a restart's recovery: which campaigns should run, and their rebuild. */
@Component
public class CampaignRebuilds {

  /** A campaign whose workflow should be running: SCHEDULED, RUNNING or PAUSED. */
  public record Active(String id, CampaignStatus status, CampaignSettings settings) {}

  private final CampaignRecords store;
  private final CampaignWorkflows workflows;

  CampaignRebuilds(CampaignRecords store, CampaignWorkflows workflows) {
    this.store = store;
    this.workflows = workflows;
  }

  public List<Active> active() {
    return store.active().stream()
        .map(campaign -> new Active(campaign.id(), campaign.status(), campaign.settings()))
        .toList();
  }

  /**
   * Starts the campaign's workflow again from its stored status and settings.
   *
   * @return false when the campaign has ended meanwhile
   */
  public boolean rebuild(String id) {
    CampaignRecord campaign = store.find(id).orElseThrow(() -> CampaignErrors.notFound(id));
    if (campaign.status().isFinal() || campaign.status() == CampaignStatus.DRAFT) {
      return false;
    }
    workflows.rebuild(campaign);
    return true;
  }

  /** Tells a running campaign that contacts may be eligible now. */
  public void wake(String id) {
    workflows.contactsAdded(id, 0);
  }
}
