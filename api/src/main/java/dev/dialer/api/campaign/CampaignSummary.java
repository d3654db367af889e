package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignStatus;
import java.time.Instant;

/** A campaign in a list; its counts are in {@code GET /api/campaigns/{id}}. */
public record CampaignSummary(
    String id,
    String name,
    CampaignPurpose purpose,
    CampaignStatus status,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt) {

  static CampaignSummary of(CampaignRecord campaign) {
    return new CampaignSummary(
        campaign.id(),
        campaign.name(),
        campaign.purpose(),
        campaign.status(),
        campaign.createdAt(),
        campaign.startedAt(),
        campaign.completedAt());
  }
}
