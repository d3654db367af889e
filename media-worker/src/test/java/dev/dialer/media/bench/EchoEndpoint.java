package dev.dialer.media.bench;

import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The floor: a bare WebSocket on the same server that answers each message with one {@code text}
 * frame closing the turn, so the benchmark measures the socket round trip without the agent.
 */
final class EchoEndpoint implements WebSocketConfigurer {

  static final String PATH = "/echo";
  private static final String REPLY = "{\"type\":\"text\",\"token\":\"ok\",\"last\":true}";

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    registry.addHandler(
        new TextWebSocketHandler() {
          @Override
          protected void handleTextMessage(WebSocketSession session, TextMessage message)
              throws Exception {
            if (!message.getPayload().contains("\"setup\"")) {
              session.sendMessage(new TextMessage(REPLY));
            }
          }
        },
        PATH);
  }
}
