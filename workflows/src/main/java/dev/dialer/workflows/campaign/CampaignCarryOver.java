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
 * @param inFlightSince when each call of {@code inFlight} started, in the order of its callIds, so
 *     that a call's quiet time counts across runs; null from runs before it was carried
 * @param lastSettleAtMillis when the ledger was last asked about quiet calls; null from runs before
 *     it was carried
 * @param drainingSinceMillis when the drain began, -1 when not draining; null from older runs
 */
public record CampaignCarryOver(
    CampaignStatus status,
    boolean canceling,
    Map<String, Long> inFlight,
    List<CallEnded> pendingEnds,
    double tokens,
    long tokensAtMillis,
    long dispatched,
    boolean started,
    List<Long> inFlightSince,
    Long lastSettleAtMillis,
    Long drainingSinceMillis) {

  public CampaignCarryOver {
    // Sorted: workflow code iterates it, and Map.copyOf's order differs between JVMs.
    inFlight = Collections.unmodifiableMap(new TreeMap<>(inFlight == null ? Map.of() : inFlight));
    pendingEnds = pendingEnds == null ? List.of() : List.copyOf(pendingEnds);
    if (inFlightSince != null && inFlightSince.size() != inFlight.size()) {
      // A mismatch would pair calls with other calls' start times: count them from now instead.
      inFlightSince = null;
    }
    inFlightSince = inFlightSince == null ? null : List.copyOf(inFlightSince);
  }

  /** The carry-over of runs before the settle clock crossed runs. */
  public CampaignCarryOver(
      CampaignStatus status,
      boolean canceling,
      Map<String, Long> inFlight,
      List<CallEnded> pendingEnds,
      double tokens,
      long tokensAtMillis,
      long dispatched,
      boolean started) {
    this(
        status,
        canceling,
        inFlight,
        pendingEnds,
        tokens,
        tokensAtMillis,
        dispatched,
        started,
        null,
        null,
        null);
  }
}
