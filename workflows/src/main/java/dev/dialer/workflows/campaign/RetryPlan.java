package dev.dialer.workflows.campaign;

import java.time.Instant;

/**
 * @param nextEligibleAt when the contact may be dialed again; null when it is done
 * @param attemptCounted false when nothing was dialed (compliance refused): the attempt is given
 *     back
 */
public record RetryPlan(ContactState state, Instant nextEligibleAt, boolean attemptCounted) {}
