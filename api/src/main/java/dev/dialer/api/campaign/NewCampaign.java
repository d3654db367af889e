package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.CampaignSettings;
import java.util.List;

/**
 * A campaign to create, its settings already checked.
 *
 * @param contacts added with it, in the same transaction; any that is not valid refuses the whole
 *     create
 * @param start start it at once
 * @param recording its calls are recorded
 */
record NewCampaign(
    String id,
    String name,
    CampaignSettings settings,
    List<ContactRow> contacts,
    boolean start,
    boolean recording) {

  NewCampaign(
      String id, String name, CampaignSettings settings, List<ContactRow> contacts, boolean start) {
    this(id, name, settings, contacts, start, false);
  }
}
