package dev.dialer.api.recovery;

import dev.dialer.activities.campaign.CallExecutions;
import dev.dialer.activities.campaign.CampaignEvents;
import dev.dialer.activities.campaign.DialingCalls;
import dev.dialer.activities.campaign.DialingCalls.DialingCall;
import dev.dialer.activities.campaign.StrandedContacts;
import dev.dialer.api.campaign.CampaignRebuilds;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallEnded;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Rebuilds what a Temporal that lost its state (the embedded test server restarted, a namespace
 * lost) no longer knows, from PostgreSQL: at start and every {@link #EVERY}, each SCHEDULED,
 * RUNNING or PAUSED campaign whose workflow Temporal does not know gets its calls in flight
 * reconciled from Twilio and its workflow started again from its stored status and settings; calls
 * of their own are reconciled by {@link StandaloneCalls}. A call still up at Twilio is looked at
 * again every {@link #SOON} until it ends.
 */
@Component
class StackRecovery {

  static final Duration EVERY = Duration.ofMinutes(5);
  static final Duration SOON = Duration.ofSeconds(5);

  private static final Logger log = LoggerFactory.getLogger(StackRecovery.class);

  /** A campaign's call Twilio still had up: callId to its campaign and contact. */
  private record Deferred(String campaignId, DialingCall call) {}

  private final CampaignRebuilds campaigns;
  private final DialingCalls dialing;
  private final StrandedContacts stranded;
  private final CallReconciler reconciler;
  private final CallExecutions executions;
  private final StandaloneCalls standalone;
  private final JdbcClient jdbc;
  private final TaskScheduler scheduler;
  private final Map<String, Deferred> deferred = new ConcurrentHashMap<>();

  StackRecovery(
      CampaignRebuilds campaigns,
      DialingCalls dialing,
      StrandedContacts stranded,
      CallReconciler reconciler,
      CallExecutions executions,
      StandaloneCalls standalone,
      JdbcClient jdbc,
      TaskScheduler scheduler) {
    this.campaigns = campaigns;
    this.dialing = dialing;
    this.stranded = stranded;
    this.reconciler = reconciler;
    this.executions = executions;
    this.standalone = standalone;
    this.jdbc = jdbc;
    this.scheduler = scheduler;
  }

  /** After the worker is up (it starts on the same event), so rebuilt workflows run at once. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void startRecovering() {
    scheduler.schedule(this::pass, Instant.now());
  }

  private void pass() {
    try {
      recover();
    } catch (RuntimeException e) {
      log.warn("Recovery pass failed; the next one retries: {}", e.toString());
    } finally {
      scheduler.schedule(this::pass, Instant.now().plus(deferred.isEmpty() ? EVERY : SOON));
    }
  }

  void recover() {
    for (CampaignRebuilds.Active campaign : campaigns.active()) {
      if (executions.unknownWorkflow(WorkflowIds.campaign(campaign.id()))) {
        rebuild(campaign);
      }
    }
    deferred.values().forEach(this::retry);
    standalone.recover();
  }

  private void rebuild(CampaignRebuilds.Active campaign) {
    int unread = dialing.recordUnread(campaign.id(), campaign.settings());
    int ended = 0;
    int givenBack = 0;
    int live = 0;
    for (DialingCall call : dialing.of(campaign.id())) {
      if (!executions.unknownWorkflow(WorkflowIds.call(call.callId()))) {
        continue;
      }
      Reconciled reconciled =
          reconciler.reconcile(call.callId(), call.callSid(), call.dialStartedAt());
      switch (reconciled.kind()) {
        case NEVER_DIALED ->
            givenBack += stranded.giveBack(call.contactId(), call.callId()) ? 1 : 0;
        case LIVE -> {
          deferred.put(call.callId(), new Deferred(campaign.id(), call));
          live++;
        }
        case ENDED -> {
          dialing.ended(
              campaign.id(),
              campaign.settings(),
              new CallEnded(call.callId(), call.contactId(), reconciled.result()));
          ended++;
        }
      }
    }
    if (!campaigns.rebuild(campaign.id())) {
      return;
    }
    String message =
        "Temporal did not know the campaign's workflow (it lost its state); rebuilt from the"
            + " database as "
            + campaign.status()
            + ": "
            + ended
            + " calls in flight settled from Twilio, "
            + unread
            + " ended calls recorded from the ledger, "
            + givenBack
            + " never dialed and dialed again, "
            + live
            + " still up at Twilio";
    log.warn("campaign {}: {}", campaign.id(), message);
    CampaignEvents.record(jdbc, campaign.id(), "REBUILT", message);
  }

  private void retry(Deferred call) {
    Reconciled reconciled =
        reconciler.reconcile(
            call.call().callId(), call.call().callSid(), call.call().dialStartedAt());
    if (reconciled.kind() != Reconciled.Kind.ENDED) {
      return;
    }
    deferred.remove(call.call().callId());
    campaigns.active().stream()
        .filter(campaign -> campaign.id().equals(call.campaignId()))
        .findFirst()
        .ifPresent(
            campaign -> {
              dialing.ended(
                  campaign.id(),
                  campaign.settings(),
                  new CallEnded(
                      call.call().callId(), call.call().contactId(), reconciled.result()));
              campaigns.wake(campaign.id());
              log.info(
                  "campaign {}: call {} ended at Twilio after the rebuild; recorded",
                  campaign.id(),
                  call.call().callId());
            });
  }
}
