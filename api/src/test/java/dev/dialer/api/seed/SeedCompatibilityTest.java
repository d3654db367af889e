package dev.dialer.api.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each seed's example requests, as its documents write them (the number swapped for a sim number
 * where the example's is not a real one, and our key added), answered in the seed's shapes.
 */
class SeedCompatibilityTest extends ApiTestSupport {

  @Autowired private JdbcClient jdbc;

  @Test
  void givenSeed000Requests_whenACallIsPlacedWatchedAndEnded_itShouldAnswerInStarlisShapes() {
    String number = "+16465550151";
    sim.scenario(number, Map.of("ringMillis", 20_000));
    Reply started =
        api.post(
            "/outbound-call",
            Map.of(
                "user_id", "user123",
                "number", number,
                "prompt", "You are a helpful customer service agent",
                "first_message", "Hello! How can I help you today?"));
    assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
    assertThat(started.body().get("success").asBoolean()).isTrue();
    assertThat(started.body().get("message").asText()).isEqualTo("Call initiated");
    String callSid = started.body().get("callSid").asText();

    Awaitility.await("ringing through /call-status")
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> api.get("/call-status?callSid=" + callSid + "&user_id=user123").body(),
            status -> status.path("status").asText().equals("ringing"));
    JsonNode status = api.get("/call-status?callSid=" + callSid + "&user_id=user123").body();
    assertThat(status.get("success").asBoolean()).isTrue();
    assertThat(status.get("callSid").asText()).isEqualTo(callSid);
    assertThat(status.has("startTime") && status.has("endTime") && status.has("duration")).isTrue();

    Reply ended = api.post("/end-call", Map.of("callSid", callSid, "user_id", "user123"));
    assertThat(ended.status()).isEqualTo(200);
    assertThat(ended.body().get("success").asBoolean()).isTrue();
    assertThat(ended.body().get("message").asText()).isEqualTo("Call ended successfully");
    assertThat(api.awaitDisposition(callSid).get("disposition").asText()).isEqualTo("CANCELED");

    Reply missing = api.post("/outbound-call", Map.of("number", number));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().get("success").asBoolean()).isFalse();
    assertThat(missing.body().get("error").asText())
        .isEqualTo("User ID and phone number are required");
  }

  @Test
  void givenSeed002Requests_whenACallIsPlacedAndListed_itShouldAnswerInLiveKitShapes() {
    Reply health = api.get("/health");
    assertThat(health.body().get("status").asText()).isEqualTo("healthy");

    Reply made =
        api.post(
            "/call",
            Map.of(
                "phone_number", "+16465550152",
                "customer_name", "John Doe",
                "appointment_date", "2024-01-15",
                "appointment_time", "2:00 PM",
                "custom_instructions", "This is a follow-up call for appointment confirmation"));
    assertThat(made.status()).as(made.raw().body()).isEqualTo(200);
    assertThat(made.body().get("status").asText()).isEqualTo("initiated");
    assertThat(made.body().get("message").asText())
        .isEqualTo("Call to +16465550152 has been initiated");
    String callId = made.body().get("call_id").asText();
    api.awaitDisposition(callId);

    JsonNode call = api.get("/call/" + callId).body();
    assertThat(call.get("status").asText()).isEqualTo("completed");
    assertThat(call.get("phone_number").asText()).isEqualTo("+16465550152");
    assertThat(call.get("customer_name").asText()).isEqualTo("John Doe");
    assertThat(call.get("appointment_time").asText()).isEqualTo("2:00 PM");
    assertThat(call.get("room_name").asText()).isEqualTo("call-" + callId);

    JsonNode calls = api.get("/calls").body().get("calls");
    assertThat(calls.get(callId).get("appointment_date").asText()).isEqualTo("2024-01-15");

    Reply unknown = api.get("/call/no-such-call");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().get("detail").asText()).contains("no-such-call");
  }

  @Test
  void givenSeed004Request_whenACallIsPlaced_itShouldAnswerCallSidStatusToFrom() {
    Reply accepted =
        api.post(
            "/api/outbound-call",
            Map.of(
                "to",
                "+16465550153",
                "customParameters",
                Map.of(
                    "customerName", "Sarah Johnson",
                    "accountId", "ACC78910",
                    "callReason", "Payment reminder")));
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(accepted.body().get("to").asText()).isEqualTo("+16465550153");
    assertThat(accepted.body().get("from").asText()).isEqualTo("+14155550100");
    assertThat(accepted.body().get("status").asText()).isNotBlank();
    String callSid = accepted.body().get("callSid").asText();
    assertThat(api.awaitDisposition(callSid).get("customParameters").get("accountId").asText())
        .isEqualTo("ACC78910");

    Reply missing = api.post("/api/outbound-call", Map.of("customParameters", Map.of()));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().get("error").asText()).isEqualTo("Missing required field: to");
  }

  @Test
  void givenSeed004sWebhookPaths_whenTwilioPostsUnsigned_itShouldReachOurSignatureCheck() {
    for (String path : new String[] {"/api/outbound-call-twiml", "/api/call-status"}) {
      HttpRequest unsigned =
          HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("CallSid=CA1&CallStatus=completed"))
              .build();
      Reply reply = api.send(unsigned);
      // 403 with an empty body is the webhook controllers' own refusal (no signature), not
      // the key check's 401: the alias is open to Twilio and guarded by its signature.
      assertThat(reply.status()).as(path).isEqualTo(403);
      assertThat(reply.raw().body()).as(path).isEmpty();
    }
  }

  /** Refused ones too: the audit records who tried what, whatever became of it. */
  @Test
  void givenSeedRoutesThatChangeState_whenCalled_eachIsAuditedUnderTheKeyIdNeverTheKey() {
    Map<String, Reply> replies = new LinkedHashMap<>();
    replies.put("/outbound-call", api.post("/outbound-call", Map.of("number", "+1")));
    replies.put("/end-call", api.post("/end-call", Map.of("callSid", "CA-audit-none")));
    replies.put("/call", api.post("/call", Map.of("customer_name", "Audit")));
    replies.put("/api/outbound-call", api.post("/api/outbound-call", Map.of()));
    replies.put("/override/end", api.post("/override/end", Map.of("callSid", "CA-audit-none")));

    replies.forEach(
        (path, reply) ->
            assertThat(
                    jdbc.sql(
                            "SELECT count(*) FROM api_audit WHERE path = :path AND role = 'admin'"
                                + " AND key_id <> :key AND method = 'POST' AND status = :status")
                        .param("path", path)
                        .param("key", API_KEY)
                        .param("status", reply.status())
                        .query(Long.class)
                        .single())
                .as("audit rows for %s answered %s", path, reply.status())
                .isPositive());
  }

  @Test
  void givenSeed001_whenHealthzIsProbed_itShouldAnswerStatusUptimeActiveCalls() {
    JsonNode healthz = api.get("/healthz").body();
    assertThat(healthz.get("status").asText()).isEqualTo("ok");
    assertThat(healthz.get("uptime").asLong()).isPositive();
    assertThat(healthz.get("activeCalls").isIntegralNumber()).isTrue();
  }
}
