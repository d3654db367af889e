package dev.dialer.activities.campaign;

import java.time.Instant;

/** A campaign_contact row as a test reads it back. */
record ContactRow(
    String state,
    int attempts,
    int calls,
    Instant nextEligibleAt,
    String claimToken,
    String lastCallId,
    String lastDisposition,
    Instant lastAttemptAt,
    String note) {}
