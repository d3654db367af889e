package dev.dialer.workflows.call;

import dev.dialer.workflows.SearchAttributes;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.compliance.ComplianceActivities;
import dev.dialer.workflows.compliance.ComplianceCheckRequest;
import dev.dialer.workflows.compliance.ComplianceDecision;
import dev.dialer.workflows.compliance.Reason;
import dev.dialer.workflows.conversation.ClarificationRequested;
import dev.dialer.workflows.conversation.CommandExecuted;
import dev.dialer.workflows.conversation.ConversationEnded;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.OptOutRequested;
import dev.dialer.workflows.conversation.OutcomeExtracted;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * Dials once, follows Twilio's status callbacks to the final status and records the disposition.
 * Signal handlers only record what Twilio said; every decision to act is taken in {@link #run}.
 */
public class CallWorkflowImpl implements CallWorkflow {

  private static final Logger log = Workflow.getLogger(CallWorkflowImpl.class);

  private static final String MACHINE_HANG_UP = "answering machine";
  private static final String MAX_DURATION_HANG_UP = "max call duration";
  private static final String DEFAULT_END_REASON = "ended by user";

  /** Histories recorded before the compliance check existed replay without it. */
  static final String COMPLIANCE_CHECK_CHANGE = "compliance-check-before-dial";

  static final String ADOPT_HEARD_CALL_CHANGE = "adopt-call-heard-when-dial-failed";

  /** The dial repeats the compliance check right before its create. */
  static final String RECHECK_IN_DIAL_CHANGE = "compliance-recheck-in-dial";

  /** An end before the dial cancels it: the call ends CANCELED, not dialed. */
  static final String CANCEL_BEFORE_DIAL_CHANGE = "cancel-before-dial";

  /** A compliance check that cannot run is a fault of the system, not an attempt. */
  static final String SYSTEMIC_NOT_AN_ATTEMPT_CHANGE = "systemic-failure-not-an-attempt";

  /** The ledger's status of a call that never reached Twilio. */
  private static final String NOT_DIALED = "not-dialed";

  /**
   * The dial as it is cancelled when an end comes first: heartbeats carry the cancellation to it
   * (and notice a dead worker within the heartbeat timeout, beyond the longest create request), and
   * the workflow waits for its answer, since a dial past its mark still places the call.
   */
  private final TelephonyActivities cancellableDialing =
      Workflow.newActivityStub(
          TelephonyActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setHeartbeatTimeout(Duration.ofSeconds(15))
              .setScheduleToCloseTimeout(Duration.ofMinutes(10))
              .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(1))
                      .setBackoffCoefficient(2)
                      .setMaximumInterval(Duration.ofSeconds(30))
                      .setDoNotRetry(
                          TelephonyActivities.DIAL_REJECTED,
                          TelephonyActivities.DIAL_NOT_ALLOWED,
                          TelephonyActivities.TELEPHONY_UNAVAILABLE)
                      .build())
              .build());

  /** Dialing gets minutes of retries: the activity adopts a call an earlier try created. */
  private final TelephonyActivities dialing =
      Workflow.newActivityStub(
          TelephonyActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setScheduleToCloseTimeout(Duration.ofMinutes(10))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(1))
                      .setBackoffCoefficient(2)
                      .setMaximumInterval(Duration.ofSeconds(30))
                      .setDoNotRetry(TelephonyActivities.DIAL_REJECTED)
                      .build())
              .build());

  /**
   * Hang-ups and fetches give up within a minute: the call loop must keep listening, and the next
   * reconciliation or the duration cap tries again.
   */
  private final TelephonyActivities telephony =
      Workflow.newActivityStub(
          TelephonyActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setScheduleToCloseTimeout(Duration.ofMinutes(1))
              .build());

  /**
   * The check reads the database; a database that is down for minutes leaves the call undialed
   * rather than dialed unchecked.
   */
  private final ComplianceActivities compliance =
      Workflow.newActivityStub(
          ComplianceActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setScheduleToCloseTimeout(Duration.ofMinutes(10))
              .build());

  private final CallRecordActivities records =
      Workflow.newActivityStub(
          CallRecordActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  private final CallProgress progress = new CallProgress();
  private final CallConversation conversation = new CallConversation();
  private final MediaHost mediaHost = new MediaHost(conversation::hostTaskQueue);
  private final CallClarifications clarifications = new CallClarifications(mediaHost);
  private final CallOutcomes outcomes = new CallOutcomes();
  private final CallOverrides overrides =
      new CallOverrides(
          conversation::hostTaskQueue,
          () -> progress.callSid() != null && !progress.isTerminal(),
          reason -> end(new EndCallRequest(reason)),
          mediaHost);
  private final CallTransfers transfers =
      new CallTransfers(
          mediaHost,
          () ->
              progress.callSid() != null
                  && !progress.isTerminal()
                  && conversation.hostTaskQueue() != null);
  private final CallVoicemail voicemail = new CallVoicemail();
  private CallRequest request;

  /** The compliance check the call passed, repeated by the dial right before its create. */
  private ComplianceCheckRequest checked;

  private String callId;
  private EndCallRequest endRequest;
  private boolean endHandled;
  private boolean machineHandled;
  private boolean durationCapHandled;
  private long quietSinceMillis;
  private Disposition disposition;

  /** The worker, and the Spring starter that registers this class, create one per run. */
  public CallWorkflowImpl() {}

  @Override
  public CallResult run(CallRequest request) {
    this.request = request;
    callId = request.callId();
    clarifications.configure(callId, request.campaign(), request.clarificationTimeout());
    overrides.configure(callId);
    transfers.configure(callId, request.voice());
    voicemail.configure(callId, request.voice(), request.customParameters());
    if (Workflow.getVersion(COMPLIANCE_CHECK_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1) {
      CallCompletion refused = checkCompliance(request);
      if (refused != null) {
        return finish(refused);
      }
    }
    DialResult[] dialedHolder = new DialResult[1];
    CallCompletion notDialed = dialOrCancel(request, dialedHolder);
    if (notDialed != null) {
      return finish(notDialed);
    }
    DialResult dialed = dialedHolder[0];
    progress.dialed(dialed.callSid());
    log.info(
        "call {} dialed as {} from {}{}",
        callId,
        dialed.callSid(),
        dialed.from(),
        dialed.adopted() ? " (adopted an earlier try's call)" : "");
    quietSinceMillis = Workflow.currentTimeMillis();
    awaitFinalStatus(quietSinceMillis + CallTimings.MAX_CALL_DURATION.toMillis());
    awaitLateMachineDetection();

    CallResult result =
        new CallResult(
            callId,
            progress.callSid(),
            DispositionRules.of(
                progress.status(), progress.durationSeconds(), progress.answeredBy()),
            progress.status(),
            progress.durationSeconds(),
            progress.answeredBy(),
            null);
    result = transfers.settle(conversation.settle(result, request.to(), callId, compliance));
    result = voicemail.settle(result);
    outcomes.settle(
        request,
        conversation.conversed(),
        conversation.optedOut(),
        clarifications.openQuestion(),
        records);
    return finish(new CallCompletion(result, progress.completionSource()));
  }

  /**
   * Asks the compliance engine right before the dial; the decision, with its reasons, stays in this
   * workflow's history as the record of why the call was allowed. Returns the completion of a call
   * that must not be dialed, or null.
   */
  private CallCompletion checkCompliance(CallRequest request) {
    ComplianceDecision decision;
    try {
      Instant now = Instant.ofEpochMilli(Workflow.currentTimeMillis());
      checked =
          request.compliance() != null
              ? request.compliance().at(request.to(), now)
              : ComplianceCheckRequest.of(request.to(), now);
      decision = compliance.check(checked);
    } catch (ActivityFailure failure) {
      log.warn("call {}: compliance check failed; not dialing", callId, failure);
      if (Workflow.getVersion(SYSTEMIC_NOT_AN_ATTEMPT_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1) {
        return systemic(CallCompletion.COMPLIANCE_UNAVAILABLE, null);
      }
      return new CallCompletion(failed(null), CallCompletion.COMPLIANCE_UNAVAILABLE);
    }
    if (decision.allowed()) {
      return null;
    }
    return refusal(decision);
  }

  /** The completion of a call compliance refused: never dialed, with the rules that say why. */
  private CallCompletion refusal(ComplianceDecision decision) {
    Disposition blocked =
        switch (decision.blockedBy()) {
          case DNC -> Disposition.BLOCKED_DNC;
          case WINDOW -> Disposition.DEFERRED_WINDOW;
          case CAP -> Disposition.CAPPED;
        };
    String why =
        decision.reasons().stream()
            .filter(Reason::blocking)
            .map(reason -> reason.rule() + ": " + reason.detail())
            .collect(Collectors.joining("; "));
    log.info(
        "call {}: not dialed, {} ({}), next allowed {}",
        callId,
        blocked,
        why,
        decision.nextAllowedAt());
    return new CallCompletion(
        new CallResult(
            callId, null, blocked, null, null, null, null, decision.nextAllowedAt(), why),
        CallCompletion.COMPLIANCE);
  }

  /**
   * Dials; an end that arrives first cancels the dial. The activity places nothing once canceled
   * before its mark, and reports the cancellation; a dial past its mark completes and the end then
   * hangs up. Returns the completion of a call that was not dialed, or null with {@code dialed}
   * set.
   */
  private CallCompletion dialOrCancel(CallRequest request, DialResult[] dialed) {
    DialRequest dial = dialRequest(request);
    if (Workflow.getVersion(RECHECK_IN_DIAL_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1
        && checked != null) {
      dial = dial.withRecheck(checked);
    }
    if (Workflow.getVersion(CANCEL_BEFORE_DIAL_CHANGE, Workflow.DEFAULT_VERSION, 1)
        == Workflow.DEFAULT_VERSION) {
      try {
        dialed[0] = dialing.dial(dial);
        return null;
      } catch (ActivityFailure failure) {
        return afterFailedDial(failure, dialed);
      }
    }
    DialRequest sent = dial;
    Promise<DialResult>[] promise = newPromiseHolder();
    CancellationScope scope =
        Workflow.newCancellationScope(
            () -> promise[0] = Async.function(cancellableDialing::dial, sent));
    scope.run();
    Workflow.await(() -> promise[0].isCompleted() || endRequest != null);
    if (!promise[0].isCompleted()) {
      log.info("call {}: end requested before the dial; canceling it", callId);
      scope.cancel();
    }
    try {
      dialed[0] = promise[0].get();
      return null;
    } catch (ActivityFailure failure) {
      if (failure.getCause() instanceof CanceledFailure) {
        endHandled = true;
        return new CallCompletion(
            new CallResult(callId, null, Disposition.CANCELED, NOT_DIALED, null, null, null),
            CallCompletion.CANCELED_BEFORE_DIAL);
      }
      return afterFailedDial(failure, dialed);
    }
  }

  @SuppressWarnings("unchecked")
  private static Promise<DialResult>[] newPromiseHolder() {
    return (Promise<DialResult>[]) new Promise<?>[1];
  }

  private CallCompletion afterFailedDial(ActivityFailure failure, DialResult[] dialed) {
    Optional<String> live = liveCallDespite(failure);
    if (live.isPresent()) {
      dialed[0] = new DialResult(live.get(), request.from(), true);
      return null;
    }
    CallCompletion refused = refusalAtDial(failure);
    return refused != null ? refused : finishFailedDial(failure);
  }

  /**
   * The dial's own re-check refused the call, or Twilio refused the account: the call was never
   * placed. Null for any other failure.
   */
  private CallCompletion refusalAtDial(ActivityFailure failure) {
    if (!(failure.getCause() instanceof ApplicationFailure application)) {
      return null;
    }
    if (TelephonyActivities.DIAL_NOT_ALLOWED.equals(application.getType())
        && application.getDetails().getSize() > 0) {
      return refusal(application.getDetails().get(ComplianceDecision.class));
    }
    if (TelephonyActivities.TELEPHONY_UNAVAILABLE.equals(application.getType())) {
      log.warn("call {}: Twilio refused the account: {}", callId, application.getOriginalMessage());
      Integer code =
          application.getDetails().getSize() == 0
              ? null
              : application.getDetails().get(DialRejection.class).code();
      return systemic(CallCompletion.TELEPHONY_UNAVAILABLE, code);
    }
    return null;
  }

  /** Not dialed for a fault of the system, not of the number: the attempt does not count. */
  private CallCompletion systemic(String source, Integer errorCode) {
    return new CallCompletion(
        new CallResult(
            callId, null, Disposition.SYSTEM_UNAVAILABLE, NOT_DIALED, null, null, errorCode),
        source);
  }

  /** A campaign's call is paced with the campaign's other dials, across every worker. */
  private DialRequest dialRequest(CallRequest request) {
    CampaignCall campaign = request.campaign();
    DialRequest dial =
        campaign == null
            ? new DialRequest(
                request.callId(), request.to(), request.from(), request.customParameters())
            : new DialRequest(
                request.callId(),
                request.to(),
                request.from(),
                request.customParameters(),
                new DialPacing(campaign.campaignId(), campaign.callsPerSecond()));
    return voicemail.configured() ? dial.detectingMessageEnd() : dial;
  }

  @Override
  public void statusChanged(CallStatusUpdate update) {
    boolean waitingForDial = progress.callSid() == null;
    if (progress.apply(update)) {
      quietSinceMillis = Workflow.currentTimeMillis();
      return;
    }
    if (waitingForDial) {
      log.debug(
          "call {}: holding {} #{} until dial returns",
          callId,
          update.callStatus(),
          update.sequenceNumber());
      return;
    }
    log.info(
        "call {} ({}): ignored {} #{} for {}: duplicate, late, after the final status or another"
            + " call",
        callId,
        progress.callSid(),
        update.callStatus(),
        update.sequenceNumber(),
        update.callSid());
  }

  @Override
  public void machineDetected(AmdResult result) {
    if (progress.detected(result)) {
      log.info("call {} ({}): answered by {}", callId, progress.callSid(), result.answeredBy());
    }
  }

  @Override
  public void end(EndCallRequest request) {
    if (endRequest == null) {
      endRequest = request;
      log.info("call {}: end requested: {}", callId, request.reason());
    }
  }

  @Override
  public void mediaConnected(MediaConnected connected) {
    conversation.connected(connected);
  }

  @Override
  public void conversationEnded(ConversationEnded ended) {
    conversation.ended(ended);
  }

  @Override
  public void optOutRequested(OptOutRequested optOut) {
    conversation.optOut(optOut);
  }

  @Override
  public void commandExecuted(CommandExecuted command) {
    conversation.commandExecuted(command);
    transfers.commandExecuted(command);
  }

  @Override
  public void outcomeExtracted(OutcomeExtracted outcome) {
    outcomes.extracted(outcome);
  }

  @Override
  public void clarificationRequested(ClarificationRequested request) {
    clarifications.requested(request);
  }

  @Override
  public void validateAnswerClarification(ClarificationReply reply) {
    clarifications.validate(reply);
  }

  @Override
  public OverrideResult answerClarification(ClarificationReply reply) {
    return clarifications.answer(reply);
  }

  @Override
  public void validateOverride(SupervisorOverride override) {
    if (override != null && SupervisorOverride.TRANSFER.equals(override.action())) {
      transfers.validate(override);
    } else {
      overrides.validate(override);
    }
  }

  @Override
  public OverrideResult override(SupervisorOverride override) {
    return SupervisorOverride.TRANSFER.equals(override.action())
        ? transfers.apply(override)
        : overrides.apply(override);
  }

  @Override
  public ClarificationState clarifications() {
    return clarifications.state();
  }

  @Override
  public CallState state() {
    return new CallState(
        callId,
        progress.callSid(),
        progress.status(),
        progress.lastSequenceNumber(),
        progress.answeredBy(),
        disposition);
  }

  private void awaitFinalStatus(long durationCapMillis) {
    while (!progress.isTerminal()) {
      long now = Workflow.currentTimeMillis();
      long reconcileAtMillis = quietSinceMillis + request.effectiveReconcileAfter().toMillis();
      if (endDue()) {
        endHandled = true;
        hangUp(endRequest.reason() == null ? DEFAULT_END_REASON : endRequest.reason());
      } else if (machineHangUpDue()) {
        machineHandled = true;
        if (!voicemail.leave(progress.callSid(), progress.answeredBy())) {
          hangUp(MACHINE_HANG_UP);
        }
      } else if (!durationCapHandled && now >= durationCapMillis) {
        durationCapHandled = true;
        hangUp(MAX_DURATION_HANG_UP);
      } else if (now >= reconcileAtMillis) {
        reconcile();
      } else {
        long wakeAtMillis =
            durationCapHandled ? reconcileAtMillis : Math.min(reconcileAtMillis, durationCapMillis);
        long observedQuietSince = quietSinceMillis;
        Workflow.await(
            Duration.ofMillis(wakeAtMillis - now),
            () ->
                progress.isTerminal()
                    || endDue()
                    || machineHangUpDue()
                    || quietSinceMillis != observedQuietSince);
      }
    }
  }

  private boolean endDue() {
    return endRequest != null && !endHandled;
  }

  private boolean machineHangUpDue() {
    return progress.answeredByMachine() && !machineHandled;
  }

  private void awaitLateMachineDetection() {
    if (CallStatuses.COMPLETED.equals(progress.status()) && progress.answeredBy() == null) {
      Workflow.await(CallTimings.AMD_GRACE, () -> progress.answeredBy() != null);
    }
  }

  private void hangUp(String reason) {
    log.info("call {} ({}): hanging up: {}", callId, progress.callSid(), reason);
    try {
      telephony.hangUp(new HangUpRequest(progress.callSid(), reason));
    } catch (ActivityFailure failure) {
      log.warn(
          "call {} ({}): hang-up failed, still waiting for the final status",
          callId,
          progress.callSid(),
          failure);
    }
  }

  private void reconcile() {
    try {
      CallSnapshot snapshot = telephony.fetchCall(new FetchCallRequest(progress.callSid()));
      progress.reconcile(snapshot);
      log.info(
          "call {} ({}): no callback for {}, Twilio says {}",
          callId,
          progress.callSid(),
          request.effectiveReconcileAfter(),
          snapshot.status());
    } catch (ActivityFailure failure) {
      log.warn(
          "call {} ({}): could not fetch the call, trying again in {}",
          callId,
          progress.callSid(),
          request.effectiveReconcileAfter(),
          failure);
    }
    quietSinceMillis = Workflow.currentTimeMillis();
  }

  /**
   * A dial that failed for good may still have placed the call (Twilio created it, the answer got
   * lost, the retries ran out): when Twilio's callbacks already named it, the call is followed to
   * its end like any other instead of being left live and unrecorded. Twilio's outright refusal
   * created nothing.
   */
  private Optional<String> liveCallDespite(ActivityFailure failure) {
    if (rejection(failure).isPresent()
        || Workflow.getVersion(ADOPT_HEARD_CALL_CHANGE, Workflow.DEFAULT_VERSION, 1)
            == Workflow.DEFAULT_VERSION) {
      return Optional.empty();
    }
    Optional<String> heard = progress.heardBeforeDial();
    heard.ifPresent(
        sid ->
            log.warn(
                "call {}: dial failed, but Twilio's callbacks name {}; following it",
                callId,
                sid,
                failure));
    return heard;
  }

  /** Twilio's outright refusal of the create request, if that is why the dial failed. */
  private static Optional<ApplicationFailure> rejection(ActivityFailure failure) {
    return failure.getCause() instanceof ApplicationFailure application
            && TelephonyActivities.DIAL_REJECTED.equals(application.getType())
        ? Optional.of(application)
        : Optional.empty();
  }

  private CallCompletion finishFailedDial(ActivityFailure failure) {
    Optional<ApplicationFailure> rejection = rejection(failure);
    if (rejection.isPresent()) {
      ApplicationFailure rejected = rejection.get();
      Integer code =
          rejected.getDetails().getSize() == 0
              ? null
              : rejected.getDetails().get(DialRejection.class).code();
      log.warn(
          "call {}: Twilio refused to dial ({}): {}", callId, code, rejected.getOriginalMessage());
      return new CallCompletion(failed(code), CallCompletion.DIAL_REJECTED);
    }
    log.warn("call {}: dial failed after its retries", callId, failure);
    return new CallCompletion(failed(null), CallCompletion.DIAL_FAILED);
  }

  private CallResult failed(Integer errorCode) {
    return new CallResult(callId, null, Disposition.FAILED, null, null, null, errorCode);
  }

  private CallResult finish(CallCompletion completion) {
    disposition = completion.result().disposition();
    // Upserted before the ledger write so ops can find the call by disposition while it retries.
    Workflow.upsertTypedSearchAttributes(SearchAttributes.DISPOSITION.valueSet(disposition.name()));
    records.finish(completion);
    log.info(
        "call {} ({}) ended {} via {}",
        callId,
        completion.result().callSid(),
        disposition,
        completion.source());
    // A campaign that reads ends from the ledger is told only of the ends that pause it.
    if (request.campaign() != null && request.campaign().tells(disposition)) {
      tellCampaign(request.campaign(), completion.result());
    }
    return completion.result();
  }

  /**
   * Reports the end to the campaign that started this call. Untyped, so that the call package does
   * not depend on the campaign's. A signal that finds no campaign is tried again a few times: one
   * sent while the campaign continues as new can miss it (Temporal's test server does this). A
   * campaign that has closed since no longer waits for it; the ledger holds the result either way,
   * and a campaign still running settles it from there.
   */
  private void tellCampaign(CampaignCall campaign, CallResult result) {
    CallEnded ended = new CallEnded(callId, campaign.contactId(), result);
    for (int attempt = 1; ; attempt++) {
      try {
        Workflow.newUntypedExternalWorkflowStub(WorkflowIds.campaign(campaign.campaignId()))
            .signal(CallEnded.SIGNAL, ended);
        return;
      } catch (ApplicationFailure failure) {
        if (attempt == CallTimings.CAMPAIGN_SIGNAL_ATTEMPTS) {
          log.warn(
              "call {}: campaign {} could not be told of the end ({}); it stays in the ledger",
              callId,
              campaign.campaignId(),
              failure.getType());
          return;
        }
        Workflow.sleep(CallTimings.CAMPAIGN_SIGNAL_RETRY);
      }
    }
  }
}
