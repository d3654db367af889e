package dev.dialer.media.outcome;

import dev.dialer.media.agent.Script;
import dev.dialer.media.context.CallContext;
import dev.dialer.media.temporal.CallEvents;
import dev.dialer.workflows.conversation.CallOutcome;
import dev.dialer.workflows.conversation.OutcomeExtracted;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads each finished conversation's outcome off the socket's thread and signals it to the call's
 * workflow, which waits for it before it records the call's end.
 */
@Component
public class ConversationOutcomes {

  private static final Logger log = LoggerFactory.getLogger(ConversationOutcomes.class);

  private final OutcomeReader reader;
  private final CalleeZones zones;
  private final CallEvents events;
  private final ExecutorService readers =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread thread = new Thread(r, "outcome-reader");
            thread.setDaemon(true);
            return thread;
          });

  ConversationOutcomes(OutcomeReader reader, CalleeZones zones, CallEvents events) {
    this.reader = reader;
    this.zones = zones;
    this.events = events;
  }

  /** Reads the outcome of a conversation that started at {@code startedAt}, and signals it. */
  public void ended(CallContext call, String callSid, Transcript transcript, Instant startedAt) {
    readers.execute(() -> read(call, callSid, transcript, startedAt));
  }

  private void read(CallContext call, String callSid, Transcript transcript, Instant startedAt) {
    CallOutcome outcome;
    try {
      ZoneId zone = zones.of(call.callId(), call.customerPhone());
      Script purpose = Script.of(call.purpose(), call.customParameters());
      outcome = reader.read(call.callId(), purpose, startedAt.atZone(zone), transcript);
    } catch (RuntimeException e) {
      log.warn("call {}: no outcome read: {}", call.callId(), e.toString());
      outcome = CallOutcome.unknown(null, null, "the outcome could not be read: " + e);
    }
    events.outcome(call.callId(), new OutcomeExtracted(callSid, outcome));
  }

  @PreDestroy
  void drain() throws InterruptedException {
    readers.shutdown();
    readers.awaitTermination(10, TimeUnit.SECONDS);
  }
}
