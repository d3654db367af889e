package dev.dialer.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The voicemail drop against the sim's answering machine (numbers ending in 5): it greets, beeps,
 * and the AMD callback says machine_end_beep; the call is then updated to say the message.
 */
class VoicemailEndToEndTest extends ApiTestSupport {

  private static final String TEMPLATE =
      "Hi {{customerName}}, this is Acme Dental. Please call us back at +14155550100.";
  private static final String MESSAGE =
      "Hi Ada, this is Acme Dental. Please call us back at +14155550100.";

  @Test
  void givenAVoicemailMessage_whenAMachineAnswers_itShouldLeaveTheMessageAfterTheBeep() {
    String to = "+16465557015";
    String callId =
        start(
            Map.of(
                "to", to,
                "voicemailMessage", TEMPLATE,
                "customParameters", Map.of("customerName", "Ada")));

    JsonNode call = api.awaitDisposition(callId);

    assertThat(call.path("disposition").asText()).isEqualTo("VOICEMAIL_LEFT");
    assertThat(call.path("voicemailMessage").asText()).isEqualTo(MESSAGE);
    assertThat(sim.dialsTo(to).get(0).path("answeredBy").asText()).isEqualTo("machine_end_beep");
    List<String> played = awaitPlayed(to, "say: " + MESSAGE);
    assertThat(played.indexOf("say: " + MESSAGE)).isGreaterThan(played.indexOf("beep: "));
    assertThat(played.get(0)).startsWith("greeting: ");
  }

  @Test
  void
      givenACampaignWithAVoicemailMessage_whenAMachineAnswers_itShouldLeaveItWithTheContactsName() {
    String to = "+16465557035";
    Reply created =
        api.post(
            "/api/campaigns",
            Map.of(
                "name",
                "voicemail campaign " + to,
                "purpose",
                "APPOINTMENT_CONFIRMATION",
                "agent",
                Map.of(
                    "voicemailMessage",
                    "Hi {{name}}, this is Acme Dental about {{appointment}}."
                        + " Please call us back at +14155550100.")));
    assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
    String id = created.body().get("id").asText();
    Reply added =
        api.post(
            "/api/campaigns/" + id + "/contacts",
            List.of(
                Map.of(
                    "phone",
                    to,
                    "name",
                    "Grace",
                    "timezone",
                    "America/New_York",
                    "customParameters",
                    Map.of("appointment", "Tuesday's cleaning"))));
    assertThat(added.status()).as("contacts: %s", added.body()).isLessThan(300);
    assertThat(api.post("/api/campaigns/" + id + "/start", Map.of()).status()).isEqualTo(202);
    String message =
        "Hi Grace, this is Acme Dental about Tuesday's cleaning."
            + " Please call us back at +14155550100.";

    Awaitility.await("the campaign's dial to " + to)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !sim.dialsTo(to).isEmpty());
    List<String> played = awaitPlayed(to, "say: " + message);
    String callId = sim.dialsTo(to).get(0).path("callId").asText();
    JsonNode call = api.awaitDisposition(callId);

    assertThat(call.path("disposition").asText()).isEqualTo("VOICEMAIL_LEFT");
    assertThat(call.path("voicemailMessage").asText()).isEqualTo(message);
    assertThat(played.indexOf("say: " + message)).isGreaterThan(played.indexOf("beep: "));
  }

  @Test
  void givenNoVoicemailMessage_whenAMachineAnswers_itShouldHangUpAsAnAnsweringMachine() {
    String to = "+16465557025";
    String callId = start(Map.of("to", to));

    JsonNode call = api.awaitDisposition(callId);

    assertThat(call.path("disposition").asText()).isEqualTo("ANSWERING_MACHINE");
    assertThat(call.path("voicemailMessage").isNull()).isTrue();
    assertThat(played(to)).noneMatch(line -> line.startsWith("say: "));
  }

  private static String start(Map<String, Object> body) {
    Reply reply = api.post("/api/calls", body);
    assertThat(reply.status()).as("POST /api/calls: %s", reply.body()).isEqualTo(202);
    return reply.body().get("callId").asText();
  }

  private static List<String> awaitPlayed(String to, String line) {
    return Awaitility.await("'" + line + "' on the call to " + to)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> played(to), lines -> lines.contains(line));
  }

  /** "verb: text" of what the sim's first call to {@code to} played, said and dialed. */
  private static List<String> played(String to) {
    List<String> lines = new ArrayList<>();
    sim.dialsTo(to)
        .get(0)
        .path("played")
        .forEach(
            verb -> lines.add(verb.path("verb").asText() + ": " + verb.path("text").asText("")));
    return lines;
  }
}
