package dev.dialer.workflows.campaign;

import java.time.Instant;

/**
 * @param claimToken unique per claim in the workflow (run id and a counter): a retried claim
 *     returns what the first try claimed
 * @param at workflow time; eligibility and compliance are judged at this instant
 */
public record ClaimRequest(
    String campaignId, String claimToken, int limit, Instant at, CampaignSettings settings) {}
