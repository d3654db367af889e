package dev.dialer.media.relay;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Serves {@code /relay}. Twilio's connections carry no browser Origin, so Spring's same-origin
 * default refuses nothing of theirs; no wildcard origins are opened.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class RelayWebSocketConfig implements WebSocketConfigurer {

  public static final String PATH = "/relay";

  private final RelayHandler handler;
  private final HandshakeSignature signature;

  RelayWebSocketConfig(RelayHandler handler, HandshakeSignature signature) {
    this.handler = handler;
    this.signature = signature;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    registry.addHandler(handler, PATH).addInterceptors(signature);
  }
}
