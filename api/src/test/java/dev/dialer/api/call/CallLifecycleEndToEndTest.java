package dev.dialer.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiTestSupport;
import dev.dialer.api.support.WebhookTap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One call per twilio-sim outcome through every real piece: REST, the CallWorkflow on Temporal's
 * test server, twilio-java against the sim, signed status and AMD webhooks, the inbox and relay,
 * and the ledger in PostgreSQL.
 */
class CallLifecycleEndToEndTest extends ApiTestSupport {

  @Autowired WebhookTap tap;

  /** The sim's outcome by the number's last digit, and the disposition each must end in. */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    for (int digit = 0; digit <= 4; digit++) {
      EXPECTED.put("+1212555010" + digit, "COMPLETED");
    }
    EXPECTED.put("+12125550105", "ANSWERING_MACHINE");
    EXPECTED.put("+12125550106", "NO_ANSWER");
    EXPECTED.put("+12125550107", "BUSY");
    EXPECTED.put("+12125550108", "FAILED");
    EXPECTED.put("+12125550109", "HUNG_UP");
  }

  @Test
  void eachSimOutcomeEndsInItsDisposition() {
    Map<String, String> callIds = new LinkedHashMap<>();
    EXPECTED.keySet().forEach(to -> callIds.put(to, api.call(to)));

    List<String> mismatches = new ArrayList<>();
    callIds.forEach(
        (to, callId) -> {
          JsonNode call = api.awaitDisposition(callId);
          if (!EXPECTED.get(to).equals(call.get("disposition").asText())) {
            mismatches.add(
                to + " ended " + call.get("disposition") + ", expected " + EXPECTED.get(to));
          }
          assertThat(call.get("callSid").asText()).matches("CA[0-9a-f]{32}");
          assertThat(sim.dialsTo(to)).as("dials to %s", to).hasSize(1);
        });
    assertThat(mismatches).isEmpty();
  }

  @Test
  void anAnsweredCallKeepsEveryStatusTwilioReportedInOrder() {
    String to = "+12025550140";
    String callId = api.call(to);
    JsonNode call = api.awaitDisposition(callId);

    assertThat(call.get("status").asText()).isEqualTo("completed");
    assertThat(call.get("disposition").asText()).isEqualTo("COMPLETED");
    assertThat(call.get("duration").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(call.get("startTime").isNull()).isFalse();
    assertThat(call.get("endTime").isNull()).isFalse();
    List<String> statuses = new ArrayList<>();
    List<Long> sequence = new ArrayList<>();
    call.get("events")
        .forEach(
            event -> {
              if ("status-callback".equals(event.get("source").asText())) {
                statuses.add(event.get("status").asText());
                sequence.add(event.get("sequenceNumber").asLong());
              }
            });
    assertThat(statuses).containsExactly("initiated", "ringing", "in-progress", "completed");
    assertThat(sequence).isSorted().doesNotHaveDuplicates();
    // On answer Twilio fetched our TwiML: the callee is connected to the media worker.
    assertThat(sim.dialsTo(to).get(0).get("twiml").asText())
        .contains("<ConversationRelay url=\"ws://127.0.0.1:8081/relay\"")
        .contains("<Parameter name=\"callId\" value=\"" + callId + "\"/>")
        .contains("<Parameter name=\"token\"");
  }

  @Test
  void duplicatedCallbacksAreStoredAndCountedOnce() {
    String to = "+12025550141";
    sim.scenario(to, Map.of("duplicateCallbacks", true));

    JsonNode call = api.awaitDisposition(api.call(to));

    awaitArrivals(
        to,
        arrivals ->
            assertThat(arrivals)
                .as("the sim sent every callback twice")
                .extracting(WebhookTap.Arrival::sequenceNumber)
                .containsExactlyInAnyOrder(0L, 0L, 1L, 1L, 2L, 2L, 3L, 3L));
    assertThat(call.get("disposition").asText()).isEqualTo("COMPLETED");
    assertThat(sequenceNumbers(call)).hasSize(4).doesNotHaveDuplicates();
  }

  @Test
  void callbacksDeliveredOutOfOrderNeverUndoTheFinalStatus() {
    String to = "+12025550142";
    sim.scenario(to, Map.of("deliverOutOfOrder", true));

    String callId = api.call(to);
    api.awaitDisposition(callId);

    awaitArrivals(
        to,
        arrivals ->
            assertThat(arrivals)
                .extracting(WebhookTap.Arrival::sequenceNumber)
                .as("the final callback came first, the earlier ones after it")
                .containsExactly(3L, 0L, 1L, 2L));
    // The late callbacks are stored too; they must not have moved the call back.
    JsonNode after =
        Awaitility.await("the late callbacks of " + to + " to be stored")
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> api.get("/api/calls/" + callId).body(),
                body -> sequenceNumbers(body).size() == 4);
    assertThat(after.get("disposition").asText()).isEqualTo("COMPLETED");
    assertThat(after.get("status").asText()).isEqualTo("completed");
  }

  private void awaitArrivals(String to, Consumer<List<WebhookTap.Arrival>> check) {
    Awaitility.await("status callbacks for " + to)
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> check.accept(tap.arrivalsFor(to)));
  }

  private static List<Long> sequenceNumbers(JsonNode call) {
    List<Long> sequence = new ArrayList<>();
    call.get("events")
        .forEach(
            event -> {
              if (event.hasNonNull("sequenceNumber")) {
                sequence.add(event.get("sequenceNumber").asLong());
              }
            });
    return sequence;
  }

  @Test
  void endingARingingCallCancelsIt() {
    String to = "+12025550143";
    sim.scenario(to, Map.of("ringMillis", 20_000));
    String callId = api.call(to);
    api.awaitStatus(callId, "ringing");

    assertThat(api.post("/api/calls/" + callId + "/end", "").status()).isEqualTo(202);

    JsonNode call = api.awaitDisposition(callId);
    assertThat(call.get("disposition").asText()).isEqualTo("CANCELED");
    assertThat(api.post("/api/calls/" + callId + "/end", "").body().at("/error/code").asText())
        .isEqualTo("CALL_ALREADY_ENDED");
  }

  @Test
  void aNumberOnTheDoNotCallListIsNeverDialed() {
    String to = "+12025550144";
    var put =
        api.send(
            api.request("/api/dnc/" + to.replace("+", "%2B"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"source\":\"test\"}"))
                .build());
    assertThat(put.status()).isBetween(200, 204);

    JsonNode call = api.awaitDisposition(api.call(to));

    assertThat(call.get("disposition").asText()).isEqualTo("BLOCKED_DNC");
    assertThat(call.get("status").asText()).isEqualTo("not-dialed");
    assertThat(call.get("nextAllowedAt").isNull()).isTrue();
    assertThat(call.get("complianceReason").asText()).isNotBlank();
    assertThat(sim.dialsTo(to)).isEmpty();
  }
}
