package dev.dialer.media.temporal;

import dev.dialer.workflows.WorkflowIds;
import dev.dialer.workflows.call.CallWorkflow;
import dev.dialer.workflows.conversation.ClarificationRequested;
import dev.dialer.workflows.conversation.CommandExecuted;
import dev.dialer.workflows.conversation.MediaConnected;
import dev.dialer.workflows.conversation.OptOutRequested;
import dev.dialer.workflows.conversation.OutcomeExtracted;
import io.temporal.client.WorkflowClient;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Control events for the call's workflow, as signals. The connection and an opt-out are signalled
 * before the conversation goes on (before the greeting, before the {@code end} frame): the call
 * cannot end, and its workflow settle, before it knows of them — an opt-out must never be lost to a
 * race with the hang-up. Other commands go off the socket's thread, in order, so that a slow
 * Temporal never stalls the conversation for them.
 */
@Component
public class CallEvents {

  private static final Logger log = LoggerFactory.getLogger(CallEvents.class);

  private final WorkflowClient temporal;
  private final ExecutorService sender;

  CallEvents(@Qualifier(TemporalConfig.CLIENT) ObjectProvider<WorkflowClient> temporal) {
    this.temporal = temporal.getIfAvailable();
    this.sender =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "call-events");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Signals already queued are sent before the worker stops. */
  @PreDestroy
  void flush() throws InterruptedException {
    sender.shutdown();
    sender.awaitTermination(5, TimeUnit.SECONDS);
  }

  public void connected(String callId, MediaConnected connected) {
    sendNow(callId, "mediaConnected", workflow -> workflow.mediaConnected(connected));
  }

  public void optOut(String callId, OptOutRequested optOut) {
    sendNow(callId, "optOutRequested", workflow -> workflow.optOutRequested(optOut));
  }

  /** Sent at once: the supervisor's answer can come only once the workflow knows the question. */
  public void clarificationRequested(String callId, ClarificationRequested request) {
    sendNow(callId, "clarificationRequested", workflow -> workflow.clarificationRequested(request));
  }

  /** Sent on the caller's thread: the outcome reader's own, not the socket's. */
  public void outcome(String callId, OutcomeExtracted outcome) {
    sendNow(callId, "outcomeExtracted", workflow -> workflow.outcomeExtracted(outcome));
  }

  public void commandExecuted(String callId, CommandExecuted command) {
    send(callId, "commandExecuted", workflow -> workflow.commandExecuted(command));
  }

  private void send(String callId, String signal, Consumer<CallWorkflow> action) {
    if (temporal != null) {
      sender.execute(() -> sendNow(callId, signal, action));
    }
  }

  private void sendNow(String callId, String signal, Consumer<CallWorkflow> action) {
    if (temporal == null) {
      log.debug("no Temporal client; not signalling {} to call {}", signal, callId);
      return;
    }
    try {
      action.accept(temporal.newWorkflowStub(CallWorkflow.class, WorkflowIds.call(callId)));
    } catch (RuntimeException e) {
      log.warn("call {}: could not signal {}: {}", callId, signal, e.toString());
    }
  }
}
