package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Start, pause, resume, change and cancel a campaign whose workflow runs. */
class CampaignLifecycleApiTest extends CampaignTestSupport {

  /** Slow enough that the campaign is still dialing when the test pauses or changes it. */
  private static final Map<String, Object> SLOW =
      Map.of("callsPerSecond", 0.2, "maxConcurrentCalls", 2);

  private static String slowCampaign(String name, int contacts) {
    List<Map<String, String>> phones =
        IntStream.range(0, contacts).mapToObj(i -> Map.of("phone", phone())).toList();
    return create(campaign(name, Map.of("pacing", SLOW, "contacts", phones)));
  }

  @Test
  void startRunsTheCampaign_andAStartedCampaignStartsAgainAsANoOp() {
    String id = slowCampaign("started", 3);

    Reply start = api.post("/api/campaigns/" + id + "/start", "");
    Reply again = api.post("/api/campaigns/" + id + "/start", "");

    assertThat(start.status()).isEqualTo(202);
    assertThat(start.body().get("status").asText()).isEqualTo("RUNNING");
    assertThat(again.status()).isEqualTo(202);
    assertThat(again.body().get("status").asText()).isEqualTo("RUNNING");
    JsonNode campaign = get(id);
    assertThat(campaign.get("status").asText()).isEqualTo("RUNNING");
    assertThat(campaign.hasNonNull("startedAt")).isTrue();
    JsonNode dialing =
        Awaitility.await("a first dial")
            .atMost(Duration.ofSeconds(30))
            .until(() -> get(id), c -> c.get("attempts").asLong() >= 1);
    assertThat(dialing.hasNonNull("eta")).isTrue();
    cancel(id);
  }

  @Test
  void pauseAndResumeAnswerTheNewStatus() {
    String id = slowCampaign("paused", 3);
    api.post("/api/campaigns/" + id + "/start", "");

    Reply pause = api.post("/api/campaigns/" + id + "/pause", Map.of("reason", "agent retraining"));
    JsonNode paused = get(id);
    Reply resume = api.post("/api/campaigns/" + id + "/resume", "");
    Reply resumeAgain = api.post("/api/campaigns/" + id + "/resume", "");

    assertThat(pause.status()).as("%s", pause.body()).isEqualTo(200);
    assertThat(pause.body().get("status").asText()).isEqualTo("PAUSED");
    assertThat(paused.get("status").asText()).isEqualTo("PAUSED");
    assertThat(resume.body().get("status").asText()).isEqualTo("RUNNING");
    assertThat(resumeAgain.status()).isEqualTo(200);
    assertThat(resumeAgain.body().get("status").asText()).isEqualTo("RUNNING");
    cancel(id);
  }

  @Test
  void aPatchOfARunningCampaignGoesThroughTheWorkflowsValidator() {
    String id = slowCampaign("changed while running", 3);
    api.post("/api/campaigns/" + id + "/start", "");

    Reply invalid = patch(id, Map.of("pacing", Map.of("callsPerSecond", 0)));
    Reply overCap = patch(id, Map.of("pacing", Map.of("callsPerSecond", 200.5)));
    Reply tooFast = patch(id, Map.of("pacing", Map.of("maxConcurrentCalls", 20_000)));
    Reply valid =
        patch(
            id,
            Map.of(
                "pacing", Map.of("callsPerSecond", 0.5),
                "retry", Map.of("maxAttempts", 2, "delays", Map.of("NO_ANSWER", "PT30M"))));

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().at("/error/field").asText()).isEqualTo("pacing.callsPerSecond");
    assertThat(invalid.body().at("/error/message").asText())
        .contains("callsPerSecond must be above 0");
    assertThat(tooFast.body().at("/error/field").asText()).isEqualTo("pacing.maxConcurrentCalls");
    assertThat(overCap.status()).isEqualTo(400);
    assertThat(overCap.body().at("/error/field").asText()).isEqualTo("pacing.callsPerSecond");
    assertThat(overCap.body().at("/error/message").asText()).contains("at most 200");
    assertThat(valid.status()).as("%s", valid.body()).isEqualTo(200);
    assertThat(valid.body().at("/settings/pacing/callsPerSecond").asDouble()).isEqualTo(0.5);
    assertThat(valid.body().at("/settings/pacing/maxConcurrentCalls").asInt()).isEqualTo(2);
    assertThat(valid.body().at("/settings/retry/delays/NO_ANSWER").asText()).isEqualTo("PT30M");
    assertThat(get(id).at("/settings/retry/maxAttempts").asInt()).isEqualTo(2);
    cancel(id);
  }

  @Test
  void cancelEndsARunningCampaign_andNothingMoreCanBeDone() {
    String id = slowCampaign("canceled while running", 4);
    api.post("/api/campaigns/" + id + "/start", "");

    Reply cancel = api.post("/api/campaigns/" + id + "/cancel", Map.of("reason", "wrong list"));

    assertThat(cancel.status()).isEqualTo(200);
    assertThat(cancel.body().get("status").asText()).isEqualTo("CANCELED");
    JsonNode canceled = awaitStatus(id, "CANCELED");
    assertThat(canceled.hasNonNull("completedAt")).isTrue();
    JsonNode closed =
        Awaitility.await("contacts closed")
            .atMost(Duration.ofSeconds(60))
            .until(() -> get(id), c -> c.at("/counts/byState/PENDING").asLong() == 0);
    assertThat(closed.at("/counts/byState/CANCELED").asLong()).isPositive();
    assertThat(api.post("/api/campaigns/" + id + "/pause", "").status()).isEqualTo(409);
    assertThat(patch(id, Map.of("pacing", Map.of("callsPerSecond", 2))).status()).isEqualTo(409);
  }

  @Test
  void aFutureStartAtIsScheduled_andStartTrueInTheBodyStartsAtOnce() {
    String id =
        create(
            campaign(
                "half a year ahead",
                Map.of(
                    "schedule", Map.of("startAt", daysAhead(180)),
                    "contacts", List.of(Map.of("phone", phone())),
                    "start", true)));

    assertThat(get(id).get("status").asText()).isEqualTo("SCHEDULED");
    Reply added = addContacts(id, List.of(phone()));
    assertThat(added.body().get("accepted").asLong()).isEqualTo(1);
    assertThat(get(id).at("/counts/contacts").asLong()).isEqualTo(2);
    cancel(id);
  }

  @Test
  void aCallWithRetryRunsAsACampaignOfOneContact() {
    String to = answeredPhone();

    Reply reply =
        api.post(
            "/api/calls",
            Map.of(
                "to",
                to,
                "prompt",
                "Confirm the appointment.",
                "customParameters",
                Map.of("appointment", "A-17"),
                "purpose",
                "APPOINTMENT_CONFIRMATION",
                "retry",
                Map.of("maxAttempts", 3, "delays", Map.of("NO_ANSWER", "PT1M"))));

    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(202);
    String id = reply.body().get("campaignId").asText();
    assertThat(reply.body().get("callId").isNull()).isTrue();
    assertThat(reply.body().get("to").asText()).isEqualTo(to);
    assertThat(reply.raw().headers().firstValue("Location")).hasValue("/api/campaigns/" + id);
    JsonNode campaign = get(id);
    assertThat(campaign.get("name").asText()).isEqualTo("call to " + to);
    assertThat(campaign.get("purpose").asText()).isEqualTo("APPOINTMENT_CONFIRMATION");
    assertThat(campaign.at("/settings/pacing/maxConcurrentCalls").asInt()).isEqualTo(1);
    assertThat(campaign.at("/settings/retry/maxAttempts").asInt()).isEqualTo(3);
    assertThat(campaign.at("/settings/agent/prompt").asText())
        .isEqualTo("Confirm the appointment.");
    assertThat(campaign.at("/counts/contacts").asLong()).isEqualTo(1);
    JsonNode contact = api.get("/api/campaigns/" + id + "/contacts").body().at("/contacts/0");
    assertThat(contact.at("/customParameters/appointment").asText()).isEqualTo("A-17");
    awaitStatus(id, "COMPLETED");
    assertThat(sim.dialsTo(to)).hasSize(1);
    String[] report =
        api.send(
                api.request("/api/campaigns/" + id + "/report.csv")
                    .header("Accept", "*/*")
                    .GET()
                    .build())
            .raw()
            .body()
            .split("\r\n");
    assertThat(report).hasSize(2);
    assertThat(report[1].split(",", -1))
        .satisfies(row -> assertThat(row[2]).isEqualTo(to))
        .satisfies(row -> assertThat(row[4]).isEqualTo("DONE"))
        .satisfies(row -> assertThat(row[6]).isEqualTo("COMPLETED"))
        .satisfies(row -> assertThat(row[8]).startsWith("CA"))
        .satisfies(row -> assertThat(row[9]).isEqualTo("completed"));
  }

  private static void cancel(String id) {
    assertThat(api.post("/api/campaigns/" + id + "/cancel", "").status()).isEqualTo(200);
  }
}
