package dev.dialer.workflows.call;

import dev.dialer.workflows.conversation.CallOutcome;

/**
 * A call's outcome, for its ledger row and, on a campaign's call, for its contact.
 *
 * @param campaign the campaign contact the call was for, null for a single call
 * @param to the number dialed, flagged when the outcome says it reaches the wrong person
 */
public record OutcomeRecord(String callId, CampaignCall campaign, String to, CallOutcome outcome) {}
