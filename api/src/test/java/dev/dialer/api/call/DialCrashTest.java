package dev.dialer.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.api.support.CrashingCheckpoint;
import dev.dialer.workflows.WorkflowIds;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dial activity dies after Twilio created the call and before the ledger stored its CallSid.
 * Temporal retries it; the retry must adopt that call, never dial a second time.
 */
class DialCrashTest extends ApiTestSupport {

  @Autowired CrashingCheckpoint checkpoint;
  @Autowired WorkflowClient temporal;

  @Test
  void givenACrashAfterCreate_whenCallbacksNamedTheCall_theRetryAdoptsItFromTheLedger() {
    String to = "+13125550150";
    String callId = placeCrashing(to);

    JsonNode call = api.awaitDisposition(callId);

    assertThat(checkpoint.crashed(callId)).isTrue();
    assertThat(sim.dialsTo(to)).hasSize(1);
    assertThat(call.get("callSid").asText()).isEqualTo(sim.dialsTo(to).get(0).get("sid").asText());
    assertThat(call.get("disposition").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void givenACrashAfterCreate_whenNoCallbackArrivedYet_theRetryFindsTheCallAtTwilio() {
    String to = "+13125550151";
    // No early callbacks and a long ring: when the retry runs, only Twilio knows the call.
    sim.scenario(to, Map.of("dropEvents", List.of("initiated", "ringing"), "ringMillis", 4_000));
    String callId = placeCrashing(to);

    JsonNode call = api.awaitDisposition(callId);

    assertThat(checkpoint.crashed(callId)).isTrue();
    List<JsonNode> dials = sim.dialsTo(to);
    assertThat(dials).hasSize(1);
    assertThat(call.get("callSid").asText()).isEqualTo(dials.get(0).get("sid").asText());
    assertThat(call.get("disposition").asText()).isEqualTo("COMPLETED");
    assertThat(dialResults(callId)).anyMatch(result -> result.contains("\"adopted\":true"));
  }

  /** The dial activity's results as recorded in the workflow's history. */
  private List<String> dialResults(String callId) {
    return temporal.fetchHistory(WorkflowIds.call(callId)).getEvents().stream()
        .filter(event -> event.hasActivityTaskCompletedEventAttributes())
        .map(event -> event.getActivityTaskCompletedEventAttributes().getResult())
        .filter(payloads -> payloads.getPayloadsCount() > 0)
        .map(payloads -> payloads.getPayloads(0).getData().toStringUtf8())
        .filter(json -> json.contains("\"callSid\""))
        .toList();
  }

  private String placeCrashing(String to) {
    String callId = "crash-" + UUID.randomUUID();
    checkpoint.crashOnce(callId);
    var reply = api.post("/api/calls", Map.of("to", to), Map.of("Idempotency-Key", callId));
    assertThat(reply.status()).isEqualTo(202);
    return callId;
  }
}
