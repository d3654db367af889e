package dev.dialer.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ConversationTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * On a call that leaves a voicemail, the agent's first words wait for the AMD verdict: the call is
 * held in silence (the sim records each pause), a machine never hears the agent, a person does.
 */
class VoicemailGreetingEndToEndTest extends ConversationTestSupport {

  private static final String MESSAGE =
      "Hi Ada, this is Acme Dental. Please call us back at +14155550100.";

  @Test
  void
      givenAVoicemailMessage_whenAMachineAnswers_itShouldPauseUntilTheBeepAndNeverConnectTheAgent() {
    String to = "+16465557405";
    String callId = start(to);

    JsonNode call = api.awaitDisposition(callId);

    assertThat(call.path("disposition").asText()).isEqualTo("VOICEMAIL_LEFT");
    List<String> played = awaitPlayed(to, "say: " + MESSAGE);
    assertThat(played).contains("pause: 1").noneMatch(line -> line.startsWith("connect: "));
    assertThat(played.indexOf("say: " + MESSAGE)).isGreaterThan(played.indexOf("beep: "));
    assertThat(sim.dialsTo(to).get(0).path("conversation")).isEmpty();
  }

  @Test
  void givenAVoicemailMessage_whenAPersonAnswers_itShouldConnectTheAgentAfterTheHumanVerdict() {
    String to = "+16465557401";
    start(to);

    Awaitility.await("the callee's answer on the call to " + to)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> heard(to), lines -> lines.stream().anyMatch(l -> l.startsWith("callee: ")));

    assertThat(sim.dialsTo(to).get(0).path("answeredBy").asText()).isEqualTo("human");
    List<String> played = played(to);
    assertThat(played).contains("pause: 1");
    assertThat(played.indexOf("pause: 1")).isLessThan(indexOfConnect(played));
    assertThat(heard(to).get(0)).startsWith("agent: ");
  }

  private static String start(String to) {
    Reply reply =
        api.post(
            "/api/calls",
            Map.of(
                "to",
                to,
                "voicemailMessage",
                "Hi {{customerName}}, this is Acme Dental. Please call us back at +14155550100.",
                "customParameters",
                Map.of("customerName", "Ada")));
    assertThat(reply.status()).as("POST /api/calls: %s", reply.body()).isEqualTo(202);
    return reply.body().get("callId").asText();
  }

  private static int indexOfConnect(List<String> played) {
    for (int i = 0; i < played.size(); i++) {
      if (played.get(i).startsWith("connect: ")) {
        return i;
      }
    }
    throw new AssertionError("no connect in " + played);
  }

  private static List<String> awaitPlayed(String to, String line) {
    return Awaitility.await("'" + line + "' on the call to " + to)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> played(to), lines -> lines.contains(line));
  }

  /** "verb: text" (a pause: its length) of what the sim's first call to {@code to} played. */
  private static List<String> played(String to) {
    List<String> lines = new ArrayList<>();
    sim.dialsTo(to)
        .get(0)
        .path("played")
        .forEach(
            verb ->
                lines.add(
                    verb.path("verb").asText()
                        + ": "
                        + (verb.has("durationSeconds")
                            ? verb.path("durationSeconds").asText()
                            : verb.path("text").asText(""))));
    return lines;
  }
}
