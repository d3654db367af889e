package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.CallEnded;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of a campaign's workflow hands the next at continue-as-new.
 *
 * @param inFlight calls started and not yet reported ended: callId to contactId
 * @param pendingEnds calls that ended but whose results were not yet recorded
 */
public record CampaignCarryOver(
    CampaignStatus status,
    boolean canceling,
    Map<String, Long> inFlight,
    List<CallEnded> pendingEnds,
    double tokens,
    long tokensAtMillis,
    long dispatched,
    boolean started) {

  public CampaignCarryOver {
    // Sorted: workflow code iterates it, and Map.copyOf's order differs between JVMs.
    inFlight = Collections.unmodifiableMap(new TreeMap<>(inFlight == null ? Map.of() : inFlight));
    pendingEnds = pendingEnds == null ? List.of() : List.copyOf(pendingEnds);
  }
}
