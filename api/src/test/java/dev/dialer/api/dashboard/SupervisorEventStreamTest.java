package dev.dialer.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.support.ApiTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's supervisor events (V22) over a real socket on the call: a question the agent
 * asks, its answer, and a supervisor's action, each published from the row that records it,
 * whichever process wrote the row.
 */
class SupervisorEventStreamTest extends ApiTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private JdbcClient jdbc;

  @Test
  void givenASocketOnACall_whenItsClarificationAndOverrideRowsAreWritten_theirEventsArriveInOrder()
      throws Exception {
    String callId = "dash-events-" + UUID.randomUUID();
    List<JsonNode> events = new CopyOnWriteArrayList<>();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .subprotocols("dialer-events", "bearer." + VIEWER_KEY)
            .buildAsync(
                URI.create(api.baseUrl().replace("http", "ws") + "/events/ws?callId=" + callId),
                collector(events))
            .get();
    awaitTypes(events, "subscribed");

    jdbc.sql(
            "INSERT INTO clarification (call_id, number, question, status, asked_at)"
                + " VALUES (:call, 1, 'Is there a late fee?', 'PENDING', now())")
        .param("call", callId)
        .update();
    jdbc.sql(
            "UPDATE clarification SET status = 'ANSWERED', settled_at = now(),"
                + " answered_by = 'supervisor-1', response = 'No fee.' WHERE call_id = :call")
        .param("call", callId)
        .update();
    jdbc.sql(
            "INSERT INTO supervisor_action (key_id, call_id, action, value, status, message)"
                + " VALUES ('supervisor-1', :call, 'text', 'Hello', 'success', 'Said.')")
        .param("call", callId)
        .update();

    awaitTypes(
        events,
        "subscribed",
        "clarification_requested",
        "clarification_answered",
        "supervisor_override");
    JsonNode requested = events.get(1);
    assertThat(requested.path("question").asText()).isEqualTo("Is there a late fee?");
    assertThat(requested.path("status").asText()).isEqualTo("pending");
    assertThat(requested.path("waitingSince").asText()).isNotBlank();
    JsonNode answered = events.get(2);
    assertThat(answered.path("status").asText()).isEqualTo("answered");
    assertThat(answered.path("answer").asText()).isEqualTo("No fee.");
    assertThat(answered.path("answeredBy").asText()).isEqualTo("supervisor-1");
    JsonNode override = events.get(3);
    assertThat(override.path("action").asText()).isEqualTo("text");
    assertThat(override.path("value").asText()).isEqualTo("Hello");
    assertThat(override.path("message").asText()).isEqualTo("Said.");
    assertThat(override.path("keyId").asText()).isEqualTo("supervisor-1");
    events.forEach(e -> assertThat(e.path("callId").asText()).isEqualTo(callId));
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
  }

  private static void awaitTypes(List<JsonNode> events, String... types) {
    Awaitility.await("events " + List.of(types))
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> events.stream().map(e -> e.path("type").asText()).toList(),
            List.of(types)::equals);
  }

  private static WebSocket.Listener collector(List<JsonNode> events) {
    StringBuilder partial = new StringBuilder();
    return new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          try {
            events.add(JSON.readTree(partial.toString()));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          partial.setLength(0);
        }
        webSocket.request(1);
        return null;
      }
    };
  }
}
