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
import java.util.ArrayList;
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

  /** Area codes no other test calls, two to four per continental zone, all open at 18:00Z. */
  private static final Map<String, ZoneId> AREAS = new LinkedHashMap<>();

  static {
    AREAS.put("718", ZoneId.of("America/New_York"));
    AREAS.put("617", ZoneId.of("America/New_York"));
    AREAS.put("215", ZoneId.of("America/New_York"));
    AREAS.put("214", ZoneId.of("America/Chicago"));
    AREAS.put("612", ZoneId.of("America/Chicago"));
    AREAS.put("314", ZoneId.of("America/Chicago"));
    AREAS.put("303", ZoneId.of("America/Denver"));
    AREAS.put("801", ZoneId.of("America/Denver"));
    AREAS.put("213", ZoneId.of("America/Los_Angeles"));
    AREAS.put("503", ZoneId.of("America/Los_Angeles"));
  }

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
          "FAILED", Duration.ofSeconds(4));

  @Autowired TestWorkflowEnvironment temporal;

  @Test
  void aThousandContactsEndTerminalWithinTheirAttemptsDelaysAndWindows() {
    StringBuilder csv = new StringBuilder("phone,name,account\n");
    List<String> open = new ArrayList<>();
    AREAS
        .keySet()
        .forEach(
            area -> {
              for (int line = 0; line < 100; line++) {
                open.add("+1" + area + "5550" + String.format("%03d", 100 + line));
              }
            });
    List<String> closed = new ArrayList<>();
    for (int line = 0; line < 10; line++) {
      closed.add("+1" + CLOSED_AREA + "555010" + line);
    }
    List<String> blocked = List.of(open.get(3), open.get(250), open.get(777));
    open.forEach(phone -> csv.append(phone).append(",Contact ").append(phone).append(",A1\n"));
    closed.forEach(phone -> csv.append(phone).append(",Night owl,A2\n"));

    Instant workflowNow = Instant.ofEpochMilli(temporal.currentTimeMillis());
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
    assertThat(uploaded.body().get("accepted").asInt()).isEqualTo(1010);
    blocked.forEach(
        phone ->
            assertThat(
                    api.send(
                            api.request("/api/campaigns/" + id + "/dnc/" + phone)
                                .PUT(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .status())
                .isBetween(200, 201));

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
    assertThat(contacts).hasSize(1010);
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
      ZoneId zone = AREAS.get(phone.substring(2, 5));
      for (Instant realTime : times) {
        LocalTime local = realTime.plusMillis(offsetMillis).atZone(zone).toLocalTime();
        if (local.isBefore(LocalTime.of(8, 0)) || !local.isBefore(LocalTime.of(21, 0))) {
          problems.add(phone + " dialed at " + local + " local, outside 08:00–21:00");
        }
      }
    }
    for (String phone : closed) {
      expect(problems, phone, "EXPIRED", contacts.get(phone), !dials.containsKey(phone));
    }
    assertThat(problems).as("contacts that broke a rule").isEmpty();
    assertThat(dials.keySet()).allMatch(contacts::containsKey);
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
