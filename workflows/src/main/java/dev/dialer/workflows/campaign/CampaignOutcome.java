package dev.dialer.workflows.campaign;

/**
 * How a campaign's workflow ended.
 *
 * @param status COMPLETED or CANCELED
 * @param dispatched calls started over the whole campaign, every run included
 */
public record CampaignOutcome(String campaignId, CampaignStatus status, long dispatched) {}
