package dev.dialer.api.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ConversationTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Transfers to a person on live sim calls: persona 6 asks for one and the scripted agent transfers
 * to the number its instructions name; a supervisor transfers persona 5's call while it holds the
 * line. The sim dials the Connect action's {@code <Dial>} and records the leg. (A viewer's 403 on
 * the override is AuthMatrixTest's row.)
 */
class TransferEndToEndTest extends ConversationTestSupport {

  private static final String DESK = "+16465556091";
  private static final String ELSEWHERE = "+16465556092";
  private static final String PROMPT =
      "Remind the callee of their payment. Callers who ask for a person go to " + DESK + ".";
  private static final String TRANSFER_LINE = "Please hold while I transfer you to a colleague.";
  private static final String REFUSAL =
      "I am sorry, I cannot transfer this call. I can help you myself, or someone will get back"
          + " to you.";
  private static final String HOLDING = "One moment please, I am checking that with a colleague.";

  @Autowired private JdbcClient jdbc;

  @Test
  void
      givenPersonSixAndAnAllowedNumber_whenTheyAskForAPerson_theCallShouldBeDialedThereAndEndTransferred() {
    String to = "+16465556061";
    String callId = start(to, DESK);

    JsonNode call = api.awaitDisposition(callId);

    assertThat(call.path("disposition").asText()).isEqualTo("TRANSFERRED");
    assertThat(call.path("transferTarget").asText()).isEqualTo(DESK);
    assertThat(heard(to))
        .contains("callee: Can I speak to a real person?", "agent: " + TRANSFER_LINE);
    JsonNode leg = dial(to);
    assertThat(leg.path("target").asText()).isEqualTo(DESK);
    assertThat(leg.path("callerId").asText())
        .isEqualTo(sim.dialsTo(to).get(0).path("from").asText());
    assertThat(leg.path("answered").asBoolean()).isTrue();
    assertThat(leg.path("durationSeconds").asLong()).isPositive();
  }

  @Test
  void
      givenPersonSixAndNoAllowedNumber_whenTheAgentTriesToTransfer_itShouldSayItCannotAndNotDial() {
    String to = "+16465556062";
    String callId = start(to, null);

    JsonNode call = api.awaitDisposition(callId);

    assertThat(call.path("disposition").asText()).isEqualTo("COMPLETED");
    assertThat(call.path("transferTarget").isNull()).isTrue();
    List<String> heard = heard(to);
    assertThat(heard).contains("agent: " + REFUSAL).doesNotContain("agent: " + TRANSFER_LINE);
    assertThat(heard.indexOf("agent: " + REFUSAL))
        .as("the conversation goes on after the refusal: %s", heard)
        .isLessThan(heard.size() - 1);
    assertThat(played(to)).noneMatch(verb -> "dial".equals(verb.path("verb").asText()));
  }

  @Test
  void
      givenAHeldCall_whenASupervisorTransfers_itShouldBeRefusedElsewhereThenTransferredAndAudited() {
    String to = "+16465556051";
    String callId = start(to, DESK);
    awaitHeard(to, "agent: " + HOLDING);

    ApiClient.Reply refused = transfer(api, callId, ELSEWHERE);
    ApiClient.Reply badNumber = transfer(api, callId, "12");
    ApiClient.Reply done = transfer(api, callId, DESK);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("error").path("code").asText())
        .isEqualTo("TRANSFER_NOT_ALLOWED");
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(badNumber.body().path("error").path("field").asText()).isEqualTo("target");
    assertThat(done.status()).as("transfer: %s", done.body()).isEqualTo(200);
    assertThat(done.body().path("status").asText()).isEqualTo("success");
    long auditId = done.body().path("auditId").asLong();
    assertThat(
            jdbc.sql("SELECT action || ' ' || value FROM supervisor_action WHERE id = :id")
                .param("id", auditId)
                .query(String.class)
                .single())
        .isEqualTo("transfer " + DESK);
    JsonNode call = api.awaitDisposition(callId);
    assertThat(call.path("disposition").asText()).isEqualTo("TRANSFERRED");
    assertThat(dial(to).path("target").asText()).isEqualTo(DESK);

    ApiClient.Reply afterwards = transfer(api, callId, DESK);
    assertThat(afterwards.status()).isEqualTo(400);
    assertThat(transfer(api, "no-such-call", DESK).status()).isEqualTo(404);
  }

  private static String start(String to, String transferTo) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("to", to, "prompt", PROMPT));
    if (transferTo != null) {
      body.put("transferTo", transferTo);
    }
    ApiClient.Reply reply = api.post("/api/calls", body);
    assertThat(reply.status()).as("POST /api/calls: %s", reply.body()).isEqualTo(202);
    return reply.body().get("callId").asText();
  }

  private static ApiClient.Reply transfer(ApiClient client, String callId, String target) {
    return client.post("/api/calls/" + callId + "/override/transfer", Map.of("target", target));
  }

  /** The sim's transfer leg of the first call to {@code to}, once it has ended. */
  private static JsonNode dial(String to) {
    return Awaitility.await("the transfer leg of the call to " + to)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                played(to).stream()
                    .filter(verb -> "dial".equals(verb.path("verb").asText()))
                    .filter(verb -> verb.has("answered"))
                    .findFirst()
                    .orElse(null),
            leg -> leg != null);
  }

  private static List<JsonNode> played(String to) {
    List<JsonNode> verbs = new ArrayList<>();
    sim.dialsTo(to).get(0).path("played").forEach(verbs::add);
    return verbs;
  }
}
