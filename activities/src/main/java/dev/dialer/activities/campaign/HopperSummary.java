package dev.dialer.activities.campaign;

import java.time.Instant;

/**
 * @param nextEligibleAt the soonest a waiting contact may be dialed; null when none waits
 * @param open contacts not terminal: waiting and dialing
 */
record HopperSummary(Instant nextEligibleAt, long open) {}
