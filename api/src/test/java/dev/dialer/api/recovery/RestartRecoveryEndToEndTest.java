package dev.dialer.api.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.DialerApiApplication;
import dev.dialer.api.local.EmbeddedTemporalServer;
import dev.dialer.api.support.ApiClient;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.MiddayClock;
import dev.dialer.api.support.SimClient;
import dev.dialer.sim.TwilioSimApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stack restarted under a running campaign, as a user stops and starts {@code ./dialer up}:
 * Temporal's embedded server (which keeps workflows in memory) and the api both stop and start
 * again on the same PostgreSQL, with twilio-sim going on meanwhile. One campaign is dialing when
 * the stack stops, one is paused, and one is scheduled to start while it is down.
 */
class RestartRecoveryEndToEndTest {

  private static final String KEY = "restart-test-key";
  private static final int MAX_ATTEMPTS = 2;

  /**
   * The workflows' clock (and with it the compliance check before each dial) runs ahead to the next
   * 13:00 in New York, so the numbers of New York, Chicago and Los Angeles are inside their calling
   * hours whatever the hour of the run; both Temporal servers of the test run on it. Without it the
   * test failed from 9 pm to 8 am New York time.
   */
  private static final Duration CLOCK_AHEAD = MiddayClock.ahead();

  private static final Set<String> TERMINAL =
      Set.of("DONE", "EXHAUSTED", "BLOCKED", "CANCELED", "EXPIRED");

  /** Last digits the sim answers, leaves on a machine, lets ring out, finds busy and fails. */
  private static final int[] OUTCOMES = {0, 1, 2, 3, 5, 6, 7, 8};

  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext simContext;
  private static SimClient sim;
  private static ApiClient api;
  private static JdbcClient jdbc;
  private static int apiPort;
  private static String home;

  private static String running;
  private static List<String> runningNumbers;
  private static Map<String, Integer> dialsBeforeStop;
  private static long openBeforeStop;
  private static String scheduled;
  private static Instant scheduledStart;
  private static String paused;

  @BeforeAll
  static void runAndRestart() throws Exception {
    postgres = EmbeddedPostgres.start();
    jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    simContext = TwilioSimApplication.start("--server.port=0", "--spring.profiles.active=fast");
    sim =
        new SimClient(
            "http://127.0.0.1:" + simContext.getEnvironment().getProperty("local.server.port"));
    apiPort = freePort();
    api = new ApiClient("http://127.0.0.1:" + apiPort, KEY);
    home = Files.createTempDirectory("dialer-restart").toString();

    EmbeddedTemporalServer temporal = EmbeddedTemporalServer.start(0, CLOCK_AHEAD);
    ConfigurableApplicationContext stack = startApi(temporal);
    try {
      runningNumbers = numbers("212", 2);
      running = create("Restart: running", runningNumbers, null);
      assertThat(api.post("/api/campaigns/" + running + "/start", "").status()).isEqualTo(202);
      Awaitility.await("the running campaign to be dialing")
          .atMost(Duration.ofSeconds(60))
          .until(() -> dialed(runningNumbers) >= 4);
      paused = create("Restart: paused", numbers("312", 1), null);
      api.post("/api/campaigns/" + paused + "/start", "");
      assertThat(api.post("/api/campaigns/" + paused + "/pause", "").body().get("status").asText())
          .isEqualTo("PAUSED");
      scheduledStart = workflowNow().plusSeconds(3);
      scheduled = create("Restart: scheduled", numbers("213", 1), scheduledStart);
      assertThat(
              api.post("/api/campaigns/" + scheduled + "/start", "").body().get("status").asText())
          .isEqualTo("SCHEDULED");
    } finally {
      stack.close();
      temporal.close();
    }
    dialsBeforeStop = dialsByNumber(runningNumbers);
    openBeforeStop = open(running);
    Awaitility.await("the scheduled start to pass while the stack is down")
        .atMost(Duration.ofSeconds(30))
        .until(() -> workflowNow().isAfter(scheduledStart.plusSeconds(1)));
  }

  @AfterAll
  static void stop() throws IOException {
    if (simContext != null) {
      simContext.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void
      givenACampaignDialingWhenTheStackStops_whenItStartsAgain_itShouldCompleteDialingNoneTooOften()
          throws Exception {
    assertThat(openBeforeStop).as("contacts not yet done when the stack stopped").isPositive();

    withStack(
        () -> {
          awaitStatus(running, "COMPLETED");
          assertThat(states(running)).allSatisfy(state -> assertThat(TERMINAL).contains(state));
          Map<String, Integer> dials = dialsByNumber(runningNumbers);
          assertThat(dials.values()).allSatisfy(n -> assertThat(n).isBetween(1, MAX_ATTEMPTS));
          assertThat(dials.values().stream().mapToInt(Integer::intValue).sum())
              .as("dials after the restart")
              .isGreaterThan(dialsBeforeStop.values().stream().mapToInt(Integer::intValue).sum());
          JsonNode events = api.get("/api/campaigns/" + running + "/events").body().get("events");
          assertThat(events.findValuesAsText("kind")).contains("REBUILT");
        });
  }

  @Test
  void givenAScheduledCampaignWhoseStartPassedWhileDown_whenTheStackStartsAgain_itShouldRun()
      throws Exception {
    assertThat(dialsByNumber(numbers("213", 1)).values().stream().mapToInt(Integer::intValue).sum())
        .as("dials before the restart")
        .isZero();

    withStack(
        () -> {
          awaitStatus(scheduled, "COMPLETED");
          assertThat(states(scheduled)).allSatisfy(state -> assertThat(TERMINAL).contains(state));
          assertThat(dialsByNumber(numbers("213", 1)).values())
              .allSatisfy(n -> assertThat(n).isBetween(1, MAX_ATTEMPTS));
        });
  }

  @Test
  void givenAPausedCampaignWhenTheStackStops_whenItStartsAgain_itShouldStayPausedAndResume()
      throws Exception {
    withStack(
        () -> {
          Awaitility.await("the paused campaign rebuilt")
              .atMost(Duration.ofSeconds(60))
              .until(
                  () ->
                      api.get("/api/campaigns/" + paused + "/events")
                          .body()
                          .get("events")
                          .findValuesAsText("kind")
                          .contains("REBUILT"));
          assertThat(api.get("/api/campaigns/" + paused).body().get("status").asText())
              .isEqualTo("PAUSED");

          Reply resumed = api.post("/api/campaigns/" + paused + "/resume", "");

          assertThat(resumed.status()).as("resume: %s", resumed.body()).isEqualTo(200);
          awaitStatus(paused, "COMPLETED");
          assertThat(dialsByNumber(numbers("312", 1)).values())
              .allSatisfy(n -> assertThat(n).isBetween(1, MAX_ATTEMPTS));
        });
  }

  /** One restarted stack for every test: whichever runs first starts it, the second reuses it. */
  private static ConfigurableApplicationContext restarted;

  private static EmbeddedTemporalServer restartedTemporal;

  private static synchronized void withStack(Runnable checks) throws IOException {
    if (restarted == null) {
      restartedTemporal = EmbeddedTemporalServer.start(0, CLOCK_AHEAD);
      restarted = startApi(restartedTemporal);
    }
    checks.run();
  }

  @AfterAll
  static void stopRestarted() {
    if (restarted != null) {
      restarted.close();
    }
    if (restartedTemporal != null) {
      restartedTemporal.close();
    }
  }

  private static ConfigurableApplicationContext startApi(EmbeddedTemporalServer temporal) {
    return new SpringApplicationBuilder(DialerApiApplication.class)
        .run(
            "--server.port=" + apiPort,
            "--dialer.public-base-url=http://127.0.0.1:" + apiPort,
            "--dialer.api-key=" + KEY,
            "--dialer.home=" + home,
            "--dialer.database-url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--dialer.twilio.account-sid=",
            "--dialer.twilio.auth-token=",
            "--dialer.twilio.base-url=",
            "--dialer.twilio.sim-url=" + sim.baseUrl(),
            "--dialer.twilio.caller-id=+14155550100",
            "--dialer.media.relay-url=ws://127.0.0.1:1/relay",
            "--dialer.media.relay-secret=restart-test-relay-secret",
            "--dialer.webhooks.relay-interval=200ms",
            "--spring.temporal.connection.target=" + temporal.target());
  }

  private static String create(String name, List<String> phones, Instant startAt) {
    List<Map<String, Object>> contacts = new ArrayList<>();
    for (String phone : phones) {
      contacts.add(Map.of("phone", phone));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("purpose", "APPOINTMENT_CONFIRMATION");
    body.put("pacing", Map.of("callsPerSecond", 2, "maxConcurrentCalls", 4));
    body.put(
        "retry",
        Map.of(
            "maxAttempts",
            MAX_ATTEMPTS,
            "delays",
            Map.of("NO_ANSWER", "PT2S", "BUSY", "PT2S", "FAILED", "PT2S")));
    if (startAt != null) {
      body.put("schedule", Map.of("startAt", startAt.toString()));
    }
    body.put("contacts", contacts);
    Reply reply = api.post("/api/campaigns", body);
    assertThat(reply.status()).as("create: %s", reply.body()).isEqualTo(201);
    return reply.body().get("id").asText();
  }

  /** Numbers of this area code with each sim outcome, {@code each} of every one. */
  private static List<String> numbers(String area, int each) {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < each; i++) {
      for (int outcome : OUTCOMES) {
        numbers.add("+1" + area + "55501" + i + outcome);
      }
    }
    return numbers;
  }

  /** Now by the workflows' clock. */
  private static Instant workflowNow() {
    return Instant.now().plus(CLOCK_AHEAD);
  }

  private static void awaitStatus(String campaign, String status) {
    Awaitility.await("campaign " + campaign + " " + status)
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                status.equals(api.get("/api/campaigns/" + campaign).body().get("status").asText()));
  }

  private static int dialed(List<String> numbers) {
    return dialsByNumber(numbers).values().stream().mapToInt(Integer::intValue).sum();
  }

  private static Map<String, Integer> dialsByNumber(List<String> numbers) {
    Map<String, Integer> dials = new HashMap<>();
    for (JsonNode dial : sim.dials()) {
      String to = dial.path("to").asText();
      if (numbers.contains(to)) {
        dials.merge(to, 1, Integer::sum);
      }
    }
    return dials;
  }

  private static List<String> states(String campaign) {
    return jdbc.sql("SELECT state FROM campaign_contact WHERE campaign_id = :c")
        .param("c", campaign)
        .query(String.class)
        .list();
  }

  private static long open(String campaign) {
    return states(campaign).stream().filter(state -> !TERMINAL.contains(state)).count();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
