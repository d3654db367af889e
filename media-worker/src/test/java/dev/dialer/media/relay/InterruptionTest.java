package dev.dialer.media.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.media.CountingModel;
import dev.dialer.media.RelayClient;
import dev.dialer.media.RunningMediaWorker;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agent remembers what the callee heard, not what it meant to say. */
class InterruptionTest {

  private static final CountingModel model = new CountingModel();
  private static RunningMediaWorker worker;

  @BeforeAll
  static void start() {
    worker = new RunningMediaWorker(model);
  }

  @AfterAll
  static void stop() {
    worker.close();
  }

  @Test
  void
      givenTheCalleeSpeaksOverTheAgent_whenTheModelIsAskedNext_itsMemoryShouldHoldOnlyWhatWasHeard()
          throws Exception {
    String callId = "interrupt-" + UUID.randomUUID();
    String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
    RelayClient relay = worker.openRelay(callId, callSid, "+16465550141");

    relay.send(
        "{\"type\":\"interrupt\",\"utteranceUntilInterrupt\":\"Hello Ana. This is an\","
            + "\"durationUntilInterruptMs\":\"460\"}");
    relay.send(
        "{\"type\":\"prompt\",\"voicePrompt\":\"Yes, Friday.\",\"lang\":\"en-US\",\"last\":true}");

    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> model.requests.size() >= 2);
    List<ChatMessage> sent = model.requests.get(model.requests.size() - 1).messages();
    List<String> agentSaid =
        sent.stream()
            .filter(AiMessage.class::isInstance)
            .map(message -> ((AiMessage) message).text())
            .toList();
    assertThat(agentSaid).containsExactly("Hello Ana. This is an");
    MeterRegistry meters = worker.bean(MeterRegistry.class);
    assertThat(meters.counter("dialer.media.interruptions").count()).isEqualTo(1.0);
    assertThat(meters.find("dialer.media.latency").tag("stage", "first_text_frame").timer())
        .isNotNull()
        .satisfies(timer -> assertThat(timer.count()).isGreaterThanOrEqualTo(1));
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                worker
                    .jdbc
                    .sql("SELECT interrupted FROM transcript_turn WHERE call_id = :id AND seq = 1")
                    .param("id", callId)
                    .query(Boolean.class)
                    .optional()
                    .orElse(false));
  }
}
