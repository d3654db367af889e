package dev.dialer.workflows.campaign;

/**
 * Asks the ledger for the ends of this campaign's calls that are not recorded yet, at most {@code
 * limit} of them.
 */
public record LedgerEndsRequest(String campaignId, int limit) {}
