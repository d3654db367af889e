package dev.dialer.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** Plays Twilio's side of a ConversationRelay socket in tests: sends frames, keeps what comes. */
public final class RelayClient implements WebSocket.Listener {

  private static final ObjectMapper JSON = new ObjectMapper();

  public final List<JsonNode> received = new CopyOnWriteArrayList<>();
  public final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
  private final StringBuilder frame = new StringBuilder();
  private final WebSocket socket;

  public RelayClient(String url) throws Exception {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create(url), this)
            .get(10, TimeUnit.SECONDS);
  }

  public void send(String json) throws Exception {
    socket.sendText(json, true).get(10, TimeUnit.SECONDS);
  }

  public static String setup(String callSid, String callId, String token) {
    return JSON.createObjectNode()
        .put("type", "setup")
        .put("sessionId", "VX" + callSid.substring(2))
        .put("callSid", callSid)
        .put("from", "+15005550006")
        .put("to", "+16465550101")
        .put("direction", "outbound-api")
        .set("customParameters", JSON.createObjectNode().put("callId", callId).put("token", token))
        .toString();
  }

  /** The agent's turns so far: text tokens joined up to each {@code last: true}. */
  public List<String> agentTurns() {
    List<String> turns = new java.util.ArrayList<>();
    StringBuilder turn = new StringBuilder();
    for (JsonNode message : received) {
      if ("text".equals(message.path("type").asText())) {
        turn.append(message.path("token").asText());
        if (message.path("last").asBoolean()) {
          turns.add(turn.toString());
          turn.setLength(0);
        }
      }
    }
    return turns;
  }

  public void awaitAgentTurns(int count) {
    Awaitility.await("agent turns")
        .atMost(Duration.ofSeconds(10))
        .until(() -> agentTurns().size() >= count);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    frame.append(data);
    if (last) {
      try {
        received.add(JSON.readTree(frame.toString()));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      frame.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closeCode.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closeCode.completeExceptionally(error);
  }
}
