package dev.dialer.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.dialer.workflows.campaign.CampaignStatus;
import dev.dialer.workflows.campaign.ContactState;
import java.util.Arrays;
import java.util.Map;

/**
 * The part of {@code GET /api/campaigns/{id}} the demo shows. Read leniently: any field may be
 * missing while the api is young, and then counts as zero.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CampaignView(
    String status, Counts counts, Long attempts, Integer callsInFlight, Double currentCps) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Counts(Map<String, Integer> byState) {

    /** Every contact of the campaign, whatever its state. */
    int total() {
      return byState == null ? 0 : byState.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Contacts in a state they do not leave: done, exhausted, blocked, canceled or expired. */
    int finished() {
      if (byState == null) {
        return 0;
      }
      return Arrays.stream(ContactState.values())
          .filter(ContactState::isTerminal)
          .mapToInt(state -> byState.getOrDefault(state.name(), 0))
          .sum();
    }
  }

  /** COMPLETED or CANCELED: nothing more will be dialed. */
  boolean over() {
    return CampaignStatus.COMPLETED.name().equals(status)
        || CampaignStatus.CANCELED.name().equals(status);
  }

  int finishedContacts() {
    return counts == null ? 0 : counts.finished();
  }

  long attemptsOrZero() {
    return attempts == null ? 0 : attempts;
  }

  int callsInFlightOrZero() {
    return callsInFlight == null ? 0 : callsInFlight;
  }

  double currentCpsOrZero() {
    return currentCps == null ? 0 : currentCps;
  }
}
