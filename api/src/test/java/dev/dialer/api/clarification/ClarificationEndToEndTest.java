package dev.dialer.api.clarification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ConversationTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Persona 5 asks for a person; the scripted agent asks a supervisor ({@code [[request_user]]}) and
 * holds the line. A supervisor answers over REST within the timeout (5 s in these tests), or does
 * not and the callee hears the fallback line.
 */
class ClarificationEndToEndTest extends ConversationTestSupport {

  private static final String HOLDING = "One moment please, I am checking that with a colleague.";
  private static final String FALLBACK = "I'll have someone get back to you on that.";
  private static final String ANSWER = "A colleague will call you back within the hour.";

  @Test
  void givenPersona5_whenASupervisorAnswersInTime_theCalleeShouldHearTheAnswerAndTheCallGoOn() {
    String to = "+16465552151";
    String callId = call(to);
    awaitHeard(to, "agent: " + HOLDING);
    JsonNode pending = awaitListed("pending", callId);
    assertThat(pending.path("question").asText())
        .isEqualTo("What is my exact balance including the late fees?");
    assertThat(pending.path("waitingSince").asText()).isNotBlank();

    ApiClient.Reply reply =
        api.post("/api/calls/" + callId + "/override/clarification", Map.of("response", ANSWER));

    assertThat(reply.status()).as("answer: %s", reply.body()).isEqualTo(200);
    assertThat(reply.body().path("status").asText()).isEqualTo("success");
    assertThat(api.awaitDisposition(callId).path("disposition").asText()).isEqualTo("COMPLETED");
    List<String> heard = heard(to);
    assertThat(heard).contains("agent: " + ANSWER).doesNotContain("agent: " + FALLBACK);
    assertThat(heard.indexOf("agent: " + ANSWER)).isGreaterThan(heard.indexOf("agent: " + HOLDING));
    JsonNode answered = awaitListed("answered", callId);
    assertThat(answered.path("response").asText()).isEqualTo(ANSWER);
    assertThat(answered.path("answeredBy").asText()).isNotBlank();
    assertThat(listed("pending", callId)).isNull();
  }

  @Test
  void givenPersona5_whenNoOneAnswers_theCalleeShouldHearTheFallbackAndALateAnswerBeRefused() {
    String to = "+16465553151";
    String callId = call(to);
    awaitHeard(to, "agent: " + FALLBACK);

    ApiClient.Reply late =
        api.post("/api/calls/" + callId + "/override/clarification", Map.of("response", ANSWER));

    assertThat(late.status()).as("late answer: %s", late.body()).isEqualTo(400);
    assertThat(late.body().path("error").path("code").asText())
        .isEqualTo("NO_PENDING_CLARIFICATION");
    assertThat(api.awaitDisposition(callId).path("disposition").asText()).isEqualTo("COMPLETED");
    assertThat(heard(to)).doesNotContain("agent: " + ANSWER);
    assertThat(awaitListed("timed_out", callId).path("question").asText()).contains("balance");
  }

  @Test
  void givenACampaignWithItsOwnTimeout_whenItsAgentAsks_theListShouldCountDownFromThatTimeout() {
    String to = "+16465558151";
    ApiClient.Reply created =
        api.post(
            "/api/campaigns",
            Map.of(
                "name",
                "clarification timeout " + to,
                "purpose",
                "PAYMENT_REMINDER",
                "agent",
                Map.of("clarificationTimeout", "PT2M")));
    assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
    String campaignId = created.body().path("id").asText();
    ApiClient.Reply added =
        api.post(
            "/api/campaigns/" + campaignId + "/contacts",
            List.of(Map.of("phone", to, "name", "Ana", "timezone", "America/New_York")));
    assertThat(added.status()).as("contacts: %s", added.body()).isLessThan(300);
    assertThat(api.post("/api/campaigns/" + campaignId + "/start", Map.of()).status())
        .isEqualTo(202);

    JsonNode pending =
        Awaitility.await(campaignId + "'s question listed")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> {
                  for (JsonNode row :
                      api.get("/api/clarifications?status=pending").body().path("clarifications")) {
                    if (campaignId.equals(row.path("campaignId").asText())) {
                      return row;
                    }
                  }
                  return null;
                },
                row -> row != null);

    assertThat(
            Duration.between(
                Instant.parse(pending.path("waitingSince").asText()),
                Instant.parse(pending.path("timesOutAt").asText())))
        .isEqualTo(Duration.ofMinutes(2));
    String callId = pending.path("callId").asText();
    assertThat(
            api.post("/api/calls/" + callId + "/override/clarification", Map.of("response", ANSWER))
                .status())
        .isEqualTo(200);
    assertThat(api.awaitDisposition(callId).path("disposition").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void givenAnUnknownCall_whenAClarificationIsAnswered_itShouldAnswer404() {
    ApiClient.Reply reply =
        api.post("/api/calls/no-such-call/override/clarification", Map.of("response", ANSWER));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().path("error").path("code").asText()).isEqualTo("CALL_NOT_FOUND");
  }

  @Test
  void givenAnUnknownStatus_whenClarificationsAreListed_itShouldAnswer400NamingStatus() {
    ApiClient.Reply reply = api.get("/api/clarifications?status=open");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("error").path("field").asText()).isEqualTo("status");
  }

  private static JsonNode awaitListed(String status, String callId) {
    return Awaitility.await(callId + " listed " + status)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> listed(status, callId), row -> row != null);
  }

  private static JsonNode listed(String status, String callId) {
    for (JsonNode row :
        api.get("/api/clarifications?status=" + status).body().path("clarifications")) {
      if (callId.equals(row.path("callId").asText())) {
        return row;
      }
    }
    return null;
  }
}
