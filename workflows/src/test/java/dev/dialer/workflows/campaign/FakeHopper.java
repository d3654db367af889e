package dev.dialer.workflows.campaign;

import dev.dialer.workflows.TaskQueues;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.CallResult;
import dev.dialer.workflows.call.CallWorkflow;
import io.temporal.activity.Activity;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The hopper in memory, keeping the contract of {@link CampaignActivities}: eligibility at the
 * claim's instant, attempts under the campaign's maximum, repeated claim tokens answered alike,
 * retry plans from {@link RetryPolicy#plan}, and a calling window that may be closed for a phone
 * until some instant (compliance deferral). The ledger is what calls write when they end.
 */
final class FakeHopper implements CampaignActivities {

  static final String ZONE = "America/New_York";

  /** One claim as the campaign made it, and the workflow run that made it. */
  record Claim(Instant at, int limit, int claimed, CampaignSettings settings, String runId) {}

  /** One recorded call end. */
  record Result(String callId, long contactId, CallResult result, Instant at, String runId) {}

  static final class Contact {
    final long id;
    final String phone;
    ContactState state = ContactState.PENDING;
    int attempts;
    Instant nextEligibleAt;
    Instant closedUntil;

    Contact(long id, String phone) {
      this.id = id;
      this.phone = phone;
    }

    boolean waiting() {
      return state == ContactState.PENDING || state == ContactState.RETRY;
    }
  }

  private final TreeMap<Long, Contact> contacts = new TreeMap<>();
  private final Map<String, ClaimedContacts> claimsByToken = new HashMap<>();
  private final Map<String, CallEnded> ledger = new HashMap<>();
  private final Set<String> recordedCalls = new HashSet<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Result> results = new ArrayList<>();
  private final List<CampaignStateChange> states = new ArrayList<>();
  private final List<CloseContacts> closes = new ArrayList<>();
  private int duplicateResults;
  private int arrivingOnFinalSave;
  private int refusedFinalSaves;
  private int maxDialing;
  private CampaignStatus endedAs;
  private final Map<String, String> startedBy = new HashMap<>();
  private int ledgerReads;
  private final Set<Long> missedByReads = new HashSet<>();
  private WorkflowClient client;

  /** {@code count} contacts, ids 1.., phones {@link #phone}(id). */
  FakeHopper(int count) {
    for (long id = 1; id <= count; id++) {
      contacts.put(id, new Contact(id, phone(id)));
    }
  }

  static String phone(long contactId) {
    return String.format("+1555%07d", contactId);
  }

  /** The client {@link #startCalls} starts calls with, as the real hopper's is Temporal's. */
  FakeHopper startingWith(WorkflowClient client) {
    this.client = client;
    return this;
  }

  /**
   * {@link #ledgerEnds} never returns this contact's ends, as for a call that closed without
   * writing one: only {@link #settle} takes it.
   */
  synchronized FakeHopper missedByReads(long contactId) {
    missedByReads.add(contactId);
    return this;
  }

  /** Compliance will not allow calls to this contact before {@code until}. */
  synchronized FakeHopper closedUntil(long contactId, Instant until) {
    contacts.get(contactId).closedUntil = until;
    return this;
  }

  @Override
  public synchronized ClaimedContacts claim(ClaimRequest request) {
    ClaimedContacts before = claimsByToken.get(request.claimToken());
    if (before != null) {
      return before;
    }
    Instant at = request.at();
    List<ClaimedContact> claimed = new ArrayList<>();
    for (Contact contact : contacts.values()) {
      if (claimed.size() == request.limit()) {
        break;
      }
      if (!contact.waiting()
          || (contact.nextEligibleAt != null && contact.nextEligibleAt.isAfter(at))) {
        continue;
      }
      if (contact.attempts >= request.settings().retry().maxAttempts()) {
        contact.state = ContactState.EXHAUSTED;
        continue;
      }
      if (contact.closedUntil != null && contact.closedUntil.isAfter(at)) {
        contact.nextEligibleAt = contact.closedUntil;
        continue;
      }
      contact.attempts++;
      contact.state = ContactState.DIALING;
      claimed.add(
          new ClaimedContact(
              contact.id,
              CampaignCallIds.of(request.campaignId(), contact.id, contact.attempts),
              contact.attempts,
              contact.phone,
              "Contact " + contact.id,
              ZONE,
              null,
              null,
              Map.of("contactId", String.valueOf(contact.id))));
    }
    ClaimedContacts answer = new ClaimedContacts(claimed, nextEligibleAt(at), open());
    claimsByToken.put(request.claimToken(), answer);
    claims.add(new Claim(at, request.limit(), claimed.size(), request.settings(), runId()));
    maxDialing = Math.max(maxDialing, count(ContactState.DIALING));
    return answer;
  }

  private Instant nextEligibleAt(Instant at) {
    return contacts.values().stream()
        .filter(Contact::waiting)
        .map(contact -> contact.nextEligibleAt == null ? at : contact.nextEligibleAt)
        .min(Instant::compareTo)
        .orElse(null);
  }

  private long open() {
    return contacts.values().stream().filter(contact -> !contact.state.isTerminal()).count();
  }

  @Override
  public synchronized void recordResults(RecordResults request) {
    for (CallEnded end : request.ended()) {
      if (!recordedCalls.add(end.callId())) {
        duplicateResults++;
        continue;
      }
      Contact contact = contacts.get(end.contactId());
      CallResult result = end.result();
      RetryPlan plan =
          request
              .settings()
              .retry()
              .plan(result.disposition(), contact.attempts, request.at(), result.nextAllowedAt());
      if (!plan.attemptCounted()) {
        contact.attempts--;
      }
      contact.state = plan.state();
      contact.nextEligibleAt = plan.nextEligibleAt();
      results.add(new Result(end.callId(), end.contactId(), result, request.at(), runId()));
    }
  }

  /**
   * {@code count} contacts arrive just as the campaign next saves a final status, as an upload that
   * committed between the campaign's last look and its save would.
   */
  synchronized FakeHopper arriveOnFinalSave(int count) {
    arrivingOnFinalSave = count;
    return this;
  }

  /** The campaign's row says it ended so, as a DRAFT canceled while its start was on the way. */
  synchronized FakeHopper endedAs(CampaignStatus status) {
    endedAs = status;
    return this;
  }

  @Override
  public synchronized SavedState saveState(CampaignStateChange change) {
    if (endedAs != null) {
      return change.status() == endedAs ? SavedState.saved() : SavedState.ended(endedAs);
    }
    if (change.status() != null && change.status().isFinal()) {
      for (; arrivingOnFinalSave > 0; arrivingOnFinalSave--) {
        long id = contacts.lastKey() + 1;
        contacts.put(id, new Contact(id, phone(id)));
      }
      long waiting = contacts.values().stream().filter(Contact::waiting).count();
      if (waiting > 0) {
        refusedFinalSaves++;
        return SavedState.refused(waiting);
      }
    }
    states.add(change);
    return SavedState.saved();
  }

  synchronized int refusedFinalSaves() {
    return refusedFinalSaves;
  }

  @Override
  public synchronized SettledCalls settle(SettleRequest request) {
    return new SettledCalls(
        request.callIds().stream().map(ledger::get).filter(Objects::nonNull).toList());
  }

  @Override
  public synchronized LedgerEnds ledgerEnds(LedgerEndsRequest request) {
    ledgerReads++;
    return new LedgerEnds(
        ledger.values().stream()
            .filter(end -> !recordedCalls.contains(end.callId()))
            .filter(end -> !missedByReads.contains(end.contactId()))
            .filter(end -> dialing(request.campaignId(), end))
            .sorted(Comparator.comparing(CallEnded::callId))
            .limit(request.limit())
            .toList());
  }

  /** Whether the end is that of the attempt its contact is DIALING, as the ledger's join says. */
  private boolean dialing(String campaignId, CallEnded end) {
    Contact contact = contacts.get(end.contactId());
    return contact.state == ContactState.DIALING
        && end.callId().equals(CampaignCallIds.of(campaignId, contact.id, contact.attempts));
  }

  @Override
  public StartedCalls startCalls(StartCalls request) {
    int started = 0;
    for (ClaimedContact contact : request.contacts()) {
      synchronized (this) {
        startedBy.putIfAbsent(contact.callId(), runId());
      }
      CallWorkflow call =
          client.newWorkflowStub(
              CallWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId(WorkflowIds.call(contact.callId()))
                  .setTaskQueue(TaskQueues.DIALER)
                  .setWorkflowIdReusePolicy(
                      WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                  .build());
      try {
        WorkflowClient.start(
            call::run, ChildCalls.request(request.campaignId(), request.settings(), contact, true));
        started++;
      } catch (WorkflowExecutionAlreadyStarted retried) {
        // started by an earlier attempt of this activity
      }
    }
    return new StartedCalls(started);
  }

  /** The campaign run whose {@link #startCalls} started this call; null for a child call. */
  synchronized String startedBy(String callId) {
    return startedBy.get(callId);
  }

  synchronized int ledgerReads() {
    return ledgerReads;
  }

  @Override
  public synchronized void closeContacts(CloseContacts request) {
    closes.add(request);
    for (Contact contact : contacts.values()) {
      if (contact.waiting()) {
        contact.state = request.state();
      }
    }
  }

  /** The call's own write to the ledger, before it tells its campaign. */
  synchronized void ledger(CallEnded end) {
    ledger.put(end.callId(), end);
  }

  private static String runId() {
    return Activity.getExecutionContext().getInfo().getWorkflowRunId();
  }

  private int count(ContactState state) {
    return (int) contacts.values().stream().filter(contact -> contact.state == state).count();
  }

  synchronized ContactState state(long contactId) {
    return contacts.get(contactId).state;
  }

  synchronized Map<ContactState, Integer> states() {
    Map<ContactState, Integer> byState = new TreeMap<>();
    contacts.values().forEach(contact -> byState.merge(contact.state, 1, Integer::sum));
    return byState;
  }

  synchronized List<Claim> claims() {
    return List.copyOf(claims);
  }

  synchronized List<Result> results() {
    return List.copyOf(results);
  }

  synchronized List<CampaignStateChange> savedStates() {
    return List.copyOf(states);
  }

  synchronized List<CloseContacts> closes() {
    return List.copyOf(closes);
  }

  synchronized int duplicateResults() {
    return duplicateResults;
  }

  /** The most contacts ever DIALING at once, seen at each claim. */
  synchronized int maxDialing() {
    return maxDialing;
  }
}
