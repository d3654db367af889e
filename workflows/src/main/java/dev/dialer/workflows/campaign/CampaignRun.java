package dev.dialer.workflows.campaign;

/**
 * The input of each run of a campaign's workflow.
 *
 * @param carried what the previous run handed over at continue-as-new; null on the first run
 */
public record CampaignRun(
    String campaignId, String name, CampaignSettings settings, CampaignCarryOver carried) {}
