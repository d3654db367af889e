package dev.dialer.workflows.campaign;

import java.time.Instant;

/**
 * @param at workflow time of the change: the campaign's startedAt on its first RUNNING, its
 *     completedAt on COMPLETED or CANCELED
 */
public record CampaignStateChange(
    String campaignId, CampaignStatus status, CampaignSettings settings, Instant at) {}
