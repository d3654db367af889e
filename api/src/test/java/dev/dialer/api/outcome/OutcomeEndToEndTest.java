package dev.dialer.api.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.activities.outcome.ContactEffect;
import dev.dialer.activities.outcome.OutcomeRecorder;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ConversationTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outcomes end to end: the sim's personas talk to the scripted agent on a campaign's calls, the
 * media worker reads the outcome from the transcript, the call's workflow stores it, and the
 * campaign settles the contact from it.
 */
class OutcomeEndToEndTest extends ConversationTestSupport {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Autowired private JdbcClient jdbc;

  @Test
  void givenPersonaZeroOnAPaymentReminder_whenTheCallEnds_itShouldBeAPromiseOfTheAmountAndDay() {
    String to = "+16465558001";
    String id = campaign("PAYMENT_REMINDER", to);

    JsonNode call = api.awaitDisposition(awaitContact(id, to, "DONE").lastCallId());

    LocalDate friday =
        Instant.parse(call.get("startTime").asText())
            .atZone(NEW_YORK)
            .toLocalDate()
            .with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    JsonNode outcome = call.get("outcome");
    assertThat(outcome.at("/promiseToPay/amount").asText()).isEqualTo("$310.00");
    assertThat(outcome.at("/promiseToPay/date").asText()).isEqualTo(friday.toString());
    assertThat(outcome.get("summary").asText()).contains("$310.00");
    assertThat(campaignCounts(id).at("/counts/byOutcome/promiseToPay").asLong()).isEqualTo(1);
    assertThat(reportLine(id, to)).contains(",$310.00," + friday + ",");
  }

  @Test
  void givenPersonaOne_whenItAsksForACallback_itShouldBeTheContactsNextAttemptWithoutUsingOne() {
    String to = "+16465558011";
    String id = campaign("PAYMENT_REMINDER", to);

    Contact contact = awaitContact(id, to, "RETRY");

    JsonNode call = api.awaitDisposition(contact.lastCallId());
    ZonedDateTime started = Instant.parse(call.get("startTime").asText()).atZone(NEW_YORK);
    Instant tomorrowAtFive =
        started.toLocalDate().plusDays(1).atTime(17, 0).atZone(NEW_YORK).toInstant();
    assertThat(Instant.parse(call.at("/outcome/callbackRequested/at").asText()))
        .isEqualTo(tomorrowAtFive);
    assertThat(contact.nextEligibleAt()).isEqualTo(tomorrowAtFive);
    assertThat(contact.attempts()).isZero();
    assertThat(contact.note()).startsWith(ContactEffect.CALLBACK_NOTE);
    assertThat(campaignCounts(id).at("/counts/byOutcome/callbackRequested").asLong()).isEqualTo(1);
    // A payment reminder is debt collection: after a conversation Regulation F holds calls off
    // for 7 days, except the one the callee asked for (12 CFR 1006.14(b)(3)(i)).
    assertThat(debtCheck(id, to, tomorrowAtFive).at("/allowed").asBoolean()).isTrue();
    assertThat(debtCheck(id, to, tomorrowAtFive.minus(Duration.ofHours(1))).at("/reasons/0/rule"))
        .hasToString("\"REG_F_AFTER_CONVERSATION\"");
  }

  private static JsonNode debtCheck(String campaignId, String phone, Instant at) {
    Reply check =
        api.get(
            "/api/compliance/check?purpose=DEBT_COLLECTION&phone="
                + URLEncoder.encode(phone, StandardCharsets.UTF_8)
                + "&campaignId="
                + campaignId
                + "&at="
                + at);
    assertThat(check.status()).as("check: %s", check.body()).isEqualTo(200);
    return check.body();
  }

  @Test
  void givenPersonaNine_whenItSaysWrongNumber_itShouldCloseTheContactAndFlagTheNumber() {
    String to = "+16465558091";
    String id = campaign("PAYMENT_REMINDER", to);

    Contact contact = awaitContact(id, to, "DONE");

    assertThat(contact.note()).isEqualTo(ContactEffect.WRONG_PERSON_NOTE);
    assertThat(api.awaitDisposition(contact.lastCallId()).at("/outcome/wrongPerson").asBoolean())
        .isTrue();
    assertThat(
            jdbc.sql("SELECT source FROM dnc_campaign WHERE campaign_id = :id AND phone = :phone")
                .param("id", id)
                .param("phone", to)
                .query(String.class)
                .list())
        .containsExactly(OutcomeRecorder.WRONG_NUMBER_SOURCE);
    assertThat(campaignCounts(id).at("/counts/byOutcome/wrongPerson").asLong()).isEqualTo(1);
  }

  /** A running campaign of one New York contact who owes $310.00. */
  private static String campaign(String purpose, String phone) {
    Reply created =
        api.post(
            "/api/campaigns",
            Map.of("name", "outcome " + purpose + " " + phone, "purpose", purpose));
    assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
    String id = created.body().get("id").asText();
    Reply added =
        api.post(
            "/api/campaigns/" + id + "/contacts",
            List.of(
                Map.of(
                    "phone",
                    phone,
                    "name",
                    "Ana",
                    "timezone",
                    NEW_YORK.getId(),
                    "customParameters",
                    Map.of("amount", "$310.00", "dueDate", "2025-03-01"))));
    assertThat(added.status()).as("contacts: %s", added.body()).isLessThan(300);
    assertThat(api.post("/api/campaigns/" + id + "/start", Map.of()).status()).isEqualTo(202);
    return id;
  }

  private Contact awaitContact(String campaignId, String phone, String state) {
    return Awaitility.await(phone + " to be " + state)
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                jdbc.sql(
                        """
                        SELECT state, attempts, next_eligible_at, last_call_id, note
                          FROM campaign_contact WHERE campaign_id = :id AND phone = :phone
                        """)
                    .param("id", campaignId)
                    .param("phone", phone)
                    .query(
                        (rs, row) ->
                            new Contact(
                                rs.getString("state"),
                                rs.getInt("attempts"),
                                instant(rs.getTimestamp("next_eligible_at")),
                                rs.getString("last_call_id"),
                                rs.getString("note")))
                    .single(),
            contact -> state.equals(contact.state()));
  }

  private static JsonNode campaignCounts(String id) {
    Reply reply = api.get("/api/campaigns/" + id);
    assertThat(reply.status()).isEqualTo(200);
    return reply.body();
  }

  private static String reportLine(String id, String phone) {
    Reply reply = api.get("/api/campaigns/" + id + "/report.csv");
    assertThat(reply.status()).isEqualTo(200);
    return List.of(reply.raw().body().split("\r\n")).stream()
        .filter(line -> line.contains(phone))
        .findFirst()
        .orElseThrow();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private record Contact(
      String state, int attempts, Instant nextEligibleAt, String lastCallId, String note) {}
}
