package dev.dialer.media.stream;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The dashboards listening to each call. Every listener's socket has a bounded buffer that drops
 * what does not fit: a slow browser loses frames, never holds up the call's stream or the others.
 */
@Component
class ListenHub {

  static final int SEND_TIME_LIMIT_MS = 1000;
  static final int BUFFER_BYTES = 64 * 1024;

  private static final Logger log = LoggerFactory.getLogger(ListenHub.class);

  private final Map<String, Set<WebSocketSession>> byCall = new ConcurrentHashMap<>();

  WebSocketSession add(String callId, WebSocketSession session) {
    WebSocketSession bounded =
        new ConcurrentWebSocketSessionDecorator(
            session,
            SEND_TIME_LIMIT_MS,
            BUFFER_BYTES,
            ConcurrentWebSocketSessionDecorator.OverflowStrategy.DROP);
    byCall.computeIfAbsent(callId, id -> ConcurrentHashMap.newKeySet()).add(bounded);
    return bounded;
  }

  void remove(String callId, WebSocketSession session) {
    byCall.computeIfPresent(
        callId,
        (id, sessions) -> {
          sessions.removeIf(s -> s.getId().equals(session.getId()));
          return sessions.isEmpty() ? null : sessions;
        });
  }

  int listeners(String callId) {
    return byCall.getOrDefault(callId, Set.of()).size();
  }

  void publish(String callId, TextMessage frame) {
    for (WebSocketSession session : byCall.getOrDefault(callId, Set.of())) {
      try {
        session.sendMessage(frame);
      } catch (IOException | IllegalStateException e) {
        log.debug(
            "callId={} listener {} missed a frame: {}", callId, session.getId(), e.toString());
      }
    }
  }

  /** The call's stream stopped: the listeners get its {@code stop} and are closed. */
  void stopped(String callId, TextMessage stop) {
    Set<WebSocketSession> sessions = byCall.remove(callId);
    if (sessions == null) {
      return;
    }
    for (WebSocketSession session : sessions) {
      try {
        session.sendMessage(stop);
        session.close(CloseStatus.NORMAL);
      } catch (IOException | IllegalStateException e) {
        log.debug("callId={} listener {} closed early: {}", callId, session.getId(), e.toString());
      }
    }
  }
}
