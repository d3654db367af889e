package dev.dialer.api.events;

import java.io.IOException;
import java.time.Instant;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * One browser's event socket: its session behind a bounded send buffer, what it watches, and when
 * the browser was last heard from (a pong or a message), for the idle check.
 */
final class EventSocket {

  private final WebSocketSession session;
  private final EventTopic topic;
  private volatile Instant lastHeard;

  EventSocket(WebSocketSession session, EventTopic topic, Instant now) {
    this.session = session;
    this.topic = topic;
    this.lastHeard = now;
  }

  WebSocketSession session() {
    return session;
  }

  EventTopic topic() {
    return topic;
  }

  Instant lastHeard() {
    return lastHeard;
  }

  void heard(Instant now) {
    lastHeard = now;
  }

  void close(CloseStatus status) {
    try {
      session.close(status);
    } catch (IOException e) {
      // Already gone: nothing left to release.
    }
  }
}
