package dev.dialer.api.campaign;

import dev.dialer.workflows.campaign.ContactState;
import java.time.Instant;
import java.util.Map;

/**
 * A campaign's progress as the database counts it.
 *
 * @param byState every contact state, zeros included
 * @param dialsLast10s dials started in the last ten seconds of the database's clock
 * @param averageCallSeconds from dial to end, over the campaign's ended calls; null before any
 * @param nextEligibleAt the soonest a waiting contact may be dialed; null when none waits
 * @param now the database's clock, which the other figures are relative to
 * @param byOutcome contacts by the outcome labels of their last call (promiseToPay, …)
 */
record CampaignNumbers(
    Map<ContactState, Long> byState,
    Map<String, Long> byDisposition,
    long attempts,
    long dialsLast10s,
    Double averageCallSeconds,
    Instant nextEligibleAt,
    Instant now,
    Map<String, Long> byOutcome) {

  long contacts() {
    return byState.values().stream().mapToLong(Long::longValue).sum();
  }

  long state(ContactState state) {
    return byState.getOrDefault(state, 0L);
  }
}
