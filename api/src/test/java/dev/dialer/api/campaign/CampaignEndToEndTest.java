package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import io.temporal.testing.TestWorkflowEnvironment;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 1,000-contact campaign through every real piece: CSV upload, the CampaignWorkflow dispatching
 * CallWorkflows on Temporal's test server, the hopper and the compliance engine in PostgreSQL,
 * twilio-java against twilio-sim with its signed callbacks. The sim's own ledger of create requests
 * is the witness: what it saw is what a carrier would have dialed.
 */
class CampaignEndToEndTest extends ApiTestSupport {

  /**
   * Area codes no other test calls, by continental zone. The zone whose local time is latest at the
   * test's start has its window close during the run (see {@link #CLOSE_AFTER}); the others stay
   * open for the whole run.
   */
  private static final Map<ZoneId, List<String>> AREAS = new LinkedHashMap<>();

  static {
    AREAS.put(ZoneId.of("America/New_York"), List.of("718", "617", "215"));
    AREAS.put(ZoneId.of("America/Chicago"), List.of("214", "612", "314", "773", "713"));
    AREAS.put(ZoneId.of("America/Denver"), List.of("303", "801"));
    AREAS.put(ZoneId.of("America/Los_Angeles"), List.of("213", "503", "425"));
  }

  /**
   * The campaign's calling hours end this long after it starts (to the minute), in the callee's
   * local time. The contacts of the closing zone are answered and hang up at once, within the first
   * seconds; their retry comes {@link #HUNG_UP_RETRY} later, after the close: it must not be
   * dialed.
   */
  private static final Duration CLOSE_AFTER = Duration.ofSeconds(20);

  private static final Duration HUNG_UP_RETRY = Duration.ofSeconds(30);

  /** Saipan: 04:00 local when the suite's workflow clock starts, so its window is shut. */
  private static final String CLOSED_AREA = "670";

  /** Only this campaign dials from this number, so the sim's ledger can be filtered by it. */
  private static final String CALLER_ID = "+14155550177";

  private static final int MAX_ATTEMPTS = 3;
  private static final double CALLS_PER_SECOND = 40;
  private static final Map<String, Duration> DELAYS =
      Map.of(
          "NO_ANSWER", Duration.ofSeconds(3),
          "BUSY", Duration.ofSeconds(2),
          "FAILED", Duration.ofSeconds(4),
          "HUNG_UP", HUNG_UP_RETRY);

  @Autowired TestWorkflowEnvironment temporal;

  @Test
  void aThousandContactsEndTerminalWithinTheirAttemptsDelaysAndWindows() {
    Instant workflowNow = Instant.ofEpochMilli(temporal.currentTimeMillis());
    ZoneId closing =
        AREAS.keySet().stream()
            .max(Comparator.comparing(zone -> workflowNow.atZone(zone).toLocalTime()))
            .orElseThrow();
    assertThat(workflowNow.atZone(closing).toLocalTime())
        .as("the closing zone's time at the suite's workflow clock (%s)", workflowNow)
        .isBetween(LocalTime.of(8, 0), LocalTime.of(20, 30));
    // The closing zone's contacts come first: they are dialed in the run's first seconds.
    StringBuilder csv = new StringBuilder("phone,name,account\n");
    List<String> closingPhones = new ArrayList<>();
    AREAS
        .get(closing)
        .forEach(
            area -> {
              for (int line = 209; line < 300; line += 10) {
                closingPhones.add("+1" + area + "5550" + line);
              }
            });
    List<String> open = new ArrayList<>();
    AREAS.forEach(
        (zone, areas) -> {
          if (!zone.equals(closing)) {
            areas.forEach(
                area -> {
                  // No line ends in 9 (hangs up at once): only the closing zone's contacts do.
                  for (int line = 100; line <= 210; line++) {
                    if (line % 10 != 9) {
                      open.add("+1" + area + "5550" + line);
                    }
                  }
                });
          }
        });
    assertThat(open).hasSize(1000);
    List<String> closed = new ArrayList<>();
    for (int line = 0; line < 10; line++) {
      closed.add("+1" + CLOSED_AREA + "555010" + line);
    }
    List<String> blocked = List.of(open.get(3), open.get(250), open.get(777));
    closingPhones.forEach(phone -> csv.append(phone).append(",Closing soon,A3\n"));
    open.forEach(phone -> csv.append(phone).append(",Contact ").append(phone).append(",A1\n"));
    closed.forEach(phone -> csv.append(phone).append(",Night owl,A2\n"));
    int contactCount = closingPhones.size() + open.size() + closed.size();

    Reply created =
        api.post(
            "/api/campaigns",
            Map.of(
                "name",
                "end-to-end 1000",
                "purpose",
                "APPOINTMENT_CONFIRMATION",
                "callerId",
                CALLER_ID,
                "schedule",
                Map.of("endAt", workflowNow.plus(Duration.ofMinutes(30)).toString()),
                "pacing",
                Map.of("callsPerSecond", CALLS_PER_SECOND, "maxConcurrentCalls", 200),
                "retry",
                Map.of(
                    "maxAttempts",
                    MAX_ATTEMPTS,
                    "delays",
                    DELAYS.entrySet().stream()
                        .collect(
                            Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())))));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    String id = created.body().get("id").asText();

    Reply uploaded =
        api.send(
            api.request("/api/campaigns/" + id + "/contacts")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                .build());
    assertThat(uploaded.status()).as("%s", uploaded.body()).isEqualTo(200);
    assertThat(uploaded.body().get("accepted").asInt()).isEqualTo(contactCount);
    blocked.forEach(
        phone ->
            assertThat(
                    api.send(
                            api.request("/api/campaigns/" + id + "/dnc/" + phone)
                                .PUT(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .status())
                .isBetween(200, 201));

    // The campaign's hours end at a minute boundary (the rules count whole minutes) CLOSE_AFTER
    // after the start; the start waits for that moment, under a minute.
    Instant closesAt =
        Instant.ofEpochMilli(temporal.currentTimeMillis())
            .plus(CLOSE_AFTER)
            .plusSeconds(1)
            .truncatedTo(ChronoUnit.MINUTES)
            .plus(Duration.ofMinutes(1));
    LocalTime closesLocal = closesAt.atZone(closing).toLocalTime();
    Reply hours =
        api.send(
            api.request("/api/campaigns/" + id)
                .header("Content-Type", "application/json")
                .method(
                    "PATCH",
                    HttpRequest.BodyPublishers.ofString(
                        "{\"schedule\":{\"callingHours\":{\"start\":\"08:00\",\"end\":\""
                            + closesLocal
                            + "\"}}}"))
                .build());
    assertThat(hours.status()).as("%s", hours.body()).isEqualTo(200);
    Instant startAt = closesAt.minus(CLOSE_AFTER);
    Awaitility.await("the workflow clock to reach " + startAt)
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> !Instant.ofEpochMilli(temporal.currentTimeMillis()).isBefore(startAt));
    Instant realStart = Instant.now();
    long offsetMillis = temporal.currentTimeMillis() - realStart.toEpochMilli();
    Reply started = api.post("/api/campaigns/" + id + "/start", Map.of());
    assertThat(started.status()).as("%s", started.body()).isEqualTo(202);

    JsonNode campaign =
        Awaitility.await("campaign " + id + " to complete")
            .atMost(Duration.ofMinutes(6))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> api.get("/api/campaigns/" + id).body(),
                body -> "COMPLETED".equals(body.path("status").asText()));

    JsonNode byState = campaign.path("counts").path("byState");
    assertThat(byState.path("PENDING").asInt() + byState.path("RETRY").asInt())
        .as("contacts still waiting: %s", byState)
        .isZero();
    assertThat(byState.path("DIALING").asInt()).isZero();
    assertThat(campaign.path("callsInFlight").asInt()).isZero();

    Map<String, JsonNode> contacts = contacts(id);
    assertThat(contacts).hasSize(contactCount);
    Map<String, List<Instant>> dials = dialsByNumber();

    List<String> problems = new ArrayList<>();
    for (String phone : open) {
      JsonNode contact = contacts.get(phone);
      List<Instant> times = dials.getOrDefault(phone, List.of());
      if (blocked.contains(phone)) {
        expect(problems, phone, "BLOCKED", contact, times.isEmpty());
        continue;
      }
      String disposition = expectedDisposition(phone);
      boolean retried = DELAYS.containsKey(disposition);
      expect(problems, phone, retried ? "EXHAUSTED" : "DONE", contact, true);
      if (!disposition.equals(contact.path("lastDisposition").asText())) {
        problems.add(
            phone + " ended " + contact.path("lastDisposition") + ", sim says " + disposition);
      }
      int expectedDials = retried ? MAX_ATTEMPTS : 1;
      if (times.size() != expectedDials) {
        problems.add(phone + " was dialed " + times.size() + " times, expected " + expectedDials);
      }
      for (int i = 1; i < times.size(); i++) {
        Duration gap = Duration.between(times.get(i - 1), times.get(i));
        if (gap.compareTo(DELAYS.get(disposition)) < 0) {
          problems.add(
              phone + " redialed after " + gap + ", inside its " + DELAYS.get(disposition));
        }
      }
      ZoneId zone = zoneOf(phone);
      for (Instant realTime : times) {
        LocalTime local = realTime.plusMillis(offsetMillis).atZone(zone).toLocalTime();
        if (local.isBefore(LocalTime.of(8, 0)) || !local.isBefore(LocalTime.of(21, 0))) {
          problems.add(phone + " dialed at " + local + " local, outside 08:00–21:00");
        }
      }
    }
    int dialedBeforeTheClose = 0;
    List<Duration> firstDialsBeforeTheClose = new ArrayList<>();
    for (String phone : closingPhones) {
      JsonNode contact = contacts.get(phone);
      List<Instant> times = dials.getOrDefault(phone, List.of());
      expect(problems, phone, "EXPIRED", contact, times.size() <= 1);
      for (Instant realTime : times) {
        Instant workflowTime = realTime.plusMillis(offsetMillis);
        if (!workflowTime.isBefore(closesAt)) {
          problems.add(
              phone
                  + " dialed at "
                  + workflowTime.atZone(closing).toLocalTime()
                  + " local, after the campaign's hours closed at "
                  + closesLocal);
        }
      }
      if (!times.isEmpty() && !"HUNG_UP".equals(contact.path("lastDisposition").asText())) {
        problems.add(phone + " ended " + contact.path("lastDisposition") + ", sim says HUNG_UP");
      }
      dialedBeforeTheClose += times.isEmpty() ? 0 : 1;
      times.stream()
          .findFirst()
          .ifPresent(
              first ->
                  firstDialsBeforeTheClose.add(
                      Duration.between(first.plusMillis(offsetMillis), closesAt)));
    }
    for (String phone : closed) {
      expect(problems, phone, "EXPIRED", contacts.get(phone), !dials.containsKey(phone));
    }
    assertThat(problems).as("contacts that broke a rule").isEmpty();
    assertThat(dialedBeforeTheClose)
        .as(
            "contacts of %s dialed before the close, whose retry the close then held back;"
                + " their first dials came this long before it: %s",
            closing, firstDialsBeforeTheClose)
        .isPositive();
    assertThat(dials.keySet()).allMatch(contacts::containsKey);
  }

  private static ZoneId zoneOf(String phone) {
    String area = phone.substring(2, 5);
    return AREAS.entrySet().stream()
        .filter(entry -> entry.getValue().contains(area))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static void expect(
      List<String> problems, String phone, String state, JsonNode contact, boolean dialsOk) {
    if (contact == null) {
      problems.add(phone + " is missing from the campaign");
      return;
    }
    if (!state.equals(contact.path("state").asText())) {
      problems.add(phone + " is " + contact.path("state").asText() + ", expected " + state);
    }
    if (!dialsOk) {
      problems.add(phone + " was dialed though it is " + state);
    }
  }

  private static String expectedDisposition(String phone) {
    return switch (phone.charAt(phone.length() - 1)) {
      case '5' -> "ANSWERING_MACHINE";
      case '6' -> "NO_ANSWER";
      case '7' -> "BUSY";
      case '8' -> "FAILED";
      case '9' -> "HUNG_UP";
      default -> "COMPLETED";
    };
  }

  private Map<String, JsonNode> contacts(String id) {
    Map<String, JsonNode> byPhone = new HashMap<>();
    for (int offset = 0; ; offset += 500) {
      JsonNode page =
          api.get("/api/campaigns/" + id + "/contacts?limit=500&offset=" + offset).body();
      JsonNode list = page.path("contacts");
      list.forEach(contact -> byPhone.put(contact.path("phone").asText(), contact));
      if (list.size() < 500) {
        return byPhone;
      }
    }
  }

  /** The sim's create requests from this campaign's caller id, by number, in order. */
  private static Map<String, List<Instant>> dialsByNumber() {
    Map<String, List<Instant>> byNumber = new HashMap<>();
    sim.dials().stream()
        .filter(dial -> CALLER_ID.equals(dial.path("from").asText()))
        .forEach(
            dial ->
                byNumber
                    .computeIfAbsent(dial.path("to").asText(), to -> new ArrayList<>())
                    .add(Instant.parse(dial.path("createdAt").asText())));
    byNumber.values().forEach(times -> times.sort(null));
    return byNumber;
  }
}
