package dev.dialer.workflows.campaign;

import dev.dialer.workflows.call.CallEnded;
import java.time.Instant;
import java.util.List;

/**
 * @param at workflow time the results are recorded at; retry delays count from here
 * @param settings the campaign's settings now: retry rules, end time, compliance for the next
 *     attempt's time
 */
public record RecordResults(
    String campaignId, Instant at, CampaignSettings settings, List<CallEnded> ended) {

  public RecordResults {
    ended = ended == null ? List.of() : List.copyOf(ended);
  }
}
