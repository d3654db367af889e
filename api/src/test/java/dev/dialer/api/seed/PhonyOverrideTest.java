package dev.dialer.api.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ConversationTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 001's (Phony) {@code /override/*} with its example bodies, the call named by Twilio's
 * CallSid, on live sim calls: persona 5 asks a question the agent cannot answer, so the agent holds
 * the line (5 s here) waiting for a supervisor.
 */
class PhonyOverrideTest extends ConversationTestSupport {

  private static final String HOLDING = "One moment please, I am checking that with a colleague.";
  private static final String LINE = "Hello, this is a supervisor message";
  private static final String ANSWER = "The customer's account number is 12345";

  @Autowired private JdbcClient jdbc;

  @Test
  void givenALiveCall_whenTheSeedsDtmfTextAndEndArrive_theCalleeGetsEachInTheSeedsShapeAudited() {
    String to = "+13475559151";
    String callId = call(to);
    awaitHeard(to, "agent: " + HOLDING);
    String callSid = sim.dialsTo(to).get(0).path("sid").asText();

    Reply dtmf = api.post("/override/dtmf", Map.of("callSid", callSid, "digit", "1"));
    Reply text = api.post("/override/text", Map.of("callSid", callSid, "text", LINE));
    awaitHeard(to, "agent: " + LINE);
    Reply end = api.post("/override/end", Map.of("callSid", callSid));

    assertThat(List.of(dtmf, text, end))
        .extracting(reply -> reply.status() + " " + reply.body())
        .containsExactly(
            "200 {\"status\":\"success\",\"message\":\"DTMF digit sent\"}",
            "200 {\"status\":\"success\",\"message\":\"Text sent to caller\"}",
            "200 {\"status\":\"success\",\"message\":\"Call ended\"}");
    assertThat(api.awaitDisposition(callId).path("disposition").asText()).isEqualTo("COMPLETED");
    assertThat(heard(to)).contains("agent: [1]");
    assertThat(audited(callId)).containsExactly("dtmf 1", "text " + LINE, "end -");
  }

  @Test
  void givenAPendingQuestion_whenTheSeedsClarificationArrives_theAgentSpeaksIt() {
    String to = "+13475559251";
    String callId = call(to);
    awaitHeard(to, "agent: " + HOLDING);

    // By our callId this time: the id our seed routes hand out is accepted as callSid too.
    Reply reply =
        api.post("/override/clarification", Map.of("callSid", callId, "response", ANSWER));

    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    assertThat(reply.body().toString())
        .isEqualTo("{\"status\":\"success\",\"message\":\"Clarification sent to AI\"}");
    awaitHeard(to, "agent: " + ANSWER);
    assertThat(audited(callId)).containsExactly("clarification " + ANSWER);
  }

  @Test
  void givenAnUnknownCallSid_whenOverridden_itAnswers404CallNotFoundInTheSeedsErrorShape() {
    Reply reply = api.post("/override/text", Map.of("callSid", "CA123456789", "text", LINE));

    assertThat(reply.status()).isEqualTo(404);
    JsonNode error = reply.body().path("error");
    assertThat(error.path("code").asText()).isEqualTo("CALL_NOT_FOUND");
    assertThat(error.path("message").asText()).contains("CA123456789");
    assertThat(error.path("details").path("field").asText()).isEqualTo("callSid");
  }

  @Test
  void givenBadBodies_whenOverridden_itAnswers400NamingTheField() {
    Reply digit = api.post("/override/dtmf", Map.of("callSid", "CA123456789", "digit", "12"));
    Reply noSid = api.post("/override/end", Map.of());

    assertThat(List.of(digit, noSid))
        .extracting(
            reply ->
                reply.status()
                    + " "
                    + reply.body().path("error").path("code").asText()
                    + " "
                    + reply.body().path("error").path("details").path("field").asText())
        .containsExactly("400 INVALID_REQUEST digit", "400 INVALID_REQUEST callSid");
  }

  /**
   * Transfer is mapped onto the call workflow's override: the target is checked (the seed's example
   * target, +15559999999, is no valid number), and a call may be handed only to its own transfer
   * numbers.
   */
  @Test
  void givenALiveCall_whenTheSeedsTransferArrives_itReachesTheCallWorkflowsOverride() {
    String to = "+13475559351";
    Reply started = api.post("/api/calls", Map.of("to", to, "transferTo", "+14155550199"));
    assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
    String callId = started.body().get("callId").asText();
    awaitHeard(to, "agent: " + HOLDING);

    Reply invalid =
        api.post("/override/transfer", Map.of("callSid", callId, "target", "+15559999999"));
    Reply refused =
        api.post("/override/transfer", Map.of("callSid", callId, "target", "+14155550198"));
    Reply reply =
        api.post("/override/transfer", Map.of("callSid", callId, "target", "+14155550199"));

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().path("error").path("details").path("field").asText())
        .isEqualTo("target");
    assertThat(refused.status()).as("%s", refused.body()).isEqualTo(400);
    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    assertThat(reply.body().path("status").asText()).isEqualTo("success");
    assertThat(reply.body().path("message").asText()).isEqualTo("Call transferred to +14155550199");
    assertThat(audited(callId)).contains("transfer +14155550199");
  }

  private List<String> audited(String callId) {
    return jdbc.sql(
            "SELECT action || ' ' || coalesce(value, '-') FROM supervisor_action"
                + " WHERE call_id = :id AND status = 'success' ORDER BY id")
        .param("id", callId)
        .query(String.class)
        .list();
  }
}
