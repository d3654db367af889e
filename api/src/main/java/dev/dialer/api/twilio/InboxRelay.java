package dev.dialer.api.twilio;

import dev.dialer.activities.DialerProperties;
import dev.dialer.activities.call.CallLedger;
import dev.dialer.activities.call.CallRecord;
import dev.dialer.api.recording.RecordingStore;
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

/**
 * Signals stored webhooks to their CallWorkflow: at once when one arrives, and again on a timer for
 * whatever could not be delivered (Temporal down, a worker restarting). Several api instances may
 * relay at the same time: each claims entries with a lease in a statement of its own, signals
 * outside any transaction (a slow Temporal holds no database connection or lock), and marks the
 * outcome in another; the workflow ignores what it has already seen by SequenceNumber. An entry
 * whose workflow stays unknown, for a call that never ends in the ledger, is parked after {@link
 * #MAX_ATTEMPTS} rather than retried for ever.
 */
@Component
class InboxRelay {

  /** With the backoff capped at a minute, about a quarter hour of tries. */
  static final int MAX_ATTEMPTS = 20;

  private static final Logger log = LoggerFactory.getLogger(InboxRelay.class);
  private static final int BATCH = 100;

  private final WebhookInbox inbox;
  private final CallLedger ledger;
  private final InboxSignals signals;
  private final TaskExecutor executor;
  private final TaskScheduler scheduler;
  private final DialerProperties.WebhookSettings settings;
  private final RecordingStore recordings;

  InboxRelay(
      WebhookInbox inbox,
      CallLedger ledger,
      InboxSignals signals,
      @Qualifier("applicationTaskExecutor") TaskExecutor executor,
      TaskScheduler scheduler,
      DialerProperties properties,
      RecordingStore recordings) {
    this.inbox = inbox;
    this.ledger = ledger;
    this.signals = signals;
    this.executor = executor;
    this.scheduler = scheduler;
    this.settings = properties.webhooks();
    this.recordings = recordings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startRelaying() {
    scheduler.scheduleWithFixedDelay(this::deliverDue, settings.relayInterval());
  }

  /** Delivers one newly stored webhook without holding up Twilio's request. */
  void deliverSoon(long id) {
    executor.execute(() -> inbox.claim(id).ifPresent(this::deliver));
  }

  void deliverDue() {
    try {
      inbox.claimDue(BATCH).forEach(this::deliver);
    } catch (RuntimeException e) {
      log.warn("Webhook relay round failed; next round retries: {}", e.toString());
    }
  }

  private void deliver(InboxEntry entry) {
    try {
      signal(entry);
    } catch (RuntimeException e) {
      // The lease runs out and the entry is tried again.
      log.warn("Webhook {} could not be relayed: {}", entry.id(), e.toString());
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
    if (InboxEntry.RECORDING.equals(entry.kind())) {
      // Recordings arrive after the call ended: they are written, not signalled.
      recordings.save(entry.callId(), entry.params());
      inbox.delivered(entry.id(), null);
      return;
    }
    if (call.get().disposition() != null) {
      inbox.delivered(entry.id(), "late: call already ended with " + call.get().disposition());
      return;
    }
    try {
      signals.signal(entry);
      inbox.delivered(entry.id(), null);
    } catch (WorkflowNotFoundException e) {
      boolean ended = ledger.find(entry.callId()).map(c -> c.disposition() != null).orElse(false);
      if (ended) {
        inbox.delivered(entry.id(), "late: call already ended");
      } else if (entry.attempts() + 1 >= MAX_ATTEMPTS) {
        String reason =
            "workflow call:"
                + entry.callId()
                + " not found after "
                + (entry.attempts() + 1)
                + " attempts, and the call has no end in the ledger";
        log.warn("Webhook {} parked: {}", entry.id(), reason);
        inbox.park(entry.id(), reason);
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
}
