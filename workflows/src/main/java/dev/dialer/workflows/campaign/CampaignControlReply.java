package dev.dialer.workflows.campaign;

/** The campaign's status once the control was taken. */
public record CampaignControlReply(CampaignStatus status) {}
