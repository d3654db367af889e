package dev.dialer.api.multi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.events.EventSocketClient;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.SimClient;
import dev.dialer.sim.TwilioSimApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14's "several instances for real" and issue 13's two-api fan-out: one campaign of 40
 * conversations on two api/worker contexts and two media workers ({@link TwoInstances}). The
 * witnesses are outside the code under test: a twilio-sim of its own, whose ledger holds each
 * create request with the voice URL of the api that sent it and the conversation its callee had;
 * Temporal's history of each call, naming the media host task queue its conversation ran on; and
 * the events each api's WebSocket delivered.
 */
class TwoApisTwoMediaWorkersEndToEndTest {

  /** Only this test dials from this number, so the shared sim's ledger can be filtered by it. */
  private static final String CALLER_ID = "+14155550147";

  private static final int CONTACTS = 40;
  private static final Pattern PORT = Pattern.compile("^http://127\\.0\\.0\\.1:(\\d+)/");

  private static ConfigurableApplicationContext simContext;
  private static SimClient sim;
  private static TwoInstances cluster;
  private static List<String> phones;
  private static List<JsonNode> dials;

  /** CallSid → the media task queue its workflow sent the conversation's activities to. */
  private static Map<String, String> mediaQueues;

  private static final List<EventSocketClient> sockets = new ArrayList<>();

  @BeforeAll
  static void runACampaignOnBothInstances() throws Exception {
    simContext = TwilioSimApplication.start("--server.port=0", "--spring.profiles.active=fast");
    sim =
        new SimClient(
            "http://127.0.0.1:" + simContext.getEnvironment().getProperty("local.server.port"));
    cluster = new TwoInstances(sim.baseUrl());
    phones = new ArrayList<>();
    List<Map<String, Object>> contacts = new ArrayList<>();
    for (int i = 0; i < CONTACTS; i++) {
      // Persona 0 (cooperative) and last digit 1 (a person answers): a whole conversation each.
      String phone = "+1347555" + String.format("%02d", i) + "01";
      phones.add(phone);
      contacts.add(Map.of("phone", phone));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "two apis, two media workers");
    body.put("purpose", "APPOINTMENT_CONFIRMATION");
    body.put("callerId", CALLER_ID);
    body.put("pacing", Map.of("callsPerSecond", 8, "maxConcurrentCalls", 40));
    body.put("contacts", contacts);
    ApiClient first = cluster.api(0);
    ApiClient.Reply created = first.post("/api/campaigns", body);
    assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
    String id = created.body().get("id").asText();
    for (int api = 0; api < 2; api++) {
      sockets.add(
          EventSocketClient.open(cluster.apiUrl(api), "campaignId=" + id, TwoInstances.KEY));
    }
    // Started through the other api: either may drive any campaign.
    assertThat(cluster.api(1).post("/api/campaigns/" + id + "/start", Map.of()).status())
        .isEqualTo(202);
    Awaitility.await("campaign " + id + " to complete")
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> first.get("/api/campaigns/" + id).body(),
            campaign -> "COMPLETED".equals(campaign.path("status").asText()));
    dials = sim.dials().stream().filter(d -> CALLER_ID.equals(d.path("from").asText())).toList();
    mediaQueues = cluster.mediaTaskQueues(id);
  }

  @AfterAll
  static void stop() {
    sockets.forEach(EventSocketClient::close);
    if (cluster != null) {
      cluster.close();
    }
    if (simContext != null) {
      simContext.close();
    }
  }

  @Test
  void givenTwoApisAndTwoMediaWorkers_whenACampaignRuns_noContactIsDialedTwiceAndAllFourDidWork() {
    Map<String, Long> perNumber =
        dials.stream()
            .collect(Collectors.groupingBy(d -> d.path("to").asText(), Collectors.counting()));
    assertThat(perNumber.keySet()).containsExactlyInAnyOrderElementsOf(phones);
    assertThat(perNumber).allSatisfy((phone, count) -> assertThat(count).as(phone).isEqualTo(1));
    // Every call had its conversation, on the media worker its TwiML named.
    assertThat(dials)
        .allSatisfy(d -> assertThat(d.path("conversation").size()).as("%s", d).isPositive());
    assertThat(countBy(TwoApisTwoMediaWorkersEndToEndTest::apiPort))
        .as("calls each api's worker dialed (its callback URL in the create request)")
        .containsOnlyKeys(cluster.apiPorts[0], cluster.apiPorts[1]);
    // From each call's workflow history: the host task queue its media activities went to.
    assertThat(
            dials.stream()
                .collect(
                    Collectors.groupingBy(
                        d -> mediaQueues.getOrDefault(d.path("sid").asText(), "none"),
                        Collectors.counting())))
        .as("conversations on each media worker's host queue")
        .containsOnlyKeys("media:" + cluster.mediaHosts[0], "media:" + cluster.mediaHosts[1]);
  }

  @Test
  void givenASocketOnEachApi_whenTheOtherApiHandlesACall_itsEventsArriveOnBothSockets() {
    for (int api = 0; api < 2; api++) {
      int otherPort = cluster.apiPorts[1 - api];
      Set<String> otherCalls =
          dials.stream()
              .filter(d -> apiPort(d) == otherPort)
              .map(d -> d.path("sid").asText())
              .collect(Collectors.toSet());
      assertThat(otherCalls).as("calls handled by api %s", 1 - api).isNotEmpty();
      List<JsonNode> events = sockets.get(api).events();
      for (String type : List.of("status", "transcript", "outcome")) {
        assertThat(events)
            .as("%s events on api %s's socket of calls the other api handled", type, api)
            .anySatisfy(
                e -> {
                  assertThat(e.path("type").asText()).isEqualTo(type);
                  assertThat(otherCalls).contains(e.path("callSid").asText());
                });
      }
    }
  }

  private static Map<Integer, Long> countBy(Function<JsonNode, Integer> key) {
    return dials.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  /** The port of the api whose voice URL the create request gave: the one that dialed. */
  private static int apiPort(JsonNode dial) {
    Matcher matcher = PORT.matcher(dial.path("url").asText());
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }
}
