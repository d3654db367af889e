package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.CampaignStatus;

/** The answer to a create, start, pause, resume or cancel: the campaign and its status now. */
public record CampaignAck(String id, CampaignStatus status) {}
