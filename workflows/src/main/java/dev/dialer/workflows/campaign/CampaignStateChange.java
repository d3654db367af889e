package dev.dialer.workflows.campaign;

import java.time.Instant;

/**
 * @param at workflow time of the change: the campaign's startedAt on its first RUNNING, its
 *     completedAt on COMPLETED or CANCELED
 * @param pauseReason why the campaign paused itself (a systemic failure); null keeps the stored
 *     reason while the campaign stays PAUSED (a run after continue-as-new does not know it), and
 *     any other status clears it
 */
public record CampaignStateChange(
    String campaignId,
    CampaignStatus status,
    CampaignSettings settings,
    Instant at,
    String pauseReason) {

  public CampaignStateChange(
      String campaignId, CampaignStatus status, CampaignSettings settings, Instant at) {
    this(campaignId, status, settings, at, null);
  }
}
