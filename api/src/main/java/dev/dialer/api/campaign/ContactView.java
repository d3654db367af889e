package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.ContactState;
import java.time.Instant;
import java.util.Map;

/**
 * A contact of a campaign.
 *
 * @param row its position in the uploads, in upload order
 * @param note why it waits or was closed (a compliance deferral, a do-not-call list…)
 */
public record ContactView(
    long contactId,
    long row,
    String phone,
    String name,
    ContactState state,
    int attempts,
    Instant nextEligibleAt,
    String lastDisposition,
    String lastCallId,
    String note,
    Map<String, String> customParameters) {}
