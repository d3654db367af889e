package dev.dialer.workflows.campaign;

import java.time.Instant;

/**
 * The dispatcher's view, for the query {@code progress}: what the database cannot tell.
 *
 * @param nextWakeAt when the dispatcher next looks for contacts unless something wakes it sooner
 */
public record CampaignProgress(
    CampaignStatus status,
    int callsInFlight,
    long dispatched,
    CampaignSettings settings,
    Instant nextWakeAt) {}
