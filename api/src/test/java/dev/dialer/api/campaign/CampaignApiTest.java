package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Creating, reading, listing and editing campaigns that have not started. */
class CampaignApiTest extends CampaignTestSupport {

  @Test
  void givenAValidBody_createAnswers201Draft_andGetShowsTheSettingsWithZeroCounts() {
    String endAt = daysAhead(60);
    Reply reply =
        api.post(
            "/api/campaigns",
            campaign(
                "November reminders",
                Map.of(
                    "purpose", "PAYMENT_REMINDER",
                    "agent", Map.of("prompt", "Remind politely.", "firstMessage", "Hi!"),
                    "schedule",
                        Map.of(
                            "endAt",
                            endAt,
                            "callingHours",
                            Map.of(
                                "start",
                                "09:00",
                                "end",
                                "20:00",
                                "days",
                                List.of("MON", "TUESDAY"))),
                    "pacing", Map.of("callsPerSecond", 2.5),
                    "retry",
                        Map.of(
                            "maxAttempts",
                            3,
                            "delays",
                            Map.of("NO_ANSWER", "PT2H", "BUSY", "PT10M")),
                    "compliance", Map.of("maxAttemptsPerDay", 2))));

    assertThat(reply.status()).isEqualTo(201);
    String id = reply.body().get("id").asText();
    assertThat(id).matches("[a-z2-9]{12}");
    assertThat(reply.body().get("status").asText()).isEqualTo("DRAFT");
    assertThat(reply.raw().headers().firstValue("Location")).hasValue("/api/campaigns/" + id);

    JsonNode campaign = get(id);
    assertThat(campaign.get("name").asText()).isEqualTo("November reminders");
    assertThat(campaign.get("purpose").asText()).isEqualTo("PAYMENT_REMINDER");
    JsonNode settings = campaign.get("settings");
    assertThat(settings.get("callerId").asText()).isEqualTo("+14155550100");
    assertThat(settings.at("/agent/firstMessage").asText()).isEqualTo("Hi!");
    assertThat(settings.at("/schedule/endAt").asText()).isEqualTo(endAt);
    assertThat(settings.at("/schedule/callingHours/start").asText()).isEqualTo("09:00");
    assertThat(settings.at("/schedule/callingHours/end").asText()).isEqualTo("20:00");
    assertThat(settings.at("/schedule/callingHours/days").toString())
        .isEqualTo("[\"MONDAY\",\"TUESDAY\"]");
    assertThat(settings.at("/pacing/callsPerSecond").asDouble()).isEqualTo(2.5);
    assertThat(settings.at("/pacing/maxConcurrentCalls").asInt()).isEqualTo(10);
    assertThat(settings.at("/retry/maxAttempts").asInt()).isEqualTo(3);
    assertThat(settings.at("/retry/delays/NO_ANSWER").asText()).isEqualTo("PT2H");
    assertThat(settings.at("/retry/delays/BUSY").asText()).isEqualTo("PT10M");
    assertThat(settings.at("/compliance/maxAttemptsPerDay").asInt()).isEqualTo(2);
    assertThat(campaign.at("/counts/contacts").asLong()).isZero();
    assertThat(campaign.at("/counts/byState").size()).isEqualTo(8);
    campaign.at("/counts/byState").forEach(count -> assertThat(count.asLong()).isZero());
    assertThat(campaign.at("/counts/byDisposition").isEmpty()).isTrue();
    assertThat(campaign.get("attempts").asLong()).isZero();
    assertThat(campaign.get("callsInFlight").asLong()).isZero();
    assertThat(campaign.get("eta").isNull()).isTrue();
    assertThat(campaign.hasNonNull("createdAt")).isTrue();
    assertThat(campaign.get("startedAt").isNull()).isTrue();
  }

  static Stream<Arguments> invalidBodies() {
    return Stream.of(
        Arguments.of(Map.of("purpose", "SPAM"), "purpose", "PAYMENT_REMINDER"),
        Arguments.of(
            Map.of("pacing", Map.of("callsPerSecond", 0)), "pacing.callsPerSecond", "above 0"),
        Arguments.of(
            Map.of("pacing", Map.of("maxConcurrentCalls", 0)),
            "pacing.maxConcurrentCalls",
            "between 1"),
        Arguments.of(
            Map.of("retry", Map.of("delays", Map.of("SOMETIMES", "PT1H"))),
            "retry.delays.SOMETIMES",
            "no retry for SOMETIMES"),
        Arguments.of(
            Map.of("retry", Map.of("delays", Map.of("BUSY", "ten minutes"))),
            "retry.delays.BUSY",
            "ISO-8601 duration"),
        Arguments.of(
            Map.of("retry", Map.of("delays", Map.of("BUSY", "P60D"))),
            "retry.delays.BUSY",
            "between PT1S and P30D"),
        Arguments.of(Map.of("retry", Map.of("maxAttempts", 0)), "retry.maxAttempts", "between 1"),
        Arguments.of(
            Map.of("schedule", Map.of("startAt", daysAhead(60), "endAt", daysAhead(30))),
            "schedule.endAt",
            "after startAt"),
        Arguments.of(
            Map.of("schedule", Map.of("startAt", "next tuesday")),
            "schedule.startAt",
            "ISO-8601 instant"),
        Arguments.of(
            Map.of("schedule", Map.of("callingHours", Map.of("start", "20:00", "end", "09:00"))),
            "schedule.callingHours",
            "start must be before the end"),
        Arguments.of(
            Map.of("schedule", Map.of("callingHours", Map.of("start", "9am", "end", "17:00"))),
            "schedule.callingHours.start",
            "such as 09:00"),
        Arguments.of(
            Map.of(
                "schedule",
                Map.of(
                    "callingHours",
                    Map.of("start", "09:00", "end", "17:00", "days", List.of("MON", "FUNDAY")))),
            "schedule.callingHours.days[1]",
            "FUNDAY"),
        Arguments.of(Map.of("callerId", "555-0100"), "callerId", "E.164"),
        Arguments.of(
            Map.of("compliance", Map.of("purpose", "CHARITY")),
            "compliance.purpose",
            "TELEMARKETING"),
        Arguments.of(Map.of("pacng", Map.of("callsPerSecond", 1)), "pacng", "Unknown field"),
        Arguments.of(
            Map.of("pacing", Map.of("callsPerSecond", "fast")),
            "pacing.callsPerSecond",
            "wrong type"),
        Arguments.of(
            Map.of("contacts", List.of(Map.of("phone", "+12125550100"), Map.of("phone", "12"))),
            "contacts[1].phone",
            "not a valid phone number"),
        Arguments.of(Map.of("name", " "), "name", "required"),
        Arguments.of(Map.of("start", true), "start", "needs contacts"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidBodies")
  void eachInvalidBodyIsRefusedNamingItsField(
      Map<String, Object> change, String field, String message) {
    Reply reply = api.post("/api/campaigns", campaign("invalid", change));

    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(400);
    assertThat(reply.body().at("/error/code").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(reply.body().at("/error/field").asText()).isEqualTo(field);
    assertThat(reply.body().at("/error/message").asText()).contains(message);
  }

  @Test
  void everyProblemIsInTheMessage_theFirstNamesTheField() {
    Reply reply =
        api.post(
            "/api/campaigns",
            campaign(
                "two problems",
                Map.of(
                    "pacing", Map.of("callsPerSecond", 0),
                    "retry", Map.of("maxAttempts", 99))));

    assertThat(reply.body().at("/error/field").asText()).isEqualTo("pacing.callsPerSecond");
    assertThat(reply.body().at("/error/message").asText())
        .contains("pacing.callsPerSecond:")
        .contains("retry.maxAttempts:");
  }

  @Test
  void anIdempotencyKeyIsTheCampaignId_andARetryGetsTheSameCampaign() {
    String key = "spring-" + UUID.randomUUID();
    var first =
        api.post("/api/campaigns", campaign("spring", Map.of()), Map.of("Idempotency-Key", key));
    var again =
        api.post("/api/campaigns", campaign("spring", Map.of()), Map.of("Idempotency-Key", key));
    var other =
        api.post("/api/campaigns", campaign("autumn", Map.of()), Map.of("Idempotency-Key", key));
    var invalid =
        api.post("/api/campaigns", campaign("x", Map.of()), Map.of("Idempotency-Key", "a b"));

    assertThat(first.body().get("id").asText()).isEqualTo(key);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body().get("id").asText()).isEqualTo(key);
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.body().at("/error/code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(invalid.body().at("/error/field").asText()).isEqualTo("Idempotency-Key");
  }

  @Test
  void theListIsNewestFirst_andFiltersByStatus() {
    String older = create(campaign("older", Map.of()));
    String newer = create(campaign("newer", Map.of()));
    api.post("/api/campaigns/" + newer + "/cancel", "");
    // The newest is a draft: a list that ignored the filter would answer it first.
    String newest = create(campaign("newest", Map.of()));

    JsonNode drafts = api.get("/api/campaigns?status=DRAFT&limit=500").body();
    JsonNode canceled = api.get("/api/campaigns?status=canceled&limit=1").body();
    JsonNode all = api.get("/api/campaigns?limit=3").body();

    assertThat(drafts.get("campaigns").findValuesAsText("id"))
        .contains(newest, older)
        .doesNotContain(newer);
    assertThat(drafts.get("campaigns").findValuesAsText("status")).containsOnly("DRAFT");
    assertThat(canceled.get("campaigns").findValuesAsText("id")).containsExactly(newer);
    assertThat(canceled.get("campaigns").get(0).get("status").asText()).isEqualTo("CANCELED");
    assertThat(canceled.get("total").asLong())
        .isGreaterThanOrEqualTo(1)
        .isLessThan(all.get("total").asLong());
    assertThat(all.get("campaigns").findValuesAsText("id")).containsExactly(newest, newer, older);
    assertThat(api.get("/api/campaigns?status=LOST").body().at("/error/field").asText())
        .isEqualTo("status");
    assertThat(api.get("/api/campaigns?limit=0").status()).isEqualTo(400);
  }

  @Test
  void aPatchOfADraftIsCheckedAndStored() {
    String endAt = daysAhead(90);
    String id =
        create(
            campaign(
                "patched",
                Map.of(
                    "retry", Map.of("maxAttempts", 2, "delays", Map.of("BUSY", "PT5M")),
                    "schedule",
                        Map.of(
                            "callingHours",
                            Map.of("start", "10:00", "end", "18:00", "days", List.of("MON"))))));

    Reply changed =
        patch(
            id,
            Map.of(
                "pacing", Map.of("maxConcurrentCalls", 3),
                "retry", Map.of("maxAttempts", 4),
                "schedule", Map.of("callingHours", Map.of("end", "19:30"), "endAt", endAt)));

    assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
    JsonNode settings = changed.body().get("settings");
    assertThat(settings.at("/pacing/maxConcurrentCalls").asInt()).isEqualTo(3);
    assertThat(settings.at("/pacing/callsPerSecond").asDouble()).isEqualTo(1.0);
    assertThat(settings.at("/retry/maxAttempts").asInt()).isEqualTo(4);
    assertThat(settings.at("/retry/delays/BUSY").asText()).isEqualTo("PT5M");
    assertThat(settings.at("/schedule/callingHours/start").asText()).isEqualTo("10:00");
    assertThat(settings.at("/schedule/callingHours/end").asText()).isEqualTo("19:30");
    assertThat(settings.at("/schedule/callingHours/days").toString()).isEqualTo("[\"MONDAY\"]");
    assertThat(get(id).at("/settings/schedule/endAt").asText()).isEqualTo(endAt);

    Reply invalid = patch(id, Map.of("pacing", Map.of("callsPerSecond", 500)));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().at("/error/field").asText()).isEqualTo("pacing.callsPerSecond");
    Reply past = patch(id, Map.of("schedule", Map.of("endAt", "2020-01-01T00:00:00Z")));
    assertThat(past.body().at("/error/field").asText()).isEqualTo("schedule.endAt");
    Reply empty = patch(id, Map.of());
    assertThat(empty.body().at("/error/field").asText()).isEqualTo("body");
    Reply name = patch(id, Map.of("name", "renamed"));
    assertThat(name.body().at("/error/field").asText()).isEqualTo("name");
    assertThat(name.body().at("/error/message").asText()).contains("cannot be changed");
    Reply startAt = patch(id, Map.of("schedule", Map.of("startAt", daysAhead(30))));
    assertThat(startAt.body().at("/error/field").asText()).isEqualTo("schedule.startAt");
    Reply unknown = patch(id, Map.of("pacing", Map.of("cps", 2)));
    assertThat(unknown.body().at("/error/field").asText()).isEqualTo("pacing.cps");
    assertThat(get(id).at("/settings/pacing/maxConcurrentCalls").asInt()).isEqualTo(3);
  }

  @Test
  void aCanceledDraftCannotBeStartedChangedOrGivenContacts() {
    String id =
        create(campaign("never run", Map.of("contacts", List.of(Map.of("phone", phone())))));

    Reply cancel = api.post("/api/campaigns/" + id + "/cancel", Map.of("reason", "changed plans"));

    assertThat(cancel.status()).isEqualTo(200);
    assertThat(cancel.body().get("status").asText()).isEqualTo("CANCELED");
    JsonNode campaign = get(id);
    assertThat(campaign.get("status").asText()).isEqualTo("CANCELED");
    assertThat(campaign.at("/counts/byState/CANCELED").asLong()).isEqualTo(1);
    assertThat(campaign.hasNonNull("completedAt")).isTrue();
    for (String action : List.of("start", "pause", "resume", "cancel")) {
      Reply reply = api.post("/api/campaigns/" + id + "/" + action, "");
      assertThat(reply.status()).as(action).isEqualTo(409);
      assertThat(reply.body().at("/error/code").asText()).isEqualTo("CAMPAIGN_ENDED");
    }
    assertThat(patch(id, Map.of("pacing", Map.of("callsPerSecond", 2))).status()).isEqualTo(409);
    assertThat(addContacts(id, List.of(phone())).status()).isEqualTo(409);
  }

  @Test
  void aDraftWithoutContactsCannotStart_andOneNotStartedCannotPause() {
    String id = create(campaign("empty", Map.of()));

    Reply start = api.post("/api/campaigns/" + id + "/start", "");
    Reply pause = api.post("/api/campaigns/" + id + "/pause", "");

    assertThat(start.status()).isEqualTo(409);
    assertThat(start.body().at("/error/code").asText()).isEqualTo("CAMPAIGN_HAS_NO_CONTACTS");
    assertThat(pause.status()).isEqualTo(409);
    assertThat(pause.body().at("/error/code").asText()).isEqualTo("CAMPAIGN_NOT_STARTED");
    assertThat(get(id).get("status").asText()).isEqualTo("DRAFT");
  }

  @Test
  void anUnknownCampaignIsNotFound() {
    for (Reply reply :
        List.of(
            api.get("/api/campaigns/nope"),
            api.get("/api/campaigns/nope/contacts"),
            api.post("/api/campaigns/nope/start", ""),
            addContacts("nope", List.of(phone())),
            patch("nope", Map.of("pacing", Map.of("callsPerSecond", 2))))) {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.body().at("/error/code").asText()).isEqualTo("CAMPAIGN_NOT_FOUND");
    }
  }
}
