package dev.dialer.sim.call;

import static dev.dialer.sim.TestCalls.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.rest.api.v2010.account.Call;
import dev.dialer.sim.RunningSim;
import dev.dialer.sim.TestCalls;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Calls REST resource: auth, validation, the resource JSON, fetch. */
class CallsApiTest {

  private static final List<String> CALL_RESOURCE_FIELDS =
      List.of(
          "sid",
          "date_created",
          "date_updated",
          "parent_call_sid",
          "account_sid",
          "to",
          "to_formatted",
          "from",
          "from_formatted",
          "phone_number_sid",
          "status",
          "start_time",
          "end_time",
          "duration",
          "price",
          "price_unit",
          "direction",
          "answered_by",
          "api_version",
          "forwarded_from",
          "group_sid",
          "caller_name",
          "queue_time",
          "trunk_sid",
          "uri",
          "subresource_uris");
  private static final String RFC_2822 =
      "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000";

  private static RunningSim sim;

  @BeforeAll
  static void start() {
    sim = RunningSim.get();
  }

  @Test
  void givenValidRequest_whenCreated_itAnswers201WithTheFullQueuedCallResource() {
    String to = RunningSim.numberEndingIn(0);
    RunningSim.Reply reply = createForm("To", to, "From", FROM, "Twiml", "<Response/>");

    assertThat(reply.status()).isEqualTo(201);
    JsonNode call = reply.json();
    assertThat(fieldNames(call)).containsExactlyInAnyOrderElementsOf(CALL_RESOURCE_FIELDS);
    String sid = call.get("sid").asText();
    assertThat(sid).matches("CA[0-9a-f]{32}");
    assertThat(call.get("status").asText()).isEqualTo("queued");
    assertThat(call.get("direction").asText()).isEqualTo("outbound-api");
    assertThat(call.get("api_version").asText()).isEqualTo("2010-04-01");
    assertThat(call.get("account_sid").asText()).isEqualTo(RunningSim.ACCOUNT_SID);
    assertThat(call.get("to").asText()).isEqualTo(to);
    assertThat(call.get("to_formatted").asText())
        .isEqualTo("(415) " + to.substring(5, 8) + "-" + to.substring(8));
    assertThat(call.get("from_formatted").asText()).isEqualTo("(415) 555-0000");
    assertThat(call.get("date_created").asText()).matches(RFC_2822);
    assertThat(call.get("start_time").isNull()).isTrue();
    assertThat(call.get("uri").asText()).isEqualTo(sim.callsPath() + "/" + sid + ".json");
    assertThat(call.get("subresource_uris").get("user_defined_messages").asText())
        .isEqualTo(sim.callsPath() + "/" + sid + "/UserDefinedMessages.json");
  }

  @Test
  void givenCreateResponse_whenTwilioJavaReadsIt_itSeesTheSameCall() throws Exception {
    String to = RunningSim.numberEndingIn(1);
    String sid = TestCalls.create("To", to, "From", FROM, "Twiml", "<Response/>");
    JsonNode answered = TestCalls.awaitCallStatus(sid, "completed");

    Call call = Call.fromJson(answered.toString(), new ObjectMapper());

    assertThat(call.getSid()).isEqualTo(sid);
    assertThat(call.getStatus()).isEqualTo(Call.Status.COMPLETED);
    assertThat(call.getTo()).isEqualTo(to);
    assertThat(call.getFrom()).isEqualTo(FROM);
    assertThat(call.getDateCreated())
        .isBetween(ZonedDateTime.now().minusMinutes(1), ZonedDateTime.now());
    assertThat(call.getStartTime()).isAfterOrEqualTo(call.getDateCreated());
    assertThat(Duration.between(call.getStartTime(), call.getEndTime())).isPositive();
    assertThat(call.getDuration()).isEqualTo(answered.get("duration").asText()).isNotEqualTo("0");
    assertThat(call.getPriceUnit()).hasToString("USD");
    assertThat(call.getSubresourceUris()).hasSize(9);
  }

  @Test
  void givenWrongAuthToken_whenCreating_itAnswers401Authenticate() {
    HttpRequest.Builder request =
        sim.request(sim.callsPath() + ".json")
            .header("Authorization", basic(RunningSim.ACCOUNT_SID + ":wrong"))
            .POST(HttpRequest.BodyPublishers.ofString(""));

    RunningSim.Reply reply = sim.send(request);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.response().headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(reply.json())
        .isEqualTo(
            json(
                Map.of(
                    "code",
                    20003,
                    "message",
                    "Authenticate",
                    "more_info",
                    "https://www.twilio.com/docs/errors/20003",
                    "status",
                    401)));
  }

  @Test
  void givenNoCredentialsOrAnotherAccountInThePath_whenListing_itAnswers401() {
    assertThat(sim.send(sim.request(sim.callsPath() + ".json").GET()).status()).isEqualTo(401);
    String otherAccount = "/2010-04-01/Accounts/AC" + "f".repeat(32) + "/Calls.json";
    assertThat(sim.get(otherAccount).json().get("code").asInt()).isEqualTo(20003);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "invalid To     | 5551234567   | +14155550000 | 21211 | The 'To' number 5551234567 is not a valid phone number.",
        "To too short   | +1234567     | +14155550000 | 21211 | The 'To' number +1234567 is not a valid phone number.",
        "To leading 0   | +0155512345  | +14155550000 | 21211 | The 'To' number +0155512345 is not a valid phone number.",
        "missing To     |              | +14155550000 | 21201 | No 'To' number is specified",
        "missing From   | +14155550100 |              | 21213 | No 'From' number is specified",
      })
  void givenInvalidNumbers_whenCreating_itAnswersTwiliosErrorJson(
      String name, String to, String from, int code, String message) {
    List<String> form = new ArrayList<>(List.of("Url", "https://example.com/twiml"));
    if (to != null) {
      form.addAll(List.of("To", to));
    }
    if (from != null) {
      form.addAll(List.of("From", from));
    }

    RunningSim.Reply reply = createForm(form.toArray(String[]::new));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json())
        .isEqualTo(
            json(
                Map.of(
                    "code",
                    code,
                    "message",
                    message,
                    "more_info",
                    "https://www.twilio.com/docs/errors/" + code,
                    "status",
                    400)));
  }

  @Test
  void givenNeitherUrlNorTwiml_whenCreating_itAnswers21205() {
    RunningSim.Reply reply = createForm("To", "+14155550100", "From", FROM);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("code").asInt()).isEqualTo(21205);
    assertThat(reply.json().get("message").asText()).isEqualTo("Url parameter is required.");
  }

  @Test
  void givenUnknownSid_whenFetching_itAnswers404WithTheRequestedPath() {
    String sid = "CA" + "0".repeat(32);

    RunningSim.Reply reply = TestCalls.fetch(sid);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json())
        .isEqualTo(
            json(
                Map.of(
                    "code",
                    20404,
                    "message",
                    "The requested resource " + sim.callsPath() + "/" + sid + ".json was not found",
                    "more_info",
                    "https://www.twilio.com/docs/errors/20404",
                    "status",
                    404)));
  }

  @Test
  void givenSubresourceTheSimDoesNotServe_whenRequested_itAnswersTwilios404() {
    String path = sim.callsPath() + "/CA" + "0".repeat(32) + "/Recordings.json";

    assertThat(sim.send(sim.request(path).GET()).status()).as("auth comes first").isEqualTo(401);
    RunningSim.Reply reply = sim.get(path);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("code").asInt()).isEqualTo(20404);
    assertThat(reply.json().get("message").asText())
        .isEqualTo("The requested resource " + path + " was not found");
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private static RunningSim.Reply createForm(String... form) {
    return sim.post(sim.callsPath() + ".json", form);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode json(Map<String, Object> value) {
    return new ObjectMapper().valueToTree(value);
  }
}
