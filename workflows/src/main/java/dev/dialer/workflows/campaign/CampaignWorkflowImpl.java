package dev.dialer.workflows.campaign;

import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.call.CallEnded;
import dev.dialer.workflows.call.Disposition;
import dev.dialer.workflows.call.EndCallRequest;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * The dispatcher. Each pass of its loop records the ends that came in, stores a changed status or
 * settings, then either drains (canceled, or past its end time) or claims eligible contacts into
 * free slots at the campaign's pace and starts a call for each; then it sleeps until something
 * needs it. Handlers only record what they were told; every activity runs from {@link #run}.
 */
public class CampaignWorkflowImpl implements CampaignWorkflow {

  private static final Logger log = Workflow.getLogger(CampaignWorkflowImpl.class);

  /**
   * A run continues as new past this many events. One pass adds at most a claim batch (≤ 194 calls
   * at the 200/s cap; 2 events each in runs that start calls as children, none in runs that start
   * them through an activity), a few activities and the ends that came in meanwhile, a few hundred
   * events in all; 2,000 keeps every run far below 5,000 and quick to replay, while a new run every
   * 2,000 events costs next to nothing.
   */
  static final long CONTINUE_AS_NEW_AFTER_EVENTS = 2_000;

  /** End signals cost two events each: a big cancel is sent in parts, continuing as new between. */
  static final int END_SIGNALS_PER_PASS = 500;

  private final CampaignActivities hopper =
      Workflow.newActivityStub(
          CampaignActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(60))
              .setRetryOptions(
                  RetryOptions.newBuilder().setMaximumInterval(Duration.ofSeconds(30)).build())
              .build());

  private final String campaignId;
  private final String name;
  private final String runId;
  private final CampaignLifecycle lifecycle;
  private final InFlightCalls calls;
  private final ClaimSchedule claims;
  private final SettleSchedule settles;
  private final CallLauncher launcher;
  private CampaignSettings settings;
  private long dispatched;
  private long claimSequence;

  /** Bumped by every control, change and notice: wakes the loop. */
  private long changes;

  private long changesSeen;

  /** A control or settings change the hopper has not stored yet. */
  private boolean stateToSave;

  private String systemPauseReason;

  private Instant nextWakeAt;

  private final LedgerReads ledger;

  /** Version of "EndsFromLedger", asked once per run: null until then. */
  private Integer ledgerVersion;

  /** Builds the state before any handler runs: an update may come with the first task. */
  @WorkflowInit
  public CampaignWorkflowImpl(CampaignRun run) {
    long now = Workflow.currentTimeMillis();
    campaignId = run.campaignId();
    name = run.name();
    settings = run.settings();
    runId = Workflow.getInfo().getRunId();
    CampaignCarryOver carried = run.carried();
    if (carried == null) {
      lifecycle = CampaignLifecycle.first(settings.schedule(), now);
      calls = new InFlightCalls();
      claims = ClaimSchedule.first(settings.pacing(), now);
    } else {
      lifecycle = CampaignLifecycle.carried(carried);
      calls = InFlightCalls.carried(carried, now);
      claims = ClaimSchedule.carried(carried);
      dispatched = carried.dispatched();
    }
    settles = carried == null ? new SettleSchedule(now) : SettleSchedule.carried(carried, now);
    launcher = new CallLauncher(campaignId, name, calls);
    ledger = new LedgerReads(campaignId, hopper);
  }

  /**
   * Whether this run starts its calls through an activity and reads their ends from the ledger.
   * Runs before it started calls as children and took each end by signal; they replay so.
   */
  private boolean endsFromLedger() {
    if (ledgerVersion == null) {
      ledgerVersion = Workflow.getVersion("EndsFromLedger", Workflow.DEFAULT_VERSION, 1);
    }
    return ledgerVersion >= 1;
  }

  @Override
  public CampaignOutcome run(CampaignRun run) {
    Workflow.upsertTypedSearchAttributes(SearchAttributes.CAMPAIGN_ID.valueSet(campaignId));
    if (run.carried() == null) {
      // The first RUNNING stored is the campaign's startedAt.
      SavedState first =
          save(lifecycle.started() ? CampaignStatus.RUNNING : CampaignStatus.SCHEDULED);
      if (first != null && first.endedAs() != null) {
        return endedBeforeStart(first.endedAs());
      }
    }
    while (true) {
      changesSeen = changes;
      readLedgerEnds();
      recordEnds();
      saveChangedState();
      CampaignOutcome outcome = step();
      if (outcome != null) {
        return outcome;
      }
      settleLostEnds();
      if (historyIsLong()) {
        continueAsNew();
      }
      awaitWork();
    }
  }

  private CampaignOutcome step() {
    long now = Workflow.currentTimeMillis();
    if (lifecycle.canceling()) {
      drain(now, "canceled");
      askCallsToEnd();
      return calls.isEmpty() ? close(ContactState.CANCELED, CampaignStatus.CANCELED) : null;
    }
    if (expired(now)) {
      drain(now, "past its end time " + settings.schedule().endAt());
      return calls.isEmpty() ? close(ContactState.EXPIRED, CampaignStatus.COMPLETED) : null;
    }
    settles.notDraining();
    if (lifecycle.begin(startAt(), now)) {
      log.info("campaign {}: start time reached, dialing", campaignId);
      save(CampaignStatus.RUNNING);
    }
    return lifecycle.status() == CampaignStatus.RUNNING ? dispatch(now) : null;
  }

  /**
   * The row ended before this workflow stored its first status: a DRAFT canceled while its start
   * was on the way. Nothing was dialed; the row's end stands.
   */
  private CampaignOutcome endedBeforeStart(CampaignStatus endedAs) {
    // Only runs whose first save was refused take this path, so older histories never reach it.
    Workflow.getVersion("EndedBeforeStart", Workflow.DEFAULT_VERSION, 1);
    lifecycle.finish(endedAs);
    log.info("campaign {} was {} before its workflow started; nothing dialed", campaignId, endedAs);
    return new CampaignOutcome(campaignId, endedAs, 0);
  }

  private CampaignOutcome dispatch(long now) {
    int limit = claims.limit(settings.pacing(), freeSlots(), now);
    if (limit <= 0) {
      return null;
    }
    claims.claiming(now);
    ClaimedContacts claimed =
        hopper.claim(
            new ClaimRequest(
                campaignId,
                runId + ":" + claimSequence++,
                limit,
                Instant.ofEpochMilli(now),
                settings));
    claims.claimed(limit, claimed);
    dispatched +=
        endsFromLedger()
            ? launcher.startThrough(hopper, claimed.contacts(), settings)
            : launcher.start(claimed.contacts(), settings);
    if (claimed.open() == 0 && calls.isEmpty()) {
      SavedState saved = save(CampaignStatus.COMPLETED);
      if (!SavedState.stored(saved)) {
        log.info(
            "campaign {}: {} contacts arrived while it was completing; dialing them",
            campaignId,
            saved.waitingContacts());
        claims.hopperChanged();
        return null;
      }
      lifecycle.finish(CampaignStatus.COMPLETED);
      log.info("campaign {}: every contact is done after {} calls", campaignId, dispatched);
      return new CampaignOutcome(campaignId, CampaignStatus.COMPLETED, dispatched);
    }
    return null;
  }

  /** Takes the ends the ledger holds for calls in flight; a full page wakes the loop again. */
  private void readLedgerEnds() {
    if (!endsFromLedger() || calls.isEmpty() || !ledger.due(Workflow.currentTimeMillis())) {
      return;
    }
    List<CallEnded> ends = ledger.read();
    for (CallEnded ended : ends) {
      if (calls.ended(ended)) {
        pauseForSystem(ended);
      }
    }
    if (LedgerReads.full(ends)) {
      ledger.readAgain();
      changes++;
    }
  }

  private void recordEnds() {
    if (!calls.hasPendingEnds()) {
      return;
    }
    List<CallEnded> ends = calls.pendingEnds();
    if (ends.size() <= PayloadParts.ENDS_PER_PART
        || Workflow.getVersion("RecordEndsInParts", Workflow.DEFAULT_VERSION, 1)
            == Workflow.DEFAULT_VERSION) {
      hopper.recordResults(new RecordResults(campaignId, now(), settings, ends));
    } else {
      for (List<CallEnded> part : PayloadParts.of(ends, PayloadParts.ENDS_PER_PART)) {
        hopper.recordResults(new RecordResults(campaignId, now(), settings, part));
      }
    }
    calls.recorded(ends);
    // A retry may be due sooner than the last claim said.
    claims.hopperChanged();
  }

  private void saveChangedState() {
    if (stateToSave) {
      stateToSave = false;
      save(lifecycle.status());
    }
  }

  private SavedState save(CampaignStatus status) {
    String reason = status == CampaignStatus.PAUSED ? systemPauseReason : null;
    return hopper.saveState(new CampaignStateChange(campaignId, status, settings, now(), reason));
  }

  /**
   * A call not dialed for a fault of the system (Twilio refused the account, compliance could not
   * be checked) would fail every contact alike: the campaign pauses, with the reason, until an
   * operator resumes it. The call gave its attempt back.
   */
  private void pauseForSystem(CallEnded ended) {
    if (ended.result() == null
        || ended.result().disposition() != Disposition.SYSTEM_UNAVAILABLE
        || !lifecycle.pause()) {
      return;
    }
    Integer code = ended.result().errorCode();
    systemPauseReason =
        code != null
            ? "Twilio refused the account (error " + code + "): check TWILIO_AUTH_TOKEN"
            : "the compliance check was unavailable";
    stateToSave = true;
    log.warn("campaign {} paused: {} (call {})", campaignId, systemPauseReason, ended.callId());
  }

  private void drain(long now, String why) {
    if (settles.draining(now)) {
      log.info(
          "campaign {}: {}; dialing stopped, waiting for {} calls in flight",
          campaignId,
          why,
          calls.size());
    }
  }

  /** Asks each call in flight to end, once per run; a call that has just ended is no matter. */
  private void askCallsToEnd() {
    EndCallRequest request = new EndCallRequest(lifecycle.endReason());
    for (List<String> batch = calls.askToEnd(END_SIGNALS_PER_PASS);
        !batch.isEmpty();
        batch = calls.askToEnd(END_SIGNALS_PER_PASS)) {
      EndRequests.send(campaignId, batch, request);
      if (historyIsLong()) {
        continueAsNew();
      }
    }
  }

  private CampaignOutcome close(ContactState contacts, CampaignStatus status) {
    lifecycle.finish(status);
    // Contacts uploaded between the close and the save make the save refuse: close them too.
    do {
      hopper.closeContacts(new CloseContacts(campaignId, contacts));
    } while (!SavedState.stored(save(status)));
    log.info("campaign {} {} after {} calls", campaignId, status, dispatched);
    return new CampaignOutcome(campaignId, status, dispatched);
  }

  /** Asks the ledger about calls whose end signal never came: they must not hold slots forever. */
  private void settleLostEnds() {
    long now = Workflow.currentTimeMillis();
    if (calls.isEmpty() || now < settles.dueAtMillis()) {
      return;
    }
    List<String> quiet = calls.liveSince(settles.settling(now));
    if (quiet.isEmpty()) {
      return;
    }
    List<CallEnded> settled = new ArrayList<>();
    if (quiet.size() <= PayloadParts.CALLS_PER_SETTLE
        || Workflow.getVersion("SettleInParts", Workflow.DEFAULT_VERSION, 1)
            == Workflow.DEFAULT_VERSION) {
      settled.addAll(hopper.settle(new SettleRequest(campaignId, quiet)).ended());
    } else {
      for (List<String> part : PayloadParts.of(quiet, PayloadParts.CALLS_PER_SETTLE)) {
        settled.addAll(hopper.settle(new SettleRequest(campaignId, part)).ended());
      }
    }
    List<String> taken = settled.stream().filter(calls::ended).map(CallEnded::callId).toList();
    if (!taken.isEmpty()) {
      log.warn("campaign {}: no end signal came from {}; taken from the ledger", campaignId, taken);
    }
  }

  private boolean historyIsLong() {
    WorkflowInfo info = Workflow.getInfo();
    return info.getHistoryLength() > CONTINUE_AS_NEW_AFTER_EVENTS
        || info.isContinueAsNewSuggested();
  }

  private void continueAsNew() {
    Workflow.await(Workflow::isEveryHandlerFinished);
    recordEnds();
    saveChangedState();
    log.info(
        "campaign {}: continuing as new after {} events, {} calls in flight",
        campaignId,
        Workflow.getInfo().getHistoryLength(),
        calls.size());
    Workflow.continueAsNew(new CampaignRun(campaignId, name, settings, carryOver()));
  }

  private CampaignCarryOver carryOver() {
    // Runs before this version handed over no settle clock: their successors started it afresh.
    boolean carrySettles =
        Workflow.getVersion("CarrySettleClock", Workflow.DEFAULT_VERSION, 1) >= 1;
    return new CampaignCarryOver(
        lifecycle.status(),
        lifecycle.canceling(),
        calls.live(),
        calls.pendingEnds(),
        claims.tokens(),
        claims.tokensAtMillis(),
        dispatched,
        lifecycle.started(),
        carrySettles ? calls.liveSince() : null,
        carrySettles ? settles.lastSettleAtMillis() : null,
        carrySettles ? settles.drainingSinceMillis() : null);
  }

  /**
   * Sleeps until the next thing due, or until an end, a control, a change or a notice. A campaign
   * that is waiting for its start or paused, with no call in flight, has nothing due: it sleeps
   * until told otherwise, without timers.
   */
  private void awaitWork() {
    long now = Workflow.currentTimeMillis();
    long wakeAt = wakeAtMillis(now);
    Supplier<Boolean> woken = () -> calls.hasPendingEnds() || changes != changesSeen;
    if (wakeAt == Long.MAX_VALUE) {
      nextWakeAt = null;
      Workflow.await(woken);
    } else {
      nextWakeAt = Instant.ofEpochMilli(wakeAt);
      Workflow.await(Duration.ofMillis(Math.max(1, wakeAt - now)), woken);
    }
  }

  private long wakeAtMillis(long now) {
    long wake = Long.MAX_VALUE;
    if (!calls.isEmpty()) {
      wake = settles.dueAtMillis();
      if (endsFromLedger()) {
        wake = Math.min(wake, ledger.dueAtMillis());
      }
    }
    if (lifecycle.canceling() || expired(now)) {
      return wake;
    }
    Instant endAt = settings.schedule() == null ? null : settings.schedule().endAt();
    if (endAt != null) {
      wake = Math.min(wake, endAt.toEpochMilli());
    }
    Instant startAt = startAt();
    if (lifecycle.status() == CampaignStatus.SCHEDULED && startAt != null) {
      wake = Math.min(wake, startAt.toEpochMilli());
    }
    if (lifecycle.status() == CampaignStatus.RUNNING && freeSlots() > 0) {
      wake = Math.min(wake, claims.nextClaimAtMillis(settings.pacing(), now));
    }
    return wake;
  }

  /** Below zero when maxConcurrentCalls was lowered under the calls in flight. */
  private int freeSlots() {
    return settings.pacing().maxConcurrentCalls() - calls.size();
  }

  private boolean expired(long now) {
    Instant endAt = settings.schedule() == null ? null : settings.schedule().endAt();
    return endAt != null && now >= endAt.toEpochMilli();
  }

  private Instant startAt() {
    return settings.schedule() == null ? null : settings.schedule().startAt();
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }

  @Override
  public CampaignControlReply pause(CampaignControl control) {
    if (lifecycle.pause()) {
      stateToSave = true;
      log.info("campaign {} paused: {}", campaignId, reason(control));
    }
    changes++;
    return new CampaignControlReply(lifecycle.reported());
  }

  @Override
  public void validatePause(CampaignControl control) {
    refuse(lifecycle.refusal("pause", false));
  }

  @Override
  public CampaignControlReply resume(CampaignControl control) {
    if (lifecycle.resume(startAt(), Workflow.currentTimeMillis())) {
      stateToSave = true;
      systemPauseReason = null;
      claims.hopperChanged();
      log.info("campaign {} resumed: {}", campaignId, reason(control));
    }
    changes++;
    return new CampaignControlReply(lifecycle.reported());
  }

  @Override
  public void validateResume(CampaignControl control) {
    refuse(lifecycle.refusal("resume", false));
  }

  @Override
  public CampaignControlReply cancel(CampaignControl control) {
    lifecycle.cancel(reason(control));
    log.info("campaign {} canceled: {}", campaignId, reason(control));
    changes++;
    return new CampaignControlReply(lifecycle.reported());
  }

  @Override
  public void validateCancel(CampaignControl control) {
    refuse(lifecycle.refusal("cancel", true));
  }

  @Override
  public CampaignSettings updateSettings(SettingsChange change) {
    settings = settings.with(change);
    stateToSave = true;
    // New hours or retry rules may make contacts eligible now.
    claims.hopperChanged();
    changes++;
    log.info("campaign {}: settings changed: {}", campaignId, change);
    return settings;
  }

  /**
   * Refuses, before it enters the history, a change to a campaign that is finished or being
   * canceled, and a change {@link CampaignSettingsRules} refuses: the problems are the reason, the
   * first problem's field the field.
   */
  @Override
  public void validateSettings(SettingsChange change) {
    refuse(lifecycle.refusal("change settings", false));
    List<SettingsProblem> problems = CampaignSettingsRules.problems(settings, change, now());
    if (!problems.isEmpty()) {
      throw new UpdateRefusal(
              UpdateRefusal.INVALID_SETTINGS,
              problems.get(0).field(),
              problems.stream().map(SettingsProblem::toString).collect(Collectors.joining("; ")))
          .failure();
    }
  }

  @Override
  public void callEnded(CallEnded ended) {
    if (endsFromLedger()) {
      // The end is in the ledger already: the signal only says to read it now.
      ledger.readAgain();
      changes++;
      return;
    }
    pauseForSystem(ended);
    if (!calls.ended(ended)) {
      log.info(
          "campaign {}: ignored the end of call {}: not in flight or already ended",
          campaignId,
          ended.callId());
    }
  }

  @Override
  public void contactsAdded(ContactsAdded added) {
    claims.hopperChanged();
    changes++;
    log.info("campaign {}: {} contacts added", campaignId, added.accepted());
  }

  @Override
  public CampaignProgress progress() {
    return new CampaignProgress(
        lifecycle.reported(), calls.size(), dispatched, settings, nextWakeAt);
  }

  private static void refuse(String refusal) {
    if (refusal != null) {
      throw new UpdateRefusal(UpdateRefusal.CAMPAIGN_FINISHED, null, refusal).failure();
    }
  }

  private static String reason(CampaignControl control) {
    return control == null ? null : control.reason();
  }
}
