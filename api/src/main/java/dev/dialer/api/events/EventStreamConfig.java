package dev.dialer.api.events;

import dev.dialer.activities.DialerProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Mounts the event socket. Same origin only unless DIALER_CORS_ORIGINS names more, as for the REST
 * API: a page of another site cannot open it with a key it found.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class EventStreamConfig implements WebSocketConfigurer {

  static final String PATH = "/events/ws";

  private final EventSocketHandler handler;
  private final EventHandshake handshake;
  private final DialerProperties properties;

  EventStreamConfig(
      EventSocketHandler handler, EventHandshake handshake, DialerProperties properties) {
    this.handler = handler;
    this.handshake = handshake;
    this.properties = properties;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    var registration = registry.addHandler(handler, PATH).addInterceptors(handshake);
    String[] origins =
        properties.security().corsOrigins().stream()
            .map(String::trim)
            .filter(origin -> !origin.isEmpty())
            .toArray(String[]::new);
    if (origins.length > 0) {
      registration.setAllowedOrigins(origins);
    }
  }
}
