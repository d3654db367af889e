package dev.dialer.activities.compliance;

import java.time.Instant;

/**
 * A past dial attempt to the callee, from the call ledger.
 *
 * @param conversation whether a person answered and talked (disposition COMPLETED)
 */
public record Attempt(Instant at, String campaignId, String subject, boolean conversation) {}
