package dev.dialer.api.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** A real WebSocket client of /events/ws (the JDK's), keeping every event it was sent. */
public final class EventSocketClient implements WebSocket.Listener, AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  /** Opens the socket with the key as a {@code bearer.} subprotocol and waits until subscribed. */
  public static EventSocketClient open(String baseUrl, String query, String key) {
    EventSocketClient client = new EventSocketClient();
    client.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .subprotocols("dialer-events", "bearer." + key)
            .buildAsync(URI.create(baseUrl.replace("http", "ws") + "/events/ws?" + query), client)
            .join();
    client.awaitEvent(event -> "subscribed".equals(event.path("type").asText()));
    return client;
  }

  String subprotocol() {
    return socket.getSubprotocol();
  }

  public List<JsonNode> events() {
    return List.copyOf(events);
  }

  /** Waits for an event the predicate accepts and returns it. */
  public JsonNode awaitEvent(Predicate<JsonNode> wanted) {
    return Awaitility.await("an event on the socket")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> events.stream().filter(wanted).findFirst(), found -> found.isPresent())
        .orElseThrow();
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      try {
        events.add(JSON.readTree(partial.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
  }
}
