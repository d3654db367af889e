package dev.dialer.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.dialer.api.support.ApiTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The live event stream over a real WebSocket, against the real api, sim and database. */
class EventStreamTest extends ApiTestSupport {

  @Autowired private DataSource dataSource;

  @Test
  void givenNoKeyOrAWrongOne_whenOpeningTheEventSocket_itIsRefusedWith401BeforeTheUpgrade() {
    assertThat(handshakeStatus("/events/ws?callId=x")).isEqualTo(401);
    assertThat(handshakeStatus("/events/ws?callId=x&token=not-a-key")).isEqualTo(401);
  }

  @Test
  void givenAKey_whenTheSocketNamesNeitherCallNorCampaign_itIsRefusedWith400() {
    assertThat(handshakeStatus("/events/ws?token=" + VIEWER_KEY)).isEqualTo(400);
  }

  @Test
  void givenAViewerKeyAsSubprotocol_whenOpening_itIsSubscribedUnderTheDialerProtocol() {
    try (EventSocketClient socket =
        EventSocketClient.open(api.baseUrl(), "callId=c1", VIEWER_KEY)) {
      assertThat(socket.subprotocol()).isEqualTo("dialer-events");
      assertThat(socket.events().get(0).get("callId").asText()).isEqualTo("c1");
    }
  }

  @Test
  void givenASocketOnACall_whenTheCallRuns_itsStatusesArriveInTwiliosOrderThenItsOutcome() {
    String callId = "events-" + UUID.randomUUID();
    try (EventSocketClient socket =
        EventSocketClient.open(api.baseUrl(), "callId=" + callId, VIEWER_KEY)) {
      var reply =
          api.post("/api/calls", Map.of("to", "+12025560141"), Map.of("Idempotency-Key", callId));
      assertThat(reply.status()).isEqualTo(202);

      JsonNode outcome = socket.awaitEvent(e -> "outcome".equals(e.path("type").asText()));
      assertThat(outcome.get("disposition").asText()).isEqualTo("COMPLETED");
      List<JsonNode> events = socket.events();
      List<String> carrier =
          events.stream()
              .filter(e -> "status".equals(e.path("type").asText()))
              .filter(e -> "status-callback".equals(e.path("source").asText()))
              .map(e -> e.get("status").asText())
              .toList();
      assertThat(carrier).containsExactly("initiated", "ringing", "in-progress", "completed");
      assertThat(events.get(events.size() - 1).get("type").asText()).isEqualTo("outcome");
      String callSid = outcome.get("callSid").asText();
      assertThat(callSid).matches("CA[0-9a-f]{32}");
      events.stream()
          .skip(1)
          .forEach(
              e -> {
                assertThat(e.get("callId").asText()).isEqualTo(callId);
                assertThat(e.hasNonNull("timestamp")).as("timestamp of %s", e).isTrue();
              });
    }
  }

  /**
   * The other instance is stood in for by a second JDBC connection of its own publishing the way
   * any process does (the media worker, another api): this instance must deliver what it did not
   * publish itself.
   */
  @Test
  void givenAnEventPublishedByAnotherProcess_whenItWatchesThatCall_thisInstanceDeliversIt()
      throws Exception {
    String callId = "remote-" + UUID.randomUUID();
    try (EventSocketClient byCall =
            EventSocketClient.open(api.baseUrl(), "callId=" + callId, VIEWER_KEY);
        EventSocketClient byCampaign =
            EventSocketClient.open(api.baseUrl(), "campaignId=cmp-remote", SUPERVISOR_KEY);
        Connection other = otherInstance();
        PreparedStatement publish =
            other.prepareStatement("SELECT dialer_publish_event(CAST(? AS jsonb))")) {
      publish.setString(
          1,
          "{\"type\":\"transcript\",\"callId\":\""
              + callId
              + "\",\"campaignId\":\"cmp-remote\",\"callSid\":\"CA1\","
              + "\"speaker\":\"callee\",\"text\":\"hello there\"}");
      publish.execute();

      for (EventSocketClient socket : List.of(byCall, byCampaign)) {
        JsonNode line = socket.awaitEvent(e -> "transcript".equals(e.path("type").asText()));
        assertThat(line.get("text").asText()).isEqualTo("hello there");
        assertThat(line.hasNonNull("timestamp")).isTrue();
      }
    }
  }

  /** The media worker stores each turn; the database publishes it, whoever wrote it. */
  @Test
  void givenTheMediaWorkerStoresTurns_whenWatchingTheCall_theyArriveAsTranscriptAndReply()
      throws Exception {
    String callId = "turns-" + UUID.randomUUID();
    try (EventSocketClient socket =
            EventSocketClient.open(api.baseUrl(), "callId=" + callId, VIEWER_KEY);
        Connection mediaWorker = otherInstance();
        PreparedStatement turn =
            mediaWorker.prepareStatement(
                "INSERT INTO transcript_turn (call_id, call_sid, seq, speaker, text, interrupted,"
                    + " started_at) VALUES (?, 'CA2', ?, ?, ?, ?, now())")) {
      Object[][] turns = {{1, "agent", "Hello, is this Ada?", true}, {2, "callee", "Yes.", false}};
      for (Object[] row : turns) {
        turn.setString(1, callId);
        turn.setInt(2, (Integer) row[0]);
        turn.setString(3, (String) row[1]);
        turn.setString(4, (String) row[2]);
        turn.setBoolean(5, (Boolean) row[3]);
        turn.executeUpdate();
      }

      JsonNode callee = socket.awaitEvent(e -> "transcript".equals(e.path("type").asText()));
      assertThat(callee.get("text").asText()).isEqualTo("Yes.");
      assertThat(callee.get("callSid").asText()).isEqualTo("CA2");
      List<JsonNode> events = socket.events();
      JsonNode reply = events.get(1);
      assertThat(reply.get("type").asText()).isEqualTo("assistant_reply");
      assertThat(reply.get("text").asText()).isEqualTo("Hello, is this Ada?");
      assertThat(reply.get("interrupted").asBoolean()).isTrue();
      assertThat(events.get(2)).isEqualTo(callee);
    }
  }

  @Test
  void givenAnEventForAnotherCall_whenPublished_aSocketOnThisCallDoesNotGetIt() throws Exception {
    String callId = "mine-" + UUID.randomUUID();
    try (EventSocketClient socket =
            EventSocketClient.open(api.baseUrl(), "callId=" + callId, VIEWER_KEY);
        Connection other = otherInstance();
        PreparedStatement publish =
            other.prepareStatement("SELECT dialer_publish_event(CAST(? AS jsonb))")) {
      publish.setString(1, "{\"type\":\"transcript\",\"callId\":\"someone-else\",\"text\":\"a\"}");
      publish.execute();
      publish.setString(
          1, "{\"type\":\"transcript\",\"callId\":\"" + callId + "\",\"text\":\"b\"}");
      publish.execute();

      socket.awaitEvent(e -> "b".equals(e.path("text").asText()));
      assertThat(socket.events()).noneMatch(e -> "a".equals(e.path("text").asText()));
    }
  }

  private Connection otherInstance() throws Exception {
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
  }

  private int handshakeStatus(String pathAndQuery) {
    var attempt =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(
                URI.create(api.baseUrl().replace("http", "ws") + pathAndQuery),
                new WebSocket.Listener() {});
    assertThatThrownBy(attempt::join)
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(WebSocketHandshakeException.class);
    return ((WebSocketHandshakeException) attempt.handle((ok, e) -> e.getCause()).join())
        .getResponse()
        .statusCode();
  }
}
