package dev.dialer.media.stream;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** A dashboard listening to one call: it only receives; what it sends is ignored. */
@Component
class ListenHandler extends TextWebSocketHandler {

  private final ListenHub hub;

  ListenHandler(ListenHub hub) {
    this.hub = hub;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) {
    hub.add(callId(session), session);
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    hub.remove(callId(session), session);
  }

  private static String callId(WebSocketSession session) {
    return (String) session.getAttributes().get(ListenHandshake.CALL_ID);
  }
}
