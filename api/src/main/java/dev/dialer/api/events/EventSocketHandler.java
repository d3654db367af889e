package dev.dialer.api.events;

import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator.OverflowStrategy;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code WS /events/ws}: each socket gets the events of the call or campaign it named, behind a
 * bounded send buffer (a browser that falls behind is dropped, it never holds up a call), a ping
 * every 30 s, and is closed once nothing was heard from it for 60 s. The first message says the
 * socket is subscribed, so that a client knows from when on it misses nothing.
 */
@Component
class EventSocketHandler extends TextWebSocketHandler implements SubProtocolCapable {

  static final String PROTOCOL = "dialer-events";
  static final Duration PING_EVERY = Duration.ofSeconds(30);
  static final Duration IDLE_AFTER = Duration.ofSeconds(60);
  private static final int SEND_TIME_LIMIT_MS = 5_000;
  private static final int BUFFER_LIMIT_BYTES = 256 * 1024;
  private static final String TOMCAT_BLOCKING_SEND_TIMEOUT =
      "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

  private final EventHub hub;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, EventSocket> byId = new ConcurrentHashMap<>();

  EventSocketHandler(EventHub hub) {
    this.hub = hub;
  }

  @Override
  public List<String> getSubProtocols() {
    return List.of(PROTOCOL);
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) throws Exception {
    EventTopic topic = (EventTopic) session.getAttributes().get(EventHandshake.TOPIC);
    limitBlockingSends(session);
    var bounded =
        new ConcurrentWebSocketSessionDecorator(
            session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES, OverflowStrategy.TERMINATE);
    EventSocket socket = new EventSocket(bounded, topic, clock.instant());
    byId.put(session.getId(), socket);
    hub.add(socket);
    String field = topic.kind() == EventTopic.Kind.CALL ? "callId" : "campaignId";
    bounded.sendMessage(
        new TextMessage(
            "{\"type\":\"subscribed\",\""
                + field
                + "\":"
                + quoted(topic.id())
                + ",\"timestamp\":\""
                + clock.instant()
                + "\"}"));
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message) {
    heard(session);
  }

  @Override
  protected void handlePongMessage(WebSocketSession session, PongMessage message) {
    heard(session);
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    EventSocket socket = byId.remove(session.getId());
    if (socket != null) {
      hub.remove(socket);
    }
  }

  /** Pings every socket and closes those that answered nothing for {@link #IDLE_AFTER}. */
  @Scheduled(fixedRate = 30_000, initialDelay = 30_000)
  void keepAlive() {
    Instant idleSince = clock.instant().minus(IDLE_AFTER);
    for (EventSocket socket : byId.values()) {
      if (socket.lastHeard().isBefore(idleSince)) {
        socket.close(CloseStatus.GOING_AWAY.withReason("idle"));
        continue;
      }
      try {
        socket.session().sendMessage(new PingMessage(ByteBuffer.allocate(0)));
      } catch (Exception e) {
        socket.close(CloseStatus.SESSION_NOT_RELIABLE);
      }
    }
  }

  /**
   * The decorator bounds what waits behind a send; the send itself blocks its thread (the one
   * delivering every socket's events) for at most this long before the socket fails and is closed.
   */
  private static void limitBlockingSends(WebSocketSession session) {
    if (session instanceof NativeWebSocketSession wrapped
        && wrapped.getNativeSession() instanceof Session tomcat) {
      tomcat.getUserProperties().put(TOMCAT_BLOCKING_SEND_TIMEOUT, (long) SEND_TIME_LIMIT_MS);
    }
  }

  private void heard(WebSocketSession session) {
    EventSocket socket = byId.get(session.getId());
    if (socket != null) {
      socket.heard(clock.instant());
    }
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
