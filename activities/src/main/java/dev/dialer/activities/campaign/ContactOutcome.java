package dev.dialer.activities.campaign;

import dev.dialer.workflows.campaign.ContactState;
import java.time.Instant;

/**
 * Where an attempt's end leaves a contact.
 *
 * @param attempts the contact's counted attempts, a refused one given back
 * @param nextEligibleAt when it may be dialed again; null when it is terminal
 * @param note why it waits or was closed, when there is more to say than the disposition
 */
record ContactOutcome(
    ContactState state, int attempts, Instant nextEligibleAt, String disposition, String note) {}
