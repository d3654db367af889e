package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.CampaignPurpose;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.CampaignStatus;
import java.time.Instant;

/**
 * A row of {@code campaign}.
 *
 * @param pauseReason why the dialer paused the campaign itself; null otherwise
 */
record CampaignRecord(
    String id,
    String name,
    CampaignPurpose purpose,
    CampaignStatus status,
    CampaignSettings settings,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt,
    String pauseReason) {}
