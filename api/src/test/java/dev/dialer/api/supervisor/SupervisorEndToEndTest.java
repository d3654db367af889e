package dev.dialer.api.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ConversationTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A supervisor's overrides on a live sim call: persona 5's question keeps the agent holding the
 * line (5 s in these tests), long enough to press a key, say a line and end the call.
 */
class SupervisorEndToEndTest extends ConversationTestSupport {

  private static final String HOLDING = "One moment please, I am checking that with a colleague.";
  private static final String LINE = "A supervisor is listening in.";

  @Autowired private JdbcClient jdbc;

  @Test
  void givenALiveCall_whenASupervisorPressesSaysAndEnds_theCalleeShouldGetEachAndEachBeAudited() {
    String to = "+16465554151";
    String callId = call(to);
    awaitHeard(to, "agent: " + HOLDING);

    ApiClient.Reply dtmf = override(callId, "dtmf", Map.of("digit", "5"));
    ApiClient.Reply text = override(callId, "text", Map.of("text", LINE));
    awaitHeard(to, "agent: " + LINE);
    ApiClient.Reply end = override(callId, "end", Map.of());

    for (ApiClient.Reply reply : List.of(dtmf, text, end)) {
      assertThat(reply.status()).as("override: %s", reply.body()).isEqualTo(200);
      assertThat(reply.body().path("status").asText()).isEqualTo("success");
      assertThat(reply.body().path("auditId").asLong()).isPositive();
    }
    assertThat(api.awaitDisposition(callId).path("disposition").asText()).isEqualTo("COMPLETED");
    assertThat(heard(to)).contains("agent: [5]");
    List<String> audit =
        jdbc.sql(
                "SELECT action || ' ' || coalesce(value, '-') || ' ' || status FROM"
                    + " supervisor_action WHERE call_id = :id AND key_id <> '' ORDER BY id")
            .param("id", callId)
            .query(String.class)
            .list();
    assertThat(audit)
        .containsExactly("dtmf 5 success", "text " + LINE + " success", "end - success");

    ApiClient.Reply afterEnd = override(callId, "text", Map.of("text", LINE));
    assertThat(afterEnd.status()).isEqualTo(400);
    assertThat(afterEnd.body().path("error").path("code").asText()).isEqualTo("CALL_NOT_LIVE");
  }

  @Test
  void givenAKeyThatIsNotOne_whenPressed_itShouldAnswer400NamingDigit() {
    ApiClient.Reply reply = override("any-call", "dtmf", Map.of("digit", "5#"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("error").path("field").asText()).isEqualTo("digit");
  }

  @Test
  void givenAnUnknownCall_whenOverridden_itShouldAnswer404() {
    ApiClient.Reply reply = override("no-such-call", "text", Map.of("text", LINE));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().path("error").path("code").asText()).isEqualTo("CALL_NOT_FOUND");
  }

  private static ApiClient.Reply override(String callId, String action, Map<String, String> body) {
    return api.post("/api/calls/" + callId + "/override/" + action, body);
  }
}
