package dev.dialer.workflows.call;

/**
 * Ties a call to the campaign contact it was dialed for. The call signals {@code
 * campaign:{campaignId}} with a {@link CallEnded} when it ends, and its dial is paced with the
 * campaign's other dials at {@code callsPerSecond}.
 */
public record CampaignCall(String campaignId, long contactId, double callsPerSecond) {}
