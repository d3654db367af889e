package dev.dialer.api.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.support.ApiClient.Reply;
import dev.dialer.api.support.ApiTestSupport;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;

/** Campaign requests over real HTTP, on top of the shared app, Temporal and twilio-sim. */
abstract class CampaignTestSupport extends ApiTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A run's numbers never repeat another run's: frequency caps count calls per person. */
  private static final AtomicLong NEXT_LINE =
      new AtomicLong(ThreadLocalRandom.current().nextLong(900_000));

  /**
   * A New York number (its window is open at the test clock) that no other test of the run calls.
   */
  static String phone() {
    return "+1212" + (2_000_000 + NEXT_LINE.getAndIncrement() % 1_000_000);
  }

  /** A number twilio-sim answers with a person (last digit 1), not used by {@link #phone()}. */
  static String answeredPhone() {
    return "+1212" + (3_000_000 + (NEXT_LINE.getAndIncrement() % 100_000) * 10 + 1);
  }

  /**
   * An instant {@code days} ahead of the api's clock (the system's; the workflows' clock of the
   * suite starts behind it), whole hours: a schedule in a test never turns into the past.
   */
  static String daysAhead(int days) {
    return Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(days)).toString();
  }

  /** A minimal valid body; {@code extra} adds or replaces fields. */
  static Map<String, Object> campaign(String name, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("purpose", "APPOINTMENT_CONFIRMATION");
    body.putAll(extra);
    return body;
  }

  static String create(Map<String, Object> body) {
    Reply reply = api.post("/api/campaigns", body);
    assertThat(reply.status()).as("create: %s", reply.body()).isEqualTo(201);
    return reply.body().get("id").asText();
  }

  static Reply patch(String id, Object body) {
    return api.send(
        api.request("/api/campaigns/" + id)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body)))
            .build());
  }

  static Reply upload(String id, String contentType, String body) {
    return api.send(
        api.request("/api/campaigns/" + id + "/contacts")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static Reply addContacts(String id, List<String> phones) {
    return api.post(
        "/api/campaigns/" + id + "/contacts",
        phones.stream().map(phone -> Map.of("phone", phone)).toList());
  }

  static JsonNode get(String id) {
    Reply reply = api.get("/api/campaigns/" + id);
    assertThat(reply.status()).as("GET %s: %s", id, reply.body()).isEqualTo(200);
    return reply.body();
  }

  static JsonNode awaitStatus(String id, String status) {
    return Awaitility.await(id + " to be " + status)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> get(id), campaign -> status.equals(campaign.get("status").asText()));
  }

  private static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
