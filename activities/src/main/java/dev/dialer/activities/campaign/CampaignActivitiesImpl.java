package dev.dialer.activities.campaign;

import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.campaign.CampaignActivities;
import dev.dialer.workflows.campaign.CampaignSettings;
import dev.dialer.workflows.campaign.CampaignStateChange;
import dev.dialer.workflows.campaign.ClaimRequest;
import dev.dialer.workflows.campaign.ClaimedContacts;
import dev.dialer.workflows.campaign.CloseContacts;
import dev.dialer.workflows.campaign.ContactState;
import dev.dialer.workflows.campaign.LedgerEnds;
import dev.dialer.workflows.campaign.LedgerEndsRequest;
import dev.dialer.workflows.campaign.RecordResults;
import dev.dialer.workflows.campaign.SavedState;
import dev.dialer.workflows.campaign.SettleRequest;
import dev.dialer.workflows.campaign.SettledCalls;
import dev.dialer.workflows.campaign.StartCalls;
import dev.dialer.workflows.campaign.StartedCalls;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The hopper's activities. Each is one transaction, so a retried one repeats or finds its work. */
@Component
public class CampaignActivitiesImpl implements CampaignActivities {

  /** Error type of the non-retryable failure for a request no retry can make valid. */
  public static final String INVALID_REQUEST = "CampaignInvalidRequest";

  private static final Logger log = LoggerFactory.getLogger(CampaignActivitiesImpl.class);

  private final CampaignHopper hopper;
  private final CampaignResults results;
  private final CampaignContacts contacts;
  private final CampaignCalls calls;
  private final CampaignStore campaigns;
  private final CallExecutions executions;
  private final CallStarter starter;

  CampaignActivitiesImpl(
      CampaignHopper hopper,
      CampaignResults results,
      CampaignContacts contacts,
      CampaignCalls calls,
      CampaignStore campaigns,
      CallExecutions executions,
      CallStarter starter) {
    this.hopper = hopper;
    this.results = results;
    this.contacts = contacts;
    this.calls = calls;
    this.campaigns = campaigns;
    this.executions = executions;
    this.starter = starter;
  }

  @Override
  public ClaimedContacts claim(ClaimRequest request) {
    require(request.at() != null, "at is required");
    require(request.claimToken() != null, "claimToken is required");
    require(request.limit() >= 0, "limit must not be negative; got " + request.limit());
    requireSettings(request.settings());
    require(request.settings().callerId() != null, "settings.callerId is required");
    return hopper.claim(request);
  }

  @Override
  public void recordResults(RecordResults request) {
    require(request.at() != null, "at is required");
    requireSettings(request.settings());
    request
        .ended()
        .forEach(
            ended ->
                require(
                    ended.result() != null && ended.result().disposition() != null,
                    "call " + ended.callId() + " ended without a disposition"));
    results.record(request);
  }

  @Override
  public SavedState saveState(CampaignStateChange change) {
    require(change.at() != null, "at is required");
    SavedState saved =
        campaigns
            .save(change)
            .orElseThrow(
                // Retryable: the API writes the row before it starts the workflow; a retry finds
                // it.
                () ->
                    new IllegalStateException(
                        "campaign " + change.campaignId() + " has no row in table campaign"));
    if (saved.endedAs() != null) {
      log.info(
          "campaign {}: not {}: it is {} already",
          change.campaignId(),
          change.status(),
          saved.endedAs());
    } else if (!saved.stored()) {
      log.info(
          "campaign {}: not {} yet, {} contacts are waiting",
          change.campaignId(),
          change.status(),
          saved.waitingContacts());
    }
    return saved;
  }

  @Override
  public SettledCalls settle(SettleRequest request) {
    List<CallEnded> ended = new ArrayList<>(calls.ended(request.campaignId(), request.callIds()));
    Set<String> known = ended.stream().map(CallEnded::callId).collect(Collectors.toSet());
    List<String> closed =
        request.callIds().stream()
            .filter(callId -> !known.contains(callId))
            .filter(executions::closed)
            .toList();
    if (closed.isEmpty()) {
      return new SettledCalls(ended);
    }
    // Read again: a call that closed after the first read wrote its end before it closed.
    List<CallEnded> late = calls.ended(request.campaignId(), closed);
    ended.addAll(late);
    Set<String> lateIds = late.stream().map(CallEnded::callId).collect(Collectors.toSet());
    List<CallEnded> lost =
        calls.closedWithoutEnd(
            request.campaignId(),
            closed.stream().filter(callId -> !lateIds.contains(callId)).toList());
    if (!lost.isEmpty()) {
      log.warn(
          "campaign {}: calls {} closed in Temporal without an end (terminated?); FAILED",
          request.campaignId(),
          lost.stream().map(CallEnded::callId).toList());
    }
    ended.addAll(lost);
    return new SettledCalls(ended);
  }

  @Override
  public LedgerEnds ledgerEnds(LedgerEndsRequest request) {
    require(request.campaignId() != null, "campaignId is required");
    require(request.limit() > 0, "limit must be above 0; got " + request.limit());
    return new LedgerEnds(calls.unrecorded(request.campaignId(), request.limit()));
  }

  @Override
  public StartedCalls startCalls(StartCalls request) {
    requireSettings(request.settings());
    return starter.start(request);
  }

  @Override
  public void closeContacts(CloseContacts request) {
    require(
        request.state() == ContactState.CANCELED || request.state() == ContactState.EXPIRED,
        "contacts are closed as CANCELED or EXPIRED; got " + request.state());
    String note =
        request.state() == ContactState.CANCELED
            ? "the campaign was canceled before the contact was done"
            : "the campaign ended before the contact was done";
    int closed = contacts.closeWaiting(request.campaignId(), request.state(), note);
    log.info(
        "campaign {}: {} waiting contacts closed as {}",
        request.campaignId(),
        closed,
        request.state());
  }

  private static void requireSettings(CampaignSettings settings) {
    require(settings != null, "settings are required");
    require(settings.purpose() != null, "settings.purpose is required");
    require(settings.retry() != null, "settings.retry is required");
  }

  private static void require(boolean valid, String message) {
    if (!valid) {
      throw ApplicationFailure.newNonRetryableFailure(message, INVALID_REQUEST);
    }
  }
}
