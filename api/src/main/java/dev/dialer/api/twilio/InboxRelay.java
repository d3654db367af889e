package dev.dialer.api.twilio;

import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.AmdResult;
import dev.dialer.workflows.call.CallStatusUpdate;
import dev.dialer.workflows.call.CallWorkflow;
import dev.dialer.workflows.conversation.ConversationEnded;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals stored webhooks to their CallWorkflow: at once when one arrives, and again on a timer for
 * whatever could not be delivered (Temporal down, a worker restarting). Several api instances may
 * relay at the same time; row locks keep them from delivering one entry twice at once, and the
 * workflow ignores what it has already seen by SequenceNumber.
 */
@Component
class InboxRelay {

  private static final Logger log = LoggerFactory.getLogger(InboxRelay.class);
  private static final int BATCH = 100;

  private final WebhookInbox inbox;
  private final CallLedger ledger;
  private final WorkflowClient temporal;
  private final TransactionTemplate tx;
  private final TaskExecutor executor;
  private final TaskScheduler scheduler;
  private final DialerProperties.WebhookSettings settings;

  InboxRelay(
      WebhookInbox inbox,
      CallLedger ledger,
      WorkflowClient temporal,
      TransactionTemplate tx,
      @Qualifier("applicationTaskExecutor") TaskExecutor executor,
      TaskScheduler scheduler,
      DialerProperties properties) {
    this.inbox = inbox;
    this.ledger = ledger;
    this.temporal = temporal;
    this.tx = tx;
    this.executor = executor;
    this.scheduler = scheduler;
    this.settings = properties.webhooks();
  }

  @EventListener(ApplicationReadyEvent.class)
  void startRelaying() {
    scheduler.scheduleWithFixedDelay(this::deliverDue, settings.relayInterval());
  }

  /** Delivers one newly stored webhook without holding up Twilio's request. */
  void deliverSoon(long id) {
    executor.execute(
        () -> tx.executeWithoutResult(status -> inbox.lock(id).ifPresent(this::signal)));
  }

  void deliverDue() {
    try {
      tx.executeWithoutResult(status -> inbox.lockDue(BATCH).forEach(this::signal));
    } catch (RuntimeException e) {
      log.warn("Webhook relay round failed; next round retries: {}", e.toString());
    }
  }

  private void signal(InboxEntry entry) {
    Optional<CallRecord> call =
        entry.callId() == null ? Optional.empty() : ledger.find(entry.callId());
    if (call.isEmpty()) {
      inbox.delivered(
          entry.id(), "no call " + entry.callId() + " in the ledger; kept, not signalled");
      return;
    }
    if (call.get().disposition() != null) {
      inbox.delivered(entry.id(), "late: call already ended with " + call.get().disposition());
      return;
    }
    CallWorkflow workflow =
        temporal.newWorkflowStub(CallWorkflow.class, WorkflowIds.call(entry.callId()));
    try {
      if (InboxEntry.AMD.equals(entry.kind())) {
        workflow.machineDetected(
            new AmdResult(
                entry.params().get("CallSid"),
                entry.params().get("AnsweredBy"),
                TwilioParams.integer(entry.params(), "MachineDetectionDuration").orElse(null)));
      } else if (InboxEntry.CONNECT_ACTION.equals(entry.kind())) {
        workflow.conversationEnded(conversationEnded(entry));
      } else {
        workflow.statusChanged(statusUpdate(entry));
      }
      inbox.delivered(entry.id(), null);
    } catch (WorkflowNotFoundException e) {
      boolean ended = ledger.find(entry.callId()).map(c -> c.disposition() != null).orElse(false);
      if (ended) {
        inbox.delivered(entry.id(), "late: call already ended");
      } else {
        retry(entry, e);
      }
    } catch (RuntimeException e) {
      retry(entry, e);
    }
  }

  private void retry(InboxEntry entry, RuntimeException e) {
    long seconds = 1L << Math.min(entry.attempts(), 16);
    Duration wait = Duration.ofSeconds(seconds);
    if (wait.compareTo(settings.maxBackoff()) > 0) {
      wait = settings.maxBackoff();
    }
    log.warn(
        "Webhook {} for callId={} not delivered (attempt {}), retrying in {}: {}",
        entry.id(),
        entry.callId(),
        entry.attempts() + 1,
        wait,
        e.toString());
    inbox.retryLater(entry.id(), e.toString(), wait);
  }

  private static ConversationEnded conversationEnded(InboxEntry entry) {
    var params = entry.params();
    return new ConversationEnded(
        params.get("CallSid"),
        params.get("SessionStatus"),
        TwilioParams.integer(params, "SessionDuration").orElse(null),
        params.get("HandoffData"));
  }

  private static CallStatusUpdate statusUpdate(InboxEntry entry) {
    var params = entry.params();
    return new CallStatusUpdate(
        params.get("CallSid"),
        params.get("CallStatus"),
        TwilioParams.sequenceNumber(params).orElse(0L),
        TwilioParams.integer(params, "CallDuration").orElse(null),
        params.get("AnsweredBy"),
        params.get("SipResponseCode"),
        TwilioParams.timestamp(params).orElse(entry.receivedAt()));
  }
}
