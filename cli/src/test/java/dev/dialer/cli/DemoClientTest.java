package dev.dialer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a stand-in for the api's campaign contract, so no api has to run. */
class DemoClientTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ObjectMapper json = new ObjectMapper();
  private FakeCampaignApi api;

  @TempDir Path home;

  @AfterEach
  void stop() {
    if (api != null) {
      api.stop();
    }
  }

  @Test
  void givenACampaignWhereEveryContactEndsAsScripted_whenTheDemoRuns_itShouldShowTheTableAndReport()
      throws IOException {
    api = FakeCampaignApi.start(FakeCampaignApi::scripted);
    api.allowOnly("212", "312", "415");

    int exit = run(env());

    assertThat(exit).isZero();
    String text = text(out);
    assertThat(text)
        .contains("Callable now: area codes 212, 312, 415")
        .contains("Campaign camp-1: 200 contacts in 3 area codes, 20 calls/s, at most 60 at once")
        .contains("[████████████████████] 200/200 contacts done")
        .contains(
            "✓  0–4     COMPLETED          85        DONE 70 · EXPIRED 15  1×70 · 0×15  85/85")
        .contains(
            "✓  0–4     OPTED_OUT          15        BLOCKED 15            1 each       15/15")
        .contains(
            "✓  6       NO_ANSWER          20        EXHAUSTED 20          3 each       20/20")
        .contains("✓ all 200 contacts ended as expected.")
        .contains("Campaign camp-1: COMPLETED in ");
    Path report = home.resolve("reports/campaign-camp-1.csv");
    assertThat(text).contains("Report: " + report.toAbsolutePath());
    assertThat(Files.readString(report)).startsWith("phone,state").contains("+12125550100,DONE");
    assertThat(api.contactPagesServed()).isGreaterThan(1);
  }

  @Test
  void givenTheDemoSettings_whenTheCampaignIsCreated_itShouldAskForTheDemoPacingAndRetries()
      throws IOException {
    api = FakeCampaignApi.start(FakeCampaignApi::scripted);
    api.allowOnly("212", "312", "415");
    Map<String, String> env = new HashMap<>(env());
    env.put("DEMO_CPS", "7.5");
    env.put("DEMO_CONTACTS", "30");
    Instant before = Instant.now();

    assertThat(run(env)).isZero();

    JsonNode body = json.readTree(api.createdBody());
    assertThat(body.path("purpose").asText()).isEqualTo("APPOINTMENT_CONFIRMATION");
    assertThat(body.path("start").asBoolean()).isTrue();
    assertThat(body.path("pacing").path("callsPerSecond").asDouble()).isEqualTo(7.5);
    assertThat(body.path("pacing").path("maxConcurrentCalls").asInt()).isEqualTo(60);
    assertThat(body.path("retry").path("maxAttempts").asInt()).isEqualTo(3);
    assertThat(body.path("retry").path("delays").toString())
        .isEqualTo("{\"BUSY\":\"PT5S\",\"FAILED\":\"PT5S\",\"NO_ANSWER\":\"PT5S\"}");
    assertThat(body.path("agent").path("firstMessage").asText()).isNotBlank();
    assertThat(body.path("contacts")).hasSize(30);
    assertThat(Instant.parse(body.path("schedule").path("endAt").asText()))
        .isBetween(before.plus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofMinutes(5)));
  }

  @Test
  void givenABusyNumberThatEndsNoAnswer_whenTheDemoRuns_itShouldExitOneNamingThePhone()
      throws IOException {
    api =
        FakeCampaignApi.start(
            phone ->
                phone.equals("+13125550107")
                    ? new FakeCampaignApi.Ending("EXHAUSTED", 3, "NO_ANSWER", null)
                    : FakeCampaignApi.scripted(phone));
    api.allowOnly("212", "312", "415");

    int exit = run(env());

    assertThat(exit).isOne();
    assertThat(text(out))
        .contains(
            "✗  7       BUSY               20        EXHAUSTED 20          3 each       19/20")
        .contains("✗ 1 of 200 contacts did not end as expected:")
        .contains(
            "  +13125550107: expected BUSY, EXHAUSTED after 3 attempts;"
                + " got NO_ANSWER, EXHAUSTED after 3 attempts")
        .contains("Report: ");
  }

  @Test
  void givenNoAreaCodeCallable_whenTheContactsExpireUnattempted_itShouldSayWhyAndExitZero()
      throws IOException {
    api =
        FakeCampaignApi.start(
            phone ->
                new FakeCampaignApi.Ending(
                    "EXPIRED", 0, null, "deferred: outside the calling window 08:00-21:00"));
    api.allowOnly();

    int exit = run(env());

    assertThat(exit).isZero();
    assertThat(text(out))
        .contains("No demo area code is inside its calling window now")
        .contains("200 contacts in 16 area codes")
        .contains("expire, at the latest in 5:00 (DEMO_TIMEOUT).")
        .contains("✓  9       HUNG_UP            20        EXPIRED 20    0 each    20/20")
        .contains("Not dialed, held back by compliance:")
        .containsPattern(
            "  808 \\(\\d\\d:\\d\\d HST now\\)  1\\d contacts: deferred: outside the calling window")
        .contains("200 rightly not dialed by the compliance rules.");
  }

  @Test
  void givenAWindowThatClosesWhileTheCampaignRuns_whenItsContactsExpire_itShouldCountThemHeldBack()
      throws IOException {
    String note = "the campaign ends before the contact may be dialed again (FEDERAL_WINDOW)";
    api =
        FakeCampaignApi.start(
            phone ->
                !phone.startsWith("+1312")
                    ? FakeCampaignApi.scripted(phone)
                    : phone.endsWith("6")
                        ? new FakeCampaignApi.Ending("EXPIRED", 1, "NO_ANSWER", note)
                        : new FakeCampaignApi.Ending("EXPIRED", 0, null, note));
    api.allowOnly("212", "312");
    api.closeDuringTheCampaign("312");

    int exit = run(env());

    assertThat(exit).isZero();
    assertThat(text(out))
        .containsPattern("  312 \\(\\d\\d:\\d\\d C[SD]T now\\)  100 contacts: the campaign ends")
        .contains(
            "✓  6       NO_ANSWER          20        EXHAUSTED 10 · EXPIRED 10  3×10 · 1×10  20/20")
        .contains("100 rightly not dialed by the compliance rules.");
  }

  @Test
  void givenContactsLeftUndialedInAnOpenZone_whenTheCampaignEnds_itShouldExitOne()
      throws IOException {
    api = FakeCampaignApi.start(phone -> new FakeCampaignApi.Ending("EXPIRED", 0, null, null));
    api.allowOnly("212");

    int exit =
        run(
            Map.of(
                "DIALER_URL",
                api.url(),
                "DIALER_API_KEY",
                FakeCampaignApi.KEY,
                "DIALER_HOME",
                home.toString(),
                "DEMO_CONTACTS",
                "10"));

    assertThat(exit).isOne();
    assertThat(text(out))
        .contains("✗ 10 of 10 contacts did not end as expected:")
        .contains(
            "+12125550100: expected COMPLETED, DONE after 1 attempt;"
                + " got no disposition, EXPIRED after 0 attempts");
  }

  @Test
  void givenMoreContactsThanTheCallableAreaCodesHold_whenTheDemoRuns_itShouldSaySoInOneLine()
      throws IOException {
    api = FakeCampaignApi.start(FakeCampaignApi::scripted);
    api.allowOnly("808");

    int exit = run(env());

    assertThat(exit).isZero();
    assertThat(text(out))
        .contains(
            "Only 100 distinct demo numbers in 1 area code (555-0100 to 555-0199 in each);"
                + " running 100 contacts, not the 200 DEMO_CONTACTS asks for.")
        .contains("✓ all 100 contacts ended as expected.");
  }

  @Test
  void givenTheApiRefusesTheCampaign_whenTheDemoCreatesIt_itShouldExitOneWithTheApisMessage()
      throws IOException {
    api = FakeCampaignApi.start(FakeCampaignApi::scripted);
    api.refuseCreate(
        "{\"error\":{\"code\":\"INVALID\",\"message\":\"callerId must be an E.164 number\","
            + "\"field\":\"callerId\"}}");

    int exit = run(env());

    assertThat(exit).isOne();
    assertThat(text(err))
        .contains("Could not create the demo campaign: POST " + api.url() + "/api/campaigns")
        .contains("answered 400: INVALID callerId must be an E.164 number (field callerId)");
  }

  @Test
  void givenTheWrongKey_whenTheDemoStarts_itShouldExitOneSayingSo() throws IOException {
    api = FakeCampaignApi.start(FakeCampaignApi::scripted);

    int exit = run(Map.of("DIALER_URL", api.url(), "DIALER_API_KEY", "wrong"));

    assertThat(exit).isOne();
    assertThat(text(err)).contains("refused the API key (401").contains("DIALER_API_KEY");
    assertThat(api.createdBody()).isNull();
  }

  @Test
  void givenNoApiListening_whenTheDemoStarts_itShouldExitOneSayingItCannotReachIt()
      throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    int exit =
        run(
            Map.of(
                "DIALER_URL",
                "http://127.0.0.1:" + closedPort,
                "DIALER_API_KEY",
                FakeCampaignApi.KEY));

    assertThat(exit).isOne();
    assertThat(text(err)).contains("Cannot reach the dialer api at http://127.0.0.1:" + closedPort);
  }

  private Map<String, String> env() {
    return Map.of(
        "DIALER_URL",
        api.url(),
        "DIALER_API_KEY",
        FakeCampaignApi.KEY,
        "DIALER_HOME",
        home.toString());
  }

  private int run(Map<String, String> env) {
    return new DemoClient(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            Duration.ofMillis(10))
        .run(env);
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
