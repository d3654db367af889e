package dev.dialer.workflows.campaign;

/** A pause, resume or cancel, with the operator's reason (may be null). */
public record CampaignControl(String reason) {}
