package dev.dialer.workflows.campaign;

import java.util.List;

/**
 * The calls of claimed contacts, for the hopper to start: the settings travel once, not per call.
 */
public record StartCalls(
    String campaignId,
    String campaignName,
    CampaignSettings settings,
    List<ClaimedContact> contacts) {

  public StartCalls {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }
}
